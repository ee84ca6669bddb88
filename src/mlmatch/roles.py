"""Roles by their shape, wherever they stand: a date range and, around it on one to three lines, a title
and an organisation in any order ("Title, Org  Dates", "Org / Title  Dates", "Dates / Title, Org, City",
"ORG | TITLE / Dates | City", a date in the margin, the company on the line above)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .dates import DASHES, DateRange, find_ranges, fold
from .document import Line
from .segment import Placed, Segments

if TYPE_CHECKING:
    from .lexicon import TomlTable

_SEPARATORS = re.compile(r"\s*(?:\||—|–|·|•|⋄|,|;|\s-\s|\s:\s|:\s|\s@\s|@|\bat\b|\bchez\b|\ben\b(?=\s+[A-Z]))\s*")
_DURATION = re.compile(r"\b\d+\s*(?:years?|yrs?|months?|mos?)\b(?:[\s,]+\d+\s*(?:months?|mos?)\b)?", re.I)  # "1 year 3 months", as RenderCV and LinkedIn print
_KEY_VALUE = re.compile(r"\b(advisor|adviser|supervisor|supervised by|manager|mentor|pi|tech stack|stack|technologies|tools|environment|keywords|courses?|thesis|gpa|cgpa|cargo|tasks?)\s*:.*$", re.I)
_PARENTHESES = re.compile(r"\s*\([^)]*\)?")
_CITY_STATE = re.compile(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2},\s*[A-Z]{2}\b\.?$")
_VERB_START = re.compile(r"^[A-Z][a-z]+(?:ed|ing)\b")
_MAX_HEAD_WORDS = 9


@dataclass(frozen=True)
class RoleHead:
    """A role as it stands on the page, before its kind is decided."""

    title: str
    organisation: str
    dates: DateRange
    section: str
    line: int
    page: int
    head: tuple[Line, ...]  # every line the head was read from


@lru_cache(maxsize=8)
def _word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})s?(?![\w-])")


def has_words(text: str, words: list[str] | tuple[str, ...]) -> bool:
    return bool(_word_pattern(tuple(words)).search(fold(text)))


def count_words(text: str, words: list[str] | tuple[str, ...]) -> int:
    return len(_word_pattern(tuple(words)).findall(fold(text)))


def looks_like_role_head(text: str, signals: TomlTable) -> bool:
    return has_words(_KEY_VALUE.sub("", text), signals["titles"]["role_words"])


def _is_place(part: str, places: list[str]) -> bool:
    bare = part.strip(" .")
    if not bare:
        return True
    if _CITY_STATE.match(bare):
        return True
    words = [w for w in re.split(r"[\s,/()]+", fold(bare)) if w]
    return bool(words) and all(w in places for w in words) or (len(words) <= 3 and fold(bare).split(",")[-1].strip() in places)


def _strip_places(text: str, signals: TomlTable) -> str:
    """'MERN Stack Developer, OpenAI, San Francisco, USA' -> 'MERN Stack Developer, OpenAI';
    'Viasat Inc. Carlsbad, CA' -> 'Viasat Inc.': a city is the words before a state or country that
    name neither a role nor an organisation."""
    places = signals["entries"]["places"]
    keep_words = tuple(signals["titles"]["role_words"]) + tuple(signals["entries"]["organisation_words"])
    parts = re.split(r"(\s*[,|—–·]\s*|\s-\s)", text)
    kept: list[str] = []
    skip = set()
    for index, part in enumerate(parts):
        if index in skip:
            continue
        following = parts[index + 2].strip(" .") if index + 2 < len(parts) and index % 2 == 0 else ""
        if following and (following.isupper() and len(following) <= 3 or fold(following) in places):  # ", CA", ", Germany"
            words = part.split()
            city = 0
            while city < min(2, len(words)) and words[-1 - city][:1].isupper() and not has_words(words[-1 - city], keep_words):
                city += 1
            part = " ".join(words[: len(words) - city]) if city < len(words) or not has_words(part, keep_words) else part
            skip.update({index + 1, index + 2})  # the state or country goes with its city
        kept.append(part)
    return "".join(kept).strip(" ,|—–·-")


def _trim_places(piece: str, places: list[str]) -> str:
    """'France Chief data scientist' -> 'Chief data scientist'; 'Technical Staff Remote' -> 'Technical Staff'."""
    words = piece.split()
    while len(words) > 1 and fold(words[0]).strip(",.") in places:
        words.pop(0)
    while len(words) > 1 and fold(words[-1]).strip(",.()") in places:
        words.pop()
    return " ".join(words)


def head_parts(text: str, signals: TomlTable) -> list[str]:
    """The pieces of a head line that can be a title or an organisation: key-value notes, remarks in
    parentheses and places removed, split at separators, long descriptive pieces dropped."""
    places = signals["entries"]["places"]
    text = _DURATION.sub(" ", _KEY_VALUE.sub("", _PARENTHESES.sub(" ", text)))
    text = _strip_places(text, signals)
    parts = []
    for piece in _SEPARATORS.split(text):
        piece = _trim_places(piece.strip(" ,;:–—-|"), places)
        if piece.endswith(".") and not re.search(r"\b(?:inc|ltd|co|corp|jr|sr|st)\.$", piece, re.I):
            piece = piece.rstrip(".")
        if not piece or _is_place(piece, places):
            continue
        if " as " in piece and has_words(piece.split(" as ", 1)[1], signals["titles"]["role_words"]):
            parts += [p.strip() for p in piece.split(" as ", 1)]  # "Krisol Infosoft as Jr. Web Developer"
            continue
        if len(piece.split()) > _MAX_HEAD_WORDS:
            continue  # a description that follows the company on its line
        parts.append(piece)
    return parts


def split_title(parts: list[str], signals: TomlTable) -> tuple[str, str]:
    """(title, organisation): the title is the piece that names a role rather than a place of work."""
    role_words = signals["titles"]["role_words"]
    org_words = signals["entries"]["organisation_words"]

    def title_score(part: str) -> float:
        """Role words count; the last word decides between 'Research Fellow' and 'Research Lab'."""
        last = re.sub(r"\W", "", fold(part.split()[-1])) if part.split() else ""
        ending = 1.0 if has_words(last, role_words) else (-1.5 if has_words(last, org_words) else 0.0)
        return count_words(part, role_words) + ending

    titled = [p for p in parts if has_words(p, role_words) and title_score(p) > 0]
    title = max(titled, key=lambda p: (title_score(p), -parts.index(p))) if titled else ""
    others = [p for p in parts if p != title and not re.fullmatch(r"[\d\s/.+-]*", p)]
    organisation = next((p for p in others if has_words(p, org_words)), others[0] if others else "")
    return title, organisation


_CONNECTORS = {"of", "and", "&", "for", "the", "de", "du", "des", "la", "y", "e", "und", "für"}


def _names_a_place_of_work(text: str) -> bool:
    """'• Google Mountain View, CA': a bullet glyph before an organisation's name, not a bullet of work."""
    words = [w for w in re.split(r"[\s,]+", text) if w]
    return 0 < len(words) <= 7 and all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words) and not _VERB_START.match(text)


