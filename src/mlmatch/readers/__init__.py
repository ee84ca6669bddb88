"""Pick a reader by extension (or by content when the extension says nothing) and apply the limits:
size, pages, time, and how far a .docx may unpack. A path of '-' is standard input."""

from __future__ import annotations

import errno
import io
import logging
import os
import re
import signal
import stat
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from types import FrameType
from typing import NoReturn

from ..document import Document
from ..errors import UnreadableError
from .decode import decode
from .guards import check_docx_unpacked_size, check_pdf_inflated_size

# pdfminer logs a warning for every oddity of a damaged file; with no handler configured Python prints
# them on stderr, where the one line that says why a file cannot be read must stand alone. An
# application that configures logging still receives them.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())

STDIN = "-"
STDIN_NAME = "<stdin>"
SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".pdf": "pdf", ".docx": "docx", ".tex": "latex", ".json": "jsonresume", ".yaml": "yaml", ".yml": "yaml"}
UNSUPPORTED = {".doc", ".rtf", ".odt", ".pages", ".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".heic", ".zip", ".exe"}
READABLE = ".pdf, .docx, .tex, .md, .txt, a JSON Resume .json or a RenderCV / JSON Resume .yaml"
_TEXT_KINDS = {"text", "markdown", "latex", "jsonresume", "yaml"}
# What a file's first bytes say it is, for files named as something else.
_SIGNATURES = (
    (b"%PDF-", "a PDF"),
    (b"PK\x03\x04", "a zip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
    (b"\xd0\xcf\x11\xe0", "a legacy Office file (.doc)"),
)
_MARKUP_ALLOWANCE = 4  # plain text and Markdown are cut at this many times the characters kept, before reading
INFLATE_FACTOR = 5  # a .docx or a PDF's streams may unpack to at most this many times --max-size


MB = 1024 * 1024  # --max-size counts these


CHARACTERS_PER_PAGE = 8000  # a dense page; --max-pages of them bound the text of any format


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 20 * MB
    max_pages: int = 10
    timeout: float = 60.0

    @property
    def max_characters(self) -> int:
        """Matching and assessment grow with the text (1 MB took 13 s and 240 MB), so every format is
        cut where --max-pages dense pages would end, as a PDF is cut after --max-pages pages."""
        return self.max_pages * CHARACTERS_PER_PAGE


def what_it_is(data: bytes) -> str | None:
    """'a PNG image', 'a PDF', ... from a file's first bytes; None when they say nothing."""
    return next((name for signature, name in _SIGNATURES if data.startswith(signature)), None)


def sniff(data: bytes) -> str:
    """The format of a file whose extension says nothing, from its content."""
    if data[:5] == b"%PDF-":
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                if "word/document.xml" in archive.namelist():
                    return "docx"
        except (zipfile.BadZipFile, EOFError, ValueError):
            pass
        raise UnreadableError(f"a zip archive that is not a Word document; mlmatch reads {READABLE}")
    text = decode(data[:65536]).text.lstrip("\ufeff \t\r\n")
    if text.startswith("{"):
        return "jsonresume"
    if "\\documentclass" in text[:5000] or "\\begin{document}" in text:
        return "latex"
    if _looks_like_yaml(text):
        return "yaml"
    if text.startswith("#") or "\n## " in text or "\n- " in text:
        return "markdown"
    return "text"


def _looks_like_yaml(text: str) -> bool:
    """A YAML resume's first line that is not a comment, blank or '---' is its top key: RenderCV's
    'cv:', JSON Resume's 'basics:' or 'work:'. (A Markdown file's first such line is prose.)"""
    for line in text.splitlines()[:200]:
        stripped = line.strip()
        if stripped and not stripped.startswith("#") and stripped != "---":
            return re.fullmatch(r"(cv|basics|work):(\s+#.*)?", stripped) is not None
    return False


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Interrupt a reader stuck inside one page or one huge file (main thread, POSIX). Readers also
    check the clock between pages, which covers worker threads where no signal can be delivered."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum: int, frame: FrameType | None) -> NoReturn:
        raise UnreadableError(f"reading took longer than the {seconds:g} s time limit; see --timeout")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def read(path: str | Path, limits: Limits = Limits(), pdf_engine: str | None = None) -> Document:
    """Read a resume or a job posting ('-': standard input) into a Document; raise UnreadableError
    naming the file, with a one-line reason. `pdf_engine`: "pdfium" or "pdfplumber"
    (readers.pdf_content.ENGINES); None: the default."""
    name = STDIN_NAME if str(path) == STDIN else str(path)
    try:
        with _time_limit(limits.timeout):
            return replace(_within_length(_read(path, limits, pdf_engine), limits), path=name)
    except UnreadableError as error:
        raise error.about(name) from None
    except RecursionError:
        raise UnreadableError("its structure is nested too deeply to read", name) from None
    except MemoryError:
        raise UnreadableError("reading it needs more memory than there is", name) from None
    except Exception as error:
        # pdfplumber wraps whatever interrupts pdfminer, our timer's error included; and closing a
        # damaged PDF after the reader refused it re-parses its page tree, which fails again and would
        # hide the reason (found by tests/fuzz_readers.py; fixtures in tests/fixtures/fuzz/).
        for cause in _causes(error):
            if isinstance(cause, UnreadableError):
                raise cause.about(name) from None
        raise


def _causes(error: BaseException) -> list[object]:
    """What an exception wraps (its first argument) and what it was raised while handling, transitively."""
    found: list[object] = []
    current: BaseException | None = error
    while current is not None and len(found) < 20:
        found.append(current.args[0] if current.args else None)
        found.append(current.__context__)
        current = current.__context__
    return found


def _too_big(size: int, limits: Limits) -> UnreadableError:
    return UnreadableError(f"the file is {size / MB:.1f} MB, over the {limits.max_bytes / MB:g} MB limit (--max-size)")


def _file_bytes(path: Path, limits: Limits) -> bytes:
    """The file's bytes, or why they cannot be had. Only regular files are opened: a FIFO or a device
    would block or never end."""
    try:
        status = os.stat(path)
    except OSError as error:
        if error.errno == errno.ENOENT:
            raise UnreadableError("no such file") from None
        if error.errno == errno.ELOOP:
            raise UnreadableError("a symbolic link that loops back on itself") from None
        raise UnreadableError(f"cannot be opened: {error.strerror}") from None
    if stat.S_ISDIR(status.st_mode):
        raise UnreadableError("is a folder, not a file")
    if not stat.S_ISREG(status.st_mode):
        raise UnreadableError("not a regular file (a pipe, socket or device); to read a stream, pass '-' and redirect it")
    if status.st_size == 0:
        raise UnreadableError("the file is empty")
    if status.st_size > limits.max_bytes:
        raise _too_big(status.st_size, limits)
    try:
        with open(path, "rb") as handle:
            data = handle.read(limits.max_bytes + 1)
    except OSError as error:
        raise UnreadableError(f"cannot be opened: {error.strerror}") from None
    if len(data) > limits.max_bytes:
        raise _too_big(len(data), limits)  # it grew since it was measured
    if not data:
        raise UnreadableError("the file is empty")
    return data


def _stdin_bytes(limits: Limits) -> bytes:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise UnreadableError("there is no standard input to read")
    data: bytes = stream.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:
        raise UnreadableError(f"standard input holds more than the {limits.max_bytes / MB:g} MB limit (--max-size)")
    if not data:
        raise UnreadableError("standard input is empty")
    return data


def _read(path: str | Path, limits: Limits, pdf_engine: str | None = None) -> Document:
    if str(path) == STDIN:
        data = _stdin_bytes(limits)
        source: Path | io.BytesIO = io.BytesIO(data)
        suffix = ""
    else:
        source = Path(path)
        data = _file_bytes(source, limits)
        suffix = source.suffix.lower()
    kind = SUFFIXES.get(suffix)
    if kind is None:
        if suffix in UNSUPPORTED:
            raise UnreadableError(f"'{suffix}' files are not supported; mlmatch reads {READABLE}")
        kind = sniff(data)  # no extension, or one that says nothing: look at the content
    elif kind in _TEXT_KINDS and what_it_is(data) in ("a PDF", "a zip archive"):
        kind = sniff(data)  # a PDF or a Word file named .txt is read as what it is
    if kind == "pdf":
        if data[:5] != b"%PDF-" and b"%PDF-" not in data[:1024]:
            actually = what_it_is(data)
            raise UnreadableError(f"the file is named .pdf but is {actually}" if actually else "the file is named .pdf but is not a PDF")
        from .pdf import read_pdf
        from .pdf_content import DEFAULT_ENGINE

        check_pdf_inflated_size(data, INFLATE_FACTOR * limits.max_bytes)

        return read_pdf(source, limits.max_pages, time.monotonic() + limits.timeout, pdf_engine or DEFAULT_ENGINE)
    if kind == "docx":
        from .docx import read_docx

        check_docx_unpacked_size(source, INFLATE_FACTOR * limits.max_bytes)
        return _with_text(read_docx(source))
    actually = what_it_is(data)
    if actually is not None:
        raise UnreadableError(f"this is {actually}, not a text file mlmatch can read")
    decoded = decode(data)
    if not decoded.text.strip():
        raise UnreadableError("the file holds no text")
    if kind in ("text", "markdown") and len(decoded.text) > _MARKUP_ALLOWANCE * limits.max_characters:
        # Cut before the reader walks megabytes it will not keep (a 20 MB line took 430 MB to read).
        decoded = replace(decoded, text=decoded.text[: _MARKUP_ALLOWANCE * limits.max_characters], warnings=(*decoded.warnings, _cut_warning(limits)))
    name = source if isinstance(source, Path) else Path(STDIN_NAME)
    if kind == "jsonresume":
        from .jsonresume import read_json_resume

        document = read_json_resume(name, decoded.text)
    elif kind == "yaml":
        from .yaml_resume import read_yaml_resume

        document = read_yaml_resume(name, decoded.text)
    elif kind == "latex":
        from .latex import read_latex

        document = read_latex(name, decoded.text)
    elif kind == "markdown":
        from .markdown import read_markdown

        document = read_markdown(name, decoded.text)
    else:
        from .text import read_text

        document = read_text(name, decoded.text)
    return _with_text(replace(document, warnings=decoded.warnings + document.warnings))


def _cut_warning(limits: Limits) -> str:
    return f"the text is longer than --max-pages ({limits.max_pages}) dense pages; only its beginning was read"


def _within_length(document: Document, limits: Limits) -> Document:
    total = 0
    for index, line in enumerate(document.lines):
        total += len(line.text)
        if total > limits.max_characters:
            kept = document.lines[:index] + ((replace(line, text=line.text[: limits.max_characters - total + len(line.text)]),) if index == 0 else ())
            warnings = document.warnings if _cut_warning(limits) in document.warnings else (*document.warnings, _cut_warning(limits))
            return replace(document, lines=kept, warnings=warnings)
    return document


def _with_text(document: Document) -> Document:
    if not document.lines:
        raise UnreadableError("the file holds no text")
    return document
