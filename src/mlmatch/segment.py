"""Find the sections of a Document: headings by their words and their typography, and sections with no
heading we know classified by what they hold."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .dates import find_ranges, fold
from .document import Document, Line

if TYPE_CHECKING:
    from .lexicon import TomlTable

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
_TRAILING_DATES = re.compile(r"\s*[(\[][^)\]]*\d{4}[^)\]]*[)\]]\s*$")  # "EXPERIENCIA (10/2022-05/2023)"


def heading_key(text: str) -> str:
    """'E X P E R I E N C E', 'Work  Experience:', 'WORK EXPERIENCE' and 'Expériences' all give their
    plain lower-case words."""
    text = _TRAILING_DATES.sub("", text.strip())
    if _LETTER_SPACED.match(text):
        text = text.replace(" ", "")
    text = re.sub(r"[^\w&+' ]", " ", fold(text)).replace("'", " ")
    return " ".join(text.split())


class SectionFinder:
    def __init__(self, section_names: dict[str, list[str]], section_words: Sequence[tuple[str, Sequence[str]]] = ()) -> None:
        self.by_heading = {heading_key(h): section for section, headings in section_names.items() for h in headings}
        self.by_word = [(section, frozenset(heading_key(w) for w in words)) for section, words in section_words]

    def named(self, text: str) -> str | None:
        """The section a heading's words name exactly, or by a head word ("Selected ML Projects")."""
        key = heading_key(text)
        if key in self.by_heading:
            return self.by_heading[key]
        words = set(key.split())
        if 0 < len(words) <= 5:
            for section, heads in self.by_word:
                if words & heads:
                    return section
        return None

    def section_of(self, line: Line) -> str | None:
        """The canonical section this line opens, OTHER for an unknown marked heading, or None."""
        if len(line.text) > 60:
            return None
        key = heading_key(line.text)
        if line.bullet:
            # "• ACTIVIDADES": a stray glyph before a heading in capitals, not an item
            return self.by_heading.get(key) if line.text.isupper() else None
        if key in self.by_heading:
            return self.by_heading[key]
        if not line.heading and not _looks_like_heading(line.text):
            return None
        section = self.named(line.text)
        if section is not None:
            return section
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


