"""Dates and date ranges in every form people write them: the grammar here, the words in signals.toml.

`Jan 2019 – Present`, `2019–2021`, `03/2020 - 06/2022`, `09.2022-now`, `Mar '21 – Aug '23`, `Aug-19 to Now`,
`Summer 2025`, `Since 2020`, `Février 2019 - présent`, `Avril - Juillet 2012`, `Jan 2019 to Till Date`, any
dash (- – — ‐ ‑ − ~). The words (month names, "present", "since", "expected" in five languages) are data.

dateparser was tried and left out: it reads "Aug-19" as the 19th of August this year, "Mar '21" as a
day, gives nothing for "Summer 2025", fills a missing day with today's, finds no ranges inside a line,
and costs 1.7 s on its first parse. dateutil parses one date per string, in English only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lexicon import TomlTable

DASHES = "-–—‐‑−~‒―→⟶➔>"  # any dash, and the arrows people draw between dates ("2022-01 → present", "2019 -> 2021")
# "aujourd’hui" as typeset is "aujourd'hui"; letters NFD does not split fold to their base (ł, ø, đ)
_FOLDED = str.maketrans("\u2019\u2018\u02bc\u0142\u00f8\u0111", "'''lod")


@dataclass(frozen=True)
class Point:
    """A month, or only a year (month None) as written; seasons are year-precise with a month guess."""

    year: int
    month: int | None = None
    guess: int = 6  # the month to count from when only the year (or a season) is known
    season: bool = False  # written as a season ("Summer 2022")

    @property
    def text(self) -> str:
        return f"{self.year:04d}-{self.month:02d}" if self.month else f"{self.year:04d}"

    def index(self, end: bool = False) -> float:
        """Months since year 0: where a range starting or ending here begins or stops. A range ends in the
        middle of its last month ("Jan 2020 – Mar 2020" is 2.5 months: the day is not written, and counting
        to the month's first day gives 2, LinkedIn's count 3). A bare year counts from and to its middle; a
        season from its first month to its last."""
        if self.month:
            return self.year * 12 + self.month - 1 + (0.5 if end else 0.0)
        return self.year * 12 + self.guess - 1


@dataclass(frozen=True)
class DateRange:
    start: Point
    end: Point | None  # None: runs to the present
    span: tuple[int, int]  # where it stands in the text
    expected: bool = False  # "expected June 2027": a date still to come
    single: bool = False  # one date standing for its own period ("Summer 2022", "May 2019")
    open_ended: bool = False  # "Jan 2019 –" ending its line: the end is unwritten, or on the next line

    @property
    def current(self) -> bool:
        return self.end is None

    @property
    def end_text(self) -> str | None:
        """'2019-03', '2019', or None for "Present"; a single date ends where it starts."""
        if self.end is None:
            return None
        return self.start.text if self.single else self.end.text

    def bounds(self, as_of: date) -> tuple[float, float]:
        """(start, stop) in months since year 0, stop exclusive; an open range stops at `as_of`."""
        start = self.start.index()
        if self.end is None:
            stop = as_of.year * 12 + as_of.month - 1 + (as_of.day - 1) / 30.5
        elif self.single and self.start.month:
            stop = start + 1  # "May 2019": that month
        else:
            stop = self.end.index(end=True)
        return start, max(start, stop)


def fold(text: str) -> str:
    """Lower-case with accents removed, one character for one: spans in the folded text are spans in
    the original."""
    return "".join(unicodedata.normalize("NFD", ch)[0] for ch in text).lower().translate(_FOLDED)


class DateGrammar:
    """The regular expressions built once from signals.toml's [dates]."""

    def __init__(self, words: TomlTable):
        self.month_of = {fold(name): int(number) for number, names in words["months"].items() for name in names}
        self.seasons = {fold(name): tuple(months) for name, months in words["seasons"].items()}
        months = _alternation(self.month_of)
        seasons = _alternation(self.seasons)
        present = _alternation(fold(w) for w in words["present"])
        between = _alternation(fold(w) for w in words["between"])
        since = _alternation(fold(w) for w in words["since"])
        expected = _alternation(fold(w) for w in words["expected"])
        updated = _alternation(fold(w) for w in words["updated"])
        of = _alternation(fold(w) for w in words["of"])
        year4 = r"(?:19|20)\d\d"
        day = r"(?:[0-3]?\d(?:st|nd|rd|th|er|\.)?)"
        # Every form of a point, longest first; each alternative's groups are read in _point().
        point = (
            rf"(?:{day}[\s.]+(?:{of})?\s*)?(?P<m1>{months})\.?[,/]?\s*(?:(?:{of})\s+)?(?:{day},?\s+)?(?P<y1>{year4})(?!\d)"  # Jan 2019, Jan/2021, 21st January 2015, Jan 5, 2019, octubre de 2021
            rf"|(?P<m2>{months})\.?\s*['’`]\s?(?P<y2>\d\d)(?!\d)"  # Mar '21
            rf"|(?P<m3>{months})-(?P<y3>\d\d)(?![\d-])"  # Aug-19
            rf"|(?<![\d.])(?:[0-3]?\d\.)?(?P<n4>0?[1-9]|1[0-2])\s?[/.-]\s?(?P<y4>{year4})(?!\d)"  # 03/2020, 09.2022, 01.09.2022
            rf"|(?<!\d)(?P<y5>{year4})\s?[/.-]\s?(?P<n5>0[1-9]|1[0-2])(?:[/.-][0-3]\d)?(?![\d])"  # 2019-03, 2019/03, 2019-03-01
            rf"|(?P<s6>{seasons})\.?,?\s*(?P<y6>{year4})(?!\d)"  # Summer 2025
            rf"|(?<![\d.,/-])(?P<y7>{year4})(?![\d/.]\d)"  # 2019
        )
        self.point = re.compile(point)
        self.end_point = re.compile(point.replace(r"(?<![\d.,/-])(?P<y7>", r"(?P<y7>"))
        # After a dash a bare year is the end of a range ("2007-2011"), not part of a phone number.
        end_point = point.replace(r"(?<![\d.,/-])(?P<y7>", r"(?P<y7>")
        # The start may borrow the end's year: "Avril - Juillet 2012", "Feb – Jun 2011".
        bare_month = rf"(?P<bm>{months})\.?"
        dash = f"[{re.escape(DASHES)}]"
        joint = rf"\s*(?:{dash}+|\s(?:{between})\s|,?\s*(?:{between})\s)\s*(?:{dash}\s*)?"
        self.range = re.compile(
            rf"(?:(?P<start>{_groupless(point)})|{bare_month}){joint}(?:(?P<present>{present})\b|(?P<end>{_groupless(end_point)}))"
            rf"|(?P<start2>{_groupless(point)})\s*{dash}+\s*(?P<present2>{present})\b"
        )
        self.since = re.compile(rf"\b(?:{since})\s+(?P<start>{_groupless(point)})")
        self.expected = re.compile(rf"\b(?:{expected})\b[\s:,]*(?:in\s+|on\s+|:\s*)?$")
        self.updated = re.compile(rf"(?<![a-z])(?:{updated})\b\s*(?:on|in|at|le|am|el|em)?\s*[:-]?\s*(?:{day}[\s./-]*)?$")
        self.open_start = re.compile(rf"(?P<start>{_groupless(point)})\s*{dash}+\s*$")

    def parse_point(self, text: str) -> Point | None:
        text = text.strip(" .,;:()[]")
        match = self.point.fullmatch(text) or self.end_point.fullmatch(text)
        return self._point(match) if match else None

    def _point(self, match: re.Match[str]) -> Point | None:
        groups = match.groupdict()
        if groups["y1"]:
            return Point(int(groups["y1"]), self.month_of[groups["m1"]])
        if groups["y2"] or groups["y3"]:
            two = int(groups["y2"] or groups["y3"])
            return Point(2000 + two if two < 50 else 1900 + two, self.month_of[groups["m2"] or groups["m3"]])
        if groups["y4"]:
            return Point(int(groups["y4"]), int(groups["n4"]))
        if groups["y5"]:
            return Point(int(groups["y5"]), int(groups["n5"]))
        if groups["y6"]:
            first, _ = self.seasons[groups["s6"]]
            return Point(int(groups["y6"]), None, first, season=True)
        if groups["y7"]:
            return Point(int(groups["y7"]))
        return None

    def _season_end(self, text: str, point: Point) -> Point:
        """'Summer 2022' as the end of a range stops at the season's end, not its start."""
        season = re.match(r"[a-z]+", text)
        if point.month is None and season and season.group() in self.seasons:
            last = self.seasons[season.group()][1]
            return Point(point.year + (last - 1) // 12, None, (last - 1) % 12 + 1, season=True)
        return point


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _groupless(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_GRAMMARS: dict[int, tuple[TomlTable, DateGrammar]] = {}


def grammar(words: TomlTable) -> DateGrammar:
    """One grammar per loaded [dates] table (kept with it, so its id is never reused)."""
    cached = _GRAMMARS.get(id(words))
    if cached is None or cached[0] is not words:
        cached = _GRAMMARS[id(words)] = (words, DateGrammar(words))
    return cached[1]


def find_ranges(text: str, words: TomlTable) -> list[DateRange]:
    """Every date range in `text`, left to right: closed, open ("– Present", "Since 2020") or a single
    point standing for its own period ("Summer 2022", "May 2019"), which the caller may take or leave."""
    g = grammar(words)
    folded = fold(text)
    found: list[DateRange] = []
    taken: list[tuple[int, int]] = []
    for match in g.range.finditer(folded):
        start_text = match.group("start") or match.group("start2")
        end_text = match.group("end")
        present = match.group("present") or match.group("present2")
        end = None
        if end_text:
            end = g.parse_point(end_text)
            if end is None:
                continue
            end = g._season_end(end_text, end)
        if start_text:
            start = g.parse_point(start_text)
        else:  # a bare month borrowing the end's year
            start = Point(end.year, g.month_of[match.group("bm")]) if end is not None else None
        if start is None or (end is not None and end.index(True) < start.index()):
            continue
        if end is None and not present:
            continue
        found.append(DateRange(start, end, match.span(), _expected(g, folded, match.start())))
        taken.append(match.span())
    for pattern in (g.since, g.open_start):  # "Since 2020"; "Jan 2019 –" ending the line, a range left open
        for match in pattern.finditer(folded):
            if any(a <= match.start() < b for a, b in taken):
                continue
            start = g.parse_point(match.group("start"))
            if start is not None:
                found.append(DateRange(start, None, match.span(), open_ended=pattern is g.open_start))
                taken.append(match.span())
    for match in g.point.finditer(folded):
        if any(a <= match.start() < b or a < match.end() <= b for a, b in taken):
            continue
        point = g._point(match)
        if point is None:
            continue
        found.append(DateRange(point, g._season_end(match.group(), point), match.span(), _expected(g, folded, match.start()), single=True))
    return sorted(found, key=lambda r: r.span)


def _expected(g: DateGrammar, folded: str, at: int) -> bool:
    return bool(g.expected.search(folded[max(0, at - 40) : at]))


def written_on(text: str, words: TomlTable) -> Point | None:
    """The date a line says the document was written ("Last updated on 21st January 2015",
    "[Updated on 2023-11-06.]"), if it says so."""
    g = grammar(words)
    folded = fold(text)
    for match in g.point.finditer(folded):
        if g.updated.search(folded[max(0, match.start() - 30) : match.start()]):
            return g._point(match)
    return None
