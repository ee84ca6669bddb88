"""The raw lines of a resume kept in a text format, read again after the analysis: readers drop comments,
and findings need them (suppression comments) and the column where a line's text starts.

For these formats a Line's number is its source line, so the two agree. A PDF or a Word file has no
source lines (None)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# The formats whose Line numbers are source lines, and how each splits lines as its reader does.
TEXT_FORMATS = {"markdown", "text", "latex", "rendercv", "jsonresume", "jsonresume-yaml"}
_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    format: str
    lines: tuple[str, ...]

    def line(self, number: int) -> str:
        return self.lines[number - 1] if 1 <= number <= len(self.lines) else ""

    def column(self, number: int, text: str) -> int:
        """The 1-based column where `text` (a line as read: markup and list marker gone) starts on
        source line `number`, found by its first word; 1 when it cannot be found."""
        words = text.split()
        if not words:
            return 1
        at = self.line(number).find(words[0])
        return at + 1 if at >= 0 else 1


def read_source(path: str, format: str) -> Source | None:
    """The file's text lines, decoded as its reader decoded them; None for a binary format, standard
    input, or a file that cannot be read again."""
    if format not in TEXT_FORMATS or path in ("-", "<stdin>"):
        return None
    try:
        with open(Path(path), "rb") as handle:
            data = handle.read(_MAX_BYTES)
    except OSError:
        return None
    return source_of(data, format)


def source_of(data: bytes, format: str) -> Source | None:
    """The text lines of `data` (a file's bytes, or standard input's kept as it was read), decoded as its
    reader decoded them; None for a binary format or bytes that cannot be decoded."""
    from .errors import UnreadableError
    from .readers.decode import decode

    if format not in TEXT_FORMATS:
        return None
    try:
        text = decode(data[:_MAX_BYTES]).text.lstrip("\ufeff")
    except UnreadableError:
        return None
    lines = text.split("\n") if format == "latex" else text.splitlines()
    return Source(format, tuple(lines))
