"""What gets graded: every bullet of an experience-like or project section, and every sentence of an
entry written as prose, but never a role's own title, company, dates or location lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..experience import Experience
from ..segment import Placed, Segments

BULLET, SENTENCE = "bullet", "sentence"
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z(\"“])")
_ABBREVIATION = re.compile(r"(?:\b(?:e\.g|i\.e|etc|vs|dr|mr|ms|mrs|prof|inc|ltd|co|jr|sr|no|approx|incl|fig|st|u\.s)\.|\b[A-Z]\.)$", re.I)
_LIST_LINE = re.compile(r"^[\w /&+-]{1,30}:\s*\S+(?:\s*[,/|]\s*\S+){2,}")  # "Tools: Python, Spark, Airflow"
MIN_WORDS = 2  # a one-word bullet ("Python") is not a statement of work
MIN_PROSE_WORDS = 8  # a prose line shorter than this is a label, a place or a company, not an entry


@dataclass(frozen=True)
class Entry:
    text: str
    line: int
    page: int
    section: str
    kind: str  # bullet | sentence


def sentences(text: str) -> list[str]:
    """Split prose at sentence ends, not at 'e.g.' or an initial."""
    pieces: list[str] = []
    for piece in _SENTENCE_END.split(text):
        if pieces and _ABBREVIATION.search(pieces[-1]):
            pieces[-1] += " " + piece
        else:
            pieces.append(piece)
    return [p.strip() for p in pieces if p.strip()]


def gradeable(segments: Segments, experience: Experience, graded_sections: list[str]) -> list[Entry]:
    graded = set(graded_sections)
    heads = {where for role in experience.roles for where in role.head}
    entries: list[Entry] = []
    paragraph: list[Placed] = []

    def flush() -> None:
        if paragraph:
            first = paragraph[0]
            text = " ".join(p.line.text for p in paragraph)
            for sentence in sentences(text):
                if len(sentence.split()) >= MIN_WORDS:
                    entries.append(Entry(sentence, first.line.number, first.line.page, first.section, SENTENCE))
            paragraph.clear()

    for placed in segments.lines:
        line = placed.line
        if placed.section not in graded or (line.page, line.number) in heads:
            flush()
            continue
        if line.bullet:
            flush()
            if len(line.text.split()) >= MIN_WORDS:
                entries.append(Entry(line.text, line.number, line.page, placed.section, BULLET))
            continue
        if paragraph and _continues(paragraph[-1], placed) and not _LIST_LINE.match(line.text):
            paragraph.append(placed)  # the wrapped rest of a paragraph, however short
            continue
        flush()
        if _is_prose(line.text):
            paragraph.append(placed)
    flush()
    return entries


def _is_prose(text: str) -> bool:
    return len(text.split()) >= MIN_PROSE_WORDS and not _LIST_LINE.match(text)


def _continues(previous: Placed, placed: Placed) -> bool:
    """A paragraph runs over consecutive lines of one page (text formats keep one line per source line)."""
    return previous.line.page == placed.line.page and previous.section == placed.section and placed.line.number == previous.line.number + 1
