"""Find the sections of a Document and the bullets in them."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

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

    def section_of(self, line: Line) -> str | None:
        """The canonical section this line opens, OTHER for an unknown marked heading, or None."""
        if line.bullet or len(line.text) > 48:
            return None
        key = heading_key(line.text)
        if key in self.by_heading:
            return self.by_heading[key]
        if line.heading and not re.search(r"\d{4}", line.text) and len(key.split()) <= 4:
            return OTHER
        return None

    def leading_heading(self, line: Line) -> tuple[str, Line, Line] | None:
        """'WORK EXPERIENCE Walden University | MD': a capitalised heading set on the row of the first
        entry (a layout that floats headings beside their text) -> (section, heading line, rest)."""
        words = line.text.split()
        for size in (3, 2, 1):
            head, rest = words[:size], words[size:]
            if rest and all(w.isupper() and w.isalpha() for w in head) and not rest[0].isupper():
                section = self.by_heading.get(heading_key(" ".join(head)))
                if section is not None:
                    return section, replace(line, text=" ".join(head)), replace(line, text=" ".join(rest))
        return None


def _style(line: Line) -> tuple[float, bool, bool] | None:
    """Size, weight and capitals: 'ABC Company' in bold is not set like 'WORK EXPERIENCE'."""
    return (round(line.font_size * 2) / 2, line.bold, line.text.isupper()) if line.font_size else None


def _opens(finder: SectionFinder, line: Line, current_rank: int, index: int, heading_styles: set) -> str | None:
    opened = finder.section_of(line)
    if opened is None and _style(line) in heading_styles and not line.bullet and len(line.text.split()) <= 4 and not re.search(r"\d", line.text):
        # Set like this document's known headings (same size and weight): a heading we have no name for.
        opened = OTHER
    if opened == OTHER and (index < 3 and current_rank == 0 or line.heading > current_rank > 0):
        # The name at the top of a Markdown resume, or a role heading inside a section, opens nothing.
        return None
    return opened


def segment(document: Document, section_names: dict[str, list[str]]) -> Segments:
    finder = SectionFinder(section_names)
    sizes = [line.font_size for line in document.lines if line.font_size]
    body_size = sorted(sizes)[len(sizes) // 2] if sizes else None
    # Typography of the headings we recognise by name, when it differs from body text.
    heading_styles = {_style(line) for line in document.lines if finder.section_of(line) not in (None, OTHER) and line.font_size and (line.bold or (body_size and line.font_size > body_size + 0.5))}
    current, current_rank = HEADER, 0
    placed: list[Placed] = []
    headings: list[Placed] = []
    for index, line in enumerate(document.lines):
        opened = _opens(finder, line, current_rank, index, heading_styles)
        if opened is not None:
            current, current_rank = opened, line.heading
            headings.append(Placed(line, current))
            continue
        leading = finder.leading_heading(line) if not line.bullet else None
        if leading is not None:
            current, heading, line = leading
            headings.append(Placed(heading, current))
        placed.append(Placed(line, current))
    return Segments(tuple(placed), tuple(headings))
