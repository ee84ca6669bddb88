"""What a reader produces and the only thing later stages read."""

from __future__ import annotations

from dataclasses import dataclass, field


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
class Document:
    path: str
    format: str
    lines: tuple[Line, ...]
    pages: int = 1
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)