def _only_dates(text: str, ranges: list[DateRange]) -> bool:
    rest = text
    for found in sorted(ranges, key=lambda r: r.span, reverse=True):
        rest = rest[: found.span[0]] + rest[found.span[1] :]
    return not re.search(r"[A-Za-z]{3,}", rest)


def _names_a_degree(text: str, signals: TomlTable) -> bool:
    """A head that names a degree ("MSc", "Diplôme d'ingénieur", "PhD in ...") and no role beside it."""
    plain = re.sub(r"(?<=\w)\.(?=\w)|\.(?=\s|$)", "", text)
    degrees = signals["entries"]["degrees"]
    if not any(has_words(plain, words) for words in degrees.values()):
        return False
    role_words = [w for w in signals["titles"]["role_words"] if not has_words(w, signals["entries"]["degree_role_words"])]
    return not has_words(plain, role_words)


def _eligible(placed: Placed, section: str, anchors: set[int], index: int, signals: TomlTable, beside: bool = False) -> bool:
    """A line that can belong to a role's head: in the same section, not prose, not a bullet unless it
    sits right `beside` the dates and only names a place of work."""
    text = placed.line.text
    if index in anchors or placed.section != section:
        return False
    if placed.line.bullet and not (beside and _names_a_place_of_work(text)):
        return False
    first = re.split(r"\s(?:–|—|\|)\s", text)[0]
    words = first.split()
    if not words or len(words) > 12 or (text[0].islower() and not looks_like_role_head(text, signals)):
        return False
    pieces = [p for p in _SEPARATORS.split(first) if p.strip()]
    if text.rstrip().endswith(".") and len(words) > 6 and max(len(p.split()) for p in pieces) > 6:
        return False  # a sentence, not "Applied ML Scientist, Amazon Web Services, Berlin."
    # "Developed features for the web app" is a sentence; "Applied ML Scientist, Amazon" and
    # "Computing (ICSC) & National Institute" are heads.
    return not (_VERB_START.match(text) and len(text.split()) >= 6 and not has_words(text, tuple(signals["titles"]["role_words"]) + tuple(signals["entries"]["organisation_words"])))


