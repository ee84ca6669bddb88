"""Find the sections of a Document and the bullets in them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Document, Line

HEADER = "header"  # the lines above the first heading: name, contact, links
OTHER = "other"


@dataclass(frozen=True)
class Placed:
    """A line with the section it belongs to."""

    line: Line
    section: str


@dataclass(frozen=True)
class Segments:
    lines: tuple[Placed, ...]
    headings: tuple[Placed, ...]

    def in_section(self, *sections: str) -> list[Placed]:
        return [p for p in self.lines if p.section in sections]

    @property
    def bullets(self) -> list[Placed]:
        return [p for p in self.lines if p.line.bullet]


_LETTER_SPACED = re.compile(r"^(?:[A-Za-z&] ){2,}[A-Za-z&]$")


def heading_key(text: str) -> str:
    """'E X P E R I E N C E', 'Work  Experience:' and 'WORK EXPERIENCE' all give 'work experience'."""
    text = text.strip()
    if _LETTER_SPACED.match(text):
        text = text.replace(" ", "")
    text = re.sub(r"[^\w&+ ]", " ", text.lower())
    return " ".join(text.split())


class SectionFinder:
    def __init__(self, section_names: dict[str, list[str]]):
        self.by_heading = {heading_key(h): section for section, headings in section_names.items() for h in headings}

    def section_of(self, line: Line, body_size: float | None) -> str | None:
        """The canonical section this line opens, OTHER for an unknown marked heading, or None."""
        if line.bullet or len(line.text) > 48:
            return None
        key = heading_key(line.text)
        if key in self.by_heading:
            return self.by_heading[key]
        letter_spaced = heading_key(line.text.replace(" ", "")) if _LETTER_SPACED.match(line.text) else None
        if letter_spaced in self.by_heading:
            return self.by_heading[letter_spaced]
        if line.heading and not re.search(r"\d{4}", line.text) and len(key.split()) <= 4:
            return OTHER
        return None


def segment(document: Document, section_names: dict[str, list[str]]) -> Segments:
    finder = SectionFinder(section_names)
    sizes = [line.font_size for line in document.lines if line.font_size]
    body_size = sorted(sizes)[len(sizes) // 2] if sizes else None
    current = HEADER
    placed: list[Placed] = []
    headings: list[Placed] = []
    for index, line in enumerate(document.lines):
        opened = finder.section_of(line, body_size)
        if opened == OTHER and current == HEADER and index < 3:
            opened = None  # the name at the top of a Markdown resume is not a section
        if opened is not None:
            current = opened
            heading = Placed(line, current)
            headings.append(heading)
            continue
        placed.append(Placed(line, current))
    return Segments(tuple(placed), tuple(headings))
