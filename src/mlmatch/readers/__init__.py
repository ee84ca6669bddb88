"""Pick a reader by extension (or by content when the extension says nothing) and apply the limits."""

from __future__ import annotations

import signal
import threading
import time
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..document import Document
from ..errors import UnreadableError

SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".pdf": "pdf", ".docx": "docx", ".tex": "latex", ".json": "jsonresume"}
UNSUPPORTED = {".doc", ".rtf", ".odt", ".pages", ".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".heic", ".zip", ".exe"}
READABLE = ".pdf, .docx, .tex, .md, .txt or a JSON Resume .json"


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 20 * 1024 * 1024
    max_pages: int = 10
    timeout: float = 60.0


def _decode(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise UnreadableError(f"this is a binary file, not a resume mlmatch can read ({READABLE})")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def sniff(path: Path, data: bytes) -> str:
    """The format of a file whose extension says nothing, from its first bytes."""
    if data[:5] == b"%PDF-":
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(path) as archive:
                if "word/document.xml" in archive.namelist():
                    return "docx"
        except zipfile.BadZipFile:
            pass
        raise UnreadableError(f"a zip archive that is not a Word document; mlmatch reads {READABLE}")
    text = _decode(data).lstrip()
    if text.startswith("{"):
        return "jsonresume"
    if "\\documentclass" in text[:5000] or "\\begin{document}" in text:
        return "latex"
    if text.startswith("#") or "\n## " in text or "\n- " in text:
        return "markdown"
    return "text"


@contextmanager
def _time_limit(seconds: float):
    """Interrupt a reader stuck inside one page or one huge file (main thread, POSIX). Readers also
    check the clock between pages, which covers worker threads where no signal can be delivered."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum, frame):
        raise UnreadableError(f"reading took longer than the {seconds:g} s time limit; see --timeout")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def read(path: str | Path, limits: Limits = Limits(), pdf_engine: str | None = None) -> Document:
    """Read a resume or a job posting into a Document; raise UnreadableError with a one-line reason.
    `pdf_engine`: "pdfium" or "pdfplumber" (readers.pdf_content.ENGINES); None: the default."""
    try:
        with _time_limit(limits.timeout):
            return _read(Path(path), limits, pdf_engine)
    except UnreadableError:
        raise
    except Exception as error:
        # pdfplumber wraps whatever interrupts pdfminer, our timer's error included.
        if error.args and isinstance(error.args[0], UnreadableError):
            raise error.args[0] from None
        raise


def _read(path: Path, limits: Limits, pdf_engine: str | None = None) -> Document:
    if not path.exists():
        raise UnreadableError("no such file")
    if path.is_dir():
        raise UnreadableError("is a folder, not a file")
    size = path.stat().st_size
    if size == 0:
        raise UnreadableError("the file is empty")
    if size > limits.max_bytes:
        raise UnreadableError(f"the file is {size / 1e6:.1f} MB, over the {limits.max_bytes / 1e6:.0f} MB limit (--max-size)")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableError(f"cannot be opened: {error.strerror}") from None
    suffix = path.suffix.lower()
    kind = SUFFIXES.get(suffix)
    if kind is None:
        if suffix in UNSUPPORTED:
            raise UnreadableError(f"'{suffix}' files are not supported; mlmatch reads {READABLE}")
        kind = sniff(path, data)  # no extension, or one that says nothing: look at the content
    if kind == "pdf":
        if data[:5] != b"%PDF-" and b"%PDF-" not in data[:1024]:
            raise UnreadableError("the file is named .pdf but is not a PDF")
        from .pdf import DEFAULT_ENGINE, read_pdf

        return read_pdf(path, limits.max_pages, time.monotonic() + limits.timeout, pdf_engine or DEFAULT_ENGINE)
    if kind == "docx":
        from .docx import read_docx

        document = read_docx(path)
    else:
        text = _decode(data)
        if not text.strip():
            raise UnreadableError("the file holds no text")
        if kind == "jsonresume":
            from .jsonresume import read_json_resume

            document = read_json_resume(path, text)
        elif kind == "latex":
            from .latex import read_latex

            document = read_latex(path, text)
        elif kind == "markdown":
            from .markdown import read_markdown

            document = read_markdown(path, text)
        else:
            from .text import read_text

            document = read_text(path, text)
    if not document.lines:
        raise UnreadableError("the file holds no text")
    return document