def find_role_heads(segments: Segments, signals: TomlTable) -> list[RoleHead]:
    """Every dated entry in a section where roles stand, with its title and organisation."""
    sections = set(signals["section_use"]["roles"]) | {"education", "other", "header"}
    words = signals["dates"]
    lines = list(segments.lines)
    dated: dict[int, DateRange] = {}
    ends: dict[int, int] = {}  # a line whose range ends on a line below -> that line, read with it
    for index, placed in enumerate(lines):
        if placed.line.bullet or placed.section not in sections or index in ends.values():
            continue
        ranges = [r for r in find_ranges(placed.line.text, words) if not r.expected]
        continued = _range_continued(lines, index, ranges, words)
        if continued:
            ranges, ends[index] = continued
        closed = [r for r in ranges if not r.single]
        if closed:
            dated[index] = closed[0]
        elif ranges and len(placed.line.text.split()) <= 14 and (looks_like_role_head(placed.line.text, signals) or _only_dates(placed.line.text, ranges)):
            dated[index] = ranges[-1]  # "Software Engineer Intern, Summer 2022", or "Summer 2025" in a margin
    anchors = set(dated)
    heads: list[RoleHead] = []
    used: set[int] = set()
    above_in = _heads_above(lines, anchors, signals)
    for index in sorted(dated):
        placed, dates = lines[index], dated[index]
        text = f"{placed.line.text} {lines[ends[index]].line.text}" if index in ends else placed.line.text
        rest = (text[: dates.span[0]] + " " + text[dates.span[1] :]).strip(" ,|–—-·()[]")
        parts = head_parts(rest, signals)
        title, organisation = split_title(parts, signals)
        taken = [index, ends[index]] if index in ends else [index]
        if not (title and organisation):
            order = (-1, -2, -3, 1) if above_in.get(placed.section, True) else (1, 2, -1, -2)
            for step in order:
                neighbour = _nth_line(index, step, ends.get(index))
                if not 0 <= neighbour < len(lines) or neighbour in used or not _eligible(lines[neighbour], placed.section, anchors, neighbour, signals, beside=abs(step) == 1):
                    continue
                if abs(step) > 1 and _nth_line(index, step - (1 if step > 0 else -1), ends.get(index)) not in taken:
                    continue  # further lines only through the ones between
                if step == -3 and title:
                    break
                if step == 1 and above_in.get(placed.section, True) and index + 2 in anchors:
                    continue  # the line right above the next entry's dates is that entry's head
                parts = head_parts(lines[neighbour].line.text, signals) + parts if step < 0 else parts + head_parts(lines[neighbour].line.text, signals)
                taken.append(neighbour)
                title, organisation = split_title(parts, signals)
                if title and organisation:
                    break
        if dates.single and not title:
            continue  # a lone date beside no title is not a role
        if _names_a_degree(" | ".join(p for i in taken for p in head_parts(lines[i].line.text, signals)), signals):
            continue  # "BSc Statistics, Cascade State University, 2012 – 2016": a degree, not a role
        if placed.section == "education" and not title:
            continue  # a degree, not a role
        if not title and not organisation:
            continue
        preferred = -1 if above_in.get(placed.section, True) else 1
        if not title and any((i - index) * preferred < 0 for i in taken):
            continue  # no title, and the organisation only from the far side of the dates: no role to be sure of
        if placed.section in ("other", "header", "education") and not has_words(title, signals["titles"]["role_words"]):
            continue
        used.update(taken)
        head = tuple(lines[i].line for i in sorted(taken))
        heads.append(RoleHead(title, organisation, dates, placed.section, placed.line.number, placed.line.page, head))
    heads += _dated_by_heading(segments, lines, used, signals)
    return heads