def _looks_like_heading(text: str) -> bool:
    """Set as a heading even without markup: short, in capitals, no sentence in it."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and len(text.split()) <= 5 and all(c.isupper() for c in letters) and not text.rstrip().endswith((".", ","))


_Style = tuple[float, bool, bool]  # a line's font size (to the half point), bold, all capitals


def _style(line: Line) -> _Style | None:
    """Size, weight and capitals: 'ABC Company' in bold is not set like 'WORK EXPERIENCE'."""
    return (round(line.font_size * 2) / 2, line.bold, line.text.isupper()) if line.font_size else None


_WRAPS_ON = re.compile(r"(?:,|&|\b(?:of|and|for|the|in|at|de|des|du|la|y|e|und|für))\s*$", re.I)


def _has_year(text: str) -> bool:
    return bool(re.search(r"(?:19|20)\d\d", text))


def _opens(finder: SectionFinder, line: Line, current_rank: int, index: int, heading_styles: set[_Style | None], following: Line | None = None, dated: Callable[[str], bool] = _has_year) -> str | None:
    opened = finder.section_of(line)
    if opened is None and _style(line) in heading_styles and not line.bullet and len(line.text.split()) <= 4 and not re.search(r"\d", line.text):
        # Set like this document's known headings (same size and weight): a heading we have no name for,
        # unless it reads as the head of an entry ("Data Scientist," over "Feedzai" over its dates).
        opened = finder.named(line.text)
        if opened is None and not _WRAPS_ON.search(line.text) and not (following is not None and dated(following.text)):
            opened = OTHER
    if opened == OTHER and (index < 3 and current_rank == 0 or line.heading > current_rank > 0):
        # The name at the top of a Markdown resume, or a role heading inside a section, opens nothing.
        return None
    return opened


def segment(
    document: Document,
    section_names: dict[str, list[str]],
    section_words: Sequence[tuple[str, Sequence[str]]] = (),
    classify: Callable[[list[Placed]], str | None] | None = None,
    dated: Callable[[str], bool] = _has_year,
    nested: dict[str, list[str]] | None = None,
) -> Segments:
    """Sections by heading. With `classify`, a run of lines under an unknown heading (or above the first
    heading) is given the section its content says it is (`classify` returns None to leave it).
    `dated` says whether a line holds a date: a bold line above one heads an entry, not a section.
    `nested` names the sections whose headings, inside another, only head a part of it."""
    nested = nested or {}
    finder = SectionFinder(section_names, section_words)
    sizes = [line.font_size for line in document.lines if line.font_size]
    body_size = sorted(sizes)[len(sizes) // 2] if sizes else None
    # Typography of the headings we recognise by name, when it differs from body text; a style only one
    # named heading has ("Languages" under "SKILLS") is a sub-heading's when others share one.
    named = Counter(_style(line) for line in document.lines if finder.section_of(line) not in (None, OTHER) and line.font_size and (line.bold or (body_size and line.font_size > body_size + 0.5)))
    heading_styles = {style for style, count in named.items() if count >= 2} or set(named)
    dominant = _dominant_style(document, finder)
    named_lines = [line for line in document.lines if finder.section_of(line) not in (None, OTHER)]
    colon_headings = sum(line.text.rstrip().endswith(":") for line in named_lines) * 2 > len(named_lines)
    current, current_rank = HEADER, 0
    runs: list[tuple[Placed | None, list[Placed]]] = [(None, [])]
    for index, line in enumerate(document.lines):
        following = document.lines[index + 1] if index + 1 < len(document.lines) else None
        opened = _opens(finder, line, current_rank, index, heading_styles, following, dated)
        if (
            opened is not None
            and current != HEADER
            and (
                (_subordinate(line, current_rank, dominant, not runs[-1][1]) and not _stands_apart(line, opened, current))
                or _nested(line, opened, current, nested)
                or _label_in_entry(line, current, colon_headings)
            )
        ):
            opened = None  # "Languages" set small right under "SKILLS", "Tools:" inside a role: the section goes on
        if opened is not None:
            current, current_rank = opened, line.heading
            runs.append((Placed(line, current), []))
            continue
        leading = finder.leading_heading(line) if not line.bullet else None
        if leading is not None:
            current, heading, line = leading
            runs.append((Placed(heading, current), []))
        runs[-1][1].append(Placed(line, current))
    if classify is not None:
        runs = _classified(runs, classify)
    placed = [p for _, lines in runs for p in lines]
    headings = [heading for heading, _ in runs if heading is not None]
    return Segments(tuple(placed), tuple(headings))


_ENTRY_SECTIONS = {"experience", "research", "internships", "teaching", "volunteer", "leadership", "projects"}


def _stands_apart(line: Line, opened: str, current: str) -> bool:
    """'## Skills' under '# Experience' is a section of its own, whatever its rank: only an entry-like part
    ('### Internships' under '## Experience') or a heading we have no name for is a sub-heading."""
    return bool(line.heading) and opened != OTHER and not (opened in _ENTRY_SECTIONS and current in _ENTRY_SECTIONS)


def _nested(line: Line, opened: str, current: str, nested: dict[str, list[str]]) -> bool:
    """A heading that names a part of the current section ("Languages" under "Skills") heads only that
    part when nothing in its setting says it is a section of its own (no rank, no typography)."""
    return opened in nested.get(current, ()) and not line.heading and line.font_size is None


def _label_in_entry(line: Line, current: str, colon_headings: bool) -> bool:
    """'Tools:' or 'Responsibilities:' inside a role labels a part of the entry, where this document's
    section headings carry no colon."""
    return current in _ENTRY_SECTIONS and line.text.rstrip().endswith(":") and not colon_headings


def _dominant_style(document: Document, finder: SectionFinder) -> tuple[float, bool, bool] | None:
    """How this document sets its section headings, when at least two named ones agree."""
    styles = Counter(_style(line) for line in document.lines if line.font_size and finder.section_of(line) not in (None, OTHER))
    style, count = styles.most_common(1)[0] if styles else (None, 0)
    return style if count >= 2 else None


def _subordinate(line: Line, current_rank: int, dominant: tuple[float, bool, bool] | None, first: bool) -> bool:
    """A heading of lower rank than the section it stands in: '###' under '##', or, as the first line
    of a section, set smaller, lighter or in lower case where this document's section headings are not."""
    if line.heading:
        return current_rank > 0 and line.heading > current_rank
    style = _style(line)
    if not first or dominant is None or style is None or style == dominant:
        return False
    size, bold, capitals = style
    return size < dominant[0] or (size == dominant[0] and (dominant[1] and not bold or dominant[2] and not capitals))


