"""What gets graded: every bullet of an experience-like or project section, and every sentence of an
entry written as prose, but never a role's own title, company, dates or location lines."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from ..experience import Experience
from ..segment import Placed, Segments

BULLET, SENTENCE = "bullet", "sentence"
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z(\"“])")
_ABBREVIATION = re.compile(r"(?:\b(?:e\.g|i\.e|etc|vs|dr|mr|ms|mrs|prof|inc|ltd|co|jr|sr|no|approx|incl|fig|st|u\.s)\.|\b[A-Z]\.)$", re.I)
_LIST_LINE = re.compile(r"^[\w /&+-]{1,30}:\s*\S+(?:\s*[,/|]\s*\S+){2,}")  # "Tools: Python, Spark, Airflow"
_TOOL_LIST = re.compile(r"^[^.;:!?]*$")
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
    heads = {line for role in experience.roles for line in role.head}
    entries: list[Entry] = []
    paragraph: list[Placed] = []

    def flush() -> None:
        if paragraph:
            text = " ".join(p.line.text for p in paragraph)
            starts = list(accumulate((len(p.line.text) + 1 for p in paragraph[:-1]), initial=0))  # where each line begins in `text`
            at = 0
            for sentence in sentences(text):
                at = text.index(sentence, at)
                placed = paragraph[bisect_right(starts, at) - 1]  # the line the sentence begins on
                if len(sentence.split()) >= MIN_WORDS:
                    entries.append(Entry(sentence, placed.line.number, placed.line.page, placed.section, SENTENCE))
                at += len(sentence)
            paragraph.clear()

    for placed in segments.lines:
        line = placed.line
        if placed.section not in graded or line in heads:
            flush()
            continue
        if line.bullet:
            flush()
            if len(line.text.split()) >= MIN_WORDS and not _only_lists_tools(line.text):
                entries.append(Entry(line.text, line.number, line.page, placed.section, BULLET))
            continue
        if paragraph and _continues(paragraph[-1], placed) and not _LIST_LINE.match(line.text) and not _only_lists_tools(line.text) and not _dated_line(line.text):
            paragraph.append(placed)  # the wrapped rest of a paragraph, however short
            continue
        flush()
        if _is_prose(line.text):
            paragraph.append(placed)
    flush()
    return entries


def _only_lists_tools(text: str) -> bool:
    """'Python, pandas, LightGBM, Airflow': names of tools, not a statement of work."""
    items = [item.strip() for item in re.split(r"[,/|]", text) if item.strip()]
    return len(items) >= 3 and all(len(item.split()) <= 3 for item in items) and bool(_TOOL_LIST.match(text)) and not re.match(r"^[A-Z][a-z]+(?:ed|ing)\b", text)


_DATED = re.compile(r"\b(?:19|20)\d\d\b")
_HEAD_WORDS = 14  # a line with a year and at most this many words is a role's or a degree's, not prose


def _dated_line(text: str) -> bool:
    """'BSc Computer Science, University of Kirkdale, 2010 to 2013': a short line with a year heads an
    entry; a sentence may name a year ('Our fraud losses fell by a quarter in 2023 ...')."""
    return bool(_DATED.search(text)) and len(text.split()) <= _HEAD_WORDS


def _is_prose(text: str) -> bool:
    """Sentences: long enough, mostly lower-case words, not a list and not a dated line (a degree, a role)."""
    words = text.split()
    lower = sum(w[:1].islower() for w in words)
    return len(words) >= MIN_PROSE_WORDS and lower * 2 >= len(words) and not _LIST_LINE.match(text) and not _only_lists_tools(text) and not _dated_line(text)


def _continues(previous: Placed, placed: Placed) -> bool:
    """A paragraph runs over consecutive lines of one page and one type (text formats keep one line per
    source line); a line set larger or bolder is the next entry's name ('Satellite Anomaly Detection')."""
    before, line = previous.line, placed.line
    same_type = before.bold == line.bold and (before.font_size is None or line.font_size is None or abs(before.font_size - line.font_size) < 0.5)
    return before.page == line.page and previous.section == placed.section and line.number == before.number + 1 and same_type
