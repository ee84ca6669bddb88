"""Where the report goes and in what form: the format an output file's extension asks for, whether the
terminal gets colour, and writing files atomically (a reader sees the old file or the whole new one,
never half of it) with the permissions any other new file would get."""

from __future__ import annotations

import os
import signal
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import NoReturn, TextIO

# The report format an output file's extension asks for when --format is not given.
EXTENSION_FORMATS = {".json": "json", ".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text", ".csv": "csv", ".jsonl": "jsonl", ".sarif": "sarif"}
DEFAULT_FORMAT = "text"
# Extensions of documents mlmatch does not write: a report in text under such a name would mislead.
UNWRITTEN_EXTENSIONS = {".html", ".htm", ".pdf", ".docx", ".doc", ".xml", ".xlsx", ".odt", ".rtf"}


def format_for(output: str | None, chosen: str | None) -> str:
    """--format when given; else what the -o file's extension says; else text."""
    if chosen:
        return chosen
    if output:
        return EXTENSION_FORMATS.get(Path(output).suffix.lower(), DEFAULT_FORMAT)
    return DEFAULT_FORMAT


def use_color(flag: bool | None, output: str | None, stream: TextIO | None = None) -> bool:
    """--color/--no-color when given; else colour only on a terminal, and never when NO_COLOR is set
    to anything (no-color.org)."""
    if flag is not None:
        return flag
    if output or os.environ.get("NO_COLOR"):
        return False
    stream = stream or sys.stdout
    return bool(getattr(stream, "isatty", lambda: False)())


def _new_file_mode() -> int:
    """0666 less the umask: what open() would give a new file. The umask can only be read by setting it."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def mode_for(path: Path) -> int:
    """The mode a file written at `path` gets: a replaced file keeps its own, a new one 0666 less the umask."""
    try:
        return os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        return _new_file_mode()


class _Terminated(BaseException):
    pass


@contextmanager
def _terminate_as_exception() -> Iterator[None]:
    """SIGTERM normally kills the process where it stands; while a temporary file exists it raises
    instead, so the file is removed before the process goes."""
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        yield  # a worker thread, or someone else already decided what SIGTERM does
        return

    def terminated(signum: int, frame: FrameType | None) -> NoReturn:
        raise _Terminated

    previous = signal.signal(signal.SIGTERM, terminated)  # SIG_DFL, checked above
    try:
        yield
    except _Terminated:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGTERM)  # die of the signal as asked, now that nothing is left behind
        raise
    finally:
        signal.signal(signal.SIGTERM, previous)


def write_atomic(path: str | Path, text: str) -> None:
    """Write `text` to a temporary file beside `path` and rename it into place. A replaced file keeps its
    mode; a new one gets 0666 less the umask. A symbolic link is followed, not replaced."""
    path = Path(os.path.realpath(path))
    mode = mode_for(path)
    with _terminate_as_exception():
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
                stream.write(text)
                stream.flush()
                os.fchmod(stream.fileno(), mode)
                os.fsync(stream.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