def _classified(runs: list[tuple[Placed | None, list[Placed]]], classify: Callable[[list[Placed]], str | None]) -> list[tuple[Placed | None, list[Placed]]]:
    """An unknown heading never ends a section in silence: its lines become the section they read as
    (a sub-heading inside Experience stays in Experience), or stay OTHER. The header keeps the lines
    above its first dated entry when the rest reads as a section (headings drawn, not written)."""
    result: list[tuple[Placed | None, list[Placed]]] = []
    previous = None
    for heading, lines in runs:
        if heading is None or heading.section == OTHER:
            kind = classify(lines) if lines else None
            if kind is not None:
                if heading is None:
                    split = _first_entry(lines, classify)
                    result.append((None, lines[:split]))
                    heading, lines = None, lines[split:]
                if previous is not None and kind != OTHER and _related(previous, kind):
                    kind = previous  # "PROFESSIONAL" under "EXPERIENCE": still experience
                lines = [replace(p, section=kind) for p in lines]
                heading = replace(heading, section=kind) if heading is not None else None
        result.append((heading, lines))
        previous = lines[-1].section if lines else (heading.section if heading else previous)
    return [(h, lines) for h, lines in result if h is not None or lines]


def _related(previous: str, kind: str) -> bool:
    return kind == "experience" and previous in {"experience", "research", "internships", "teaching", "volunteer", "leadership"}


_CONTACT = re.compile(r"@|https?://|www\.|\+?\d[\d ()-]{7,}|linkedin|github", re.I)


def _first_entry(lines: list[Placed], classify: Callable[[list[Placed]], str | None]) -> int:
    """Where the content that `classify` recognised begins inside the header: the name, contact and
    summary lines above its first entry stay the header."""
    anchor = next(
        (i for i in range(len(lines)) if classify(lines[i : i + 1]) is not None or (classify(lines[max(0, i - 2) : i + 1]) is not None and classify(lines[max(0, i - 2) : i]) is None)), len(lines)
    )
    start = anchor
    while start > 1 and anchor - start < 3 and not lines[start - 1].line.bullet and len(lines[start - 1].line.text.split()) <= 8 and not _CONTACT.search(lines[start - 1].line.text):
        start -= 1
    return start


def entry_classifier(signals: TomlTable) -> Callable[[list[Placed]], str | None]:
    """Classifies a run of lines: dated entries whose heads name a role are experience."""
    from .roles import looks_like_role_head

    words = signals["dates"]

    def classify(lines: list[Placed]) -> str | None:
        anchors = 0
        for index, placed in enumerate(lines):
            if placed.line.bullet:
                continue
            ranges = [r for r in find_ranges(placed.line.text, words) if not r.expected and not r.single]
            if not ranges:
                continue
            near = [lines[i].line.text for i in range(index - 2, index + 2) if 0 <= i < len(lines) and not lines[i].line.bullet]
            if any(looks_like_role_head(text, signals) for text in near):
                anchors += 1
        return "experience" if anchors else None

    return classify


def segment_resume(document: Document, signals: TomlTable) -> Segments:
    """A resume's sections: by heading, then unknown sections by what they hold."""
    words = signals["dates"]
    return segment(document, signals["sections"], signals["section_words"]["rules"], entry_classifier(signals), lambda text: bool(find_ranges(text, words)), signals["section_use"]["nested"])
