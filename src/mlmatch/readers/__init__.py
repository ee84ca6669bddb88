"""Pick a reader by extension (or by content when the extension says nothing) and apply the limits."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from ..document import Document
from ..errors import UnreadableError

TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown"}


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 20 * 1024 * 1024
    max_pages: int = 10
    timeout: float = 60.0


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise UnreadableError("this is a binary file, not a resume mlmatch can read (.pdf, .md, .txt)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def read(path: str | Path, limits: Limits = Limits()) -> Document:
    """Read a resume or a job posting into a Document; raise UnreadableError with a one-line reason."""
    from .markdown import read_markdown
    from .text import read_text

    path = Path(path)
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
    if suffix == ".pdf" or data[:5] == b"%PDF-":
        from .pdf import read_pdf

        return read_pdf(path, limits.max_pages, time.monotonic() + limits.timeout)
    kind = TEXT_SUFFIXES.get(suffix)
    if kind is None:
        if suffix and suffix not in {"", ".resume", ".cv"}:
            raise UnreadableError(f"'{suffix}' files are not supported; use .pdf, .md or .txt")
        kind = "text"
    text = _decode(path, data)
    if not text.strip():
        raise UnreadableError("the file holds no text")
    document = read_markdown(path, text) if kind == "markdown" else read_text(path, text)
    if not document.lines:
        raise UnreadableError("the file holds no text")
    return document