def _nth_line(index: int, step: int, skipped: int | None) -> int:
    """The line `step` lines above (negative) or below the dates, not counting the one their range ends on."""
    at, counted, direction = index, 0, 1 if step > 0 else -1
    while counted < abs(step):
        at += direction
        if at != skipped:
            counted += 1
    return at


def _range_continued(lines: list[Placed], index: int, ranges: list[DateRange], words: TomlTable) -> tuple[list[DateRange], int] | None:
    """'Jan 2019 –' (or 'Okt. 2013 – Juni') ending a line whose end is on a line below ('May 2020', '2015'):
    one range over the two lines, the end wrapped or stacked under the start in a narrow column, where a
    margin's line may have the text's line between them. Without such a line a range stays open."""
    if not ranges or not _DANGLING.search(lines[index].line.text):
        return None
    here = lines[index]
    for step in (1, 2):
        if index + step >= len(lines):
            break
        below = lines[index + step]
        if step == 2 and not (below.line.column == here.line.column != lines[index + 1].line.column):
            break  # two lines down only in a margin interleaved with its text
        if below.line.bullet or below.section != here.section or below.line.page != here.line.page:
            continue
        text = f"{here.line.text} {below.line.text}"
        joined = [r for r in find_ranges(text, words) if not r.expected]
        if any(r.span[0] < len(here.line.text) < r.span[1] and not r.open_ended for r in joined):
            return joined, index + step
    return None


_DANGLING = re.compile(rf"[{re.escape(DASHES)}]\s*(?:[^\W\d]+\.?)?\s*$")  # a range's dash ending its line, at most a month after it


def _heads_above(lines: list[Placed], anchors: set[int], signals: TomlTable) -> dict[str, bool]:
    """Per section, whether entries' titles and organisations stand above their date lines or below
    them: each entry with a head on one side only votes, the majority decides (above on a tie)."""

    def head(at: int, section: str) -> bool:
        return 0 <= at < len(lines) and _eligible(lines[at], section, anchors, at, signals) and bool(head_parts(lines[at].line.text, signals))

    votes: dict[str, int] = {}
    for index in sorted(anchors):
        section = lines[index].section
        # A place wrapped onto its own line ("Advisor, Bank of" / "Portugal") still has the head above it.
        above = head(index - 1, section) or (index >= 2 and _eligible(lines[index - 1], section, anchors, index - 1, signals) and head(index - 2, section))
        below = head(index + 1, section)
        votes[section] = votes.get(section, 0) + (above and not below) - (below and not above)
    return {section: vote >= 0 for section, vote in votes.items()}


def _dated_by_heading(segments: Segments, lines: list[Placed], used: set[int], signals: TomlTable) -> list[RoleHead]:
    """'EXPERIENCIA (10/2022-05/2023)': the dates sit on the heading, the one entry below has none."""
    heads = []
    for heading in segments.headings:
        if heading.section not in signals["section_use"]["roles"]:
            continue
        ranges = [r for r in find_ranges(heading.line.text, signals["dates"]) if not r.expected and not r.single]
        if not ranges:
            continue
        members = [i for i, p in enumerate(lines) if p.section == heading.section and (p.line.page, p.line.number) > (heading.line.page, heading.line.number)]
        if any(i in used for i in members):
            continue
        for index in members[:3]:
            placed = lines[index]
            if placed.line.bullet or not looks_like_role_head(placed.line.text, signals):
                continue
            title, organisation = split_title(head_parts(placed.line.text, signals), signals)
            if title:
                used.add(index)
                heads.append(RoleHead(title, organisation, ranges[0], heading.section, placed.line.number, placed.line.page, (placed.line,)))
                break
    return heads
