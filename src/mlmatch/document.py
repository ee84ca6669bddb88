"""What a reader produces and the only thing later stages read."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Line:
    """One line of a resume in reading order.

    `number` is the line a person would jump to: the source line for text formats, the n-th line of
    its page for a PDF (with `page` saying which page).
    """

    text: str
    number: int
    page: int = 1
    column: int = 0
    font_size: float | None = None
    bold: bool = False
    bullet: bool = False
    heading: int = 0  # heading level the format itself marks (Markdown '#' = 1, '##' = 2; LaTeX \section = 1), 0 if none


@dataclass(frozen=True)
class FileDate:
    """A date the file records about itself (PDF metadata, DOCX core properties): what "Present" means
    when the text shows no date of its own."""

    value: date
    source: str  # e.g. "PDF ModDate", "PDF CreationDate", "DOCX modified"


@dataclass(frozen=True)
class Document:
    path: str
    format: str
    lines: tuple[Line, ...]
    pages: int = 1
    warnings: tuple[str, ...] = field(default_factory=tuple)
    file_dates: tuple[FileDate, ...] = ()  # most trusted first
    running_lines: tuple[Line, ...] = ()  # running headers and footers, left out of `lines`; each once, where first seen

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)
