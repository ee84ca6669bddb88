"""What "Present" means: the document's own date, and where it came from.

In order: the date given with --as-of; a date the text says it was written ("Last updated on 21st January
2015"); the date the file records (PDF ModDate/CreationDate, DOCX core properties) unless the text proves
it wrong; today. A file date is wrong when the text writes dates a year or more after it (a template's
date left in the file; a planned end date a few months on is normal), or when it falls after a
graduation the text still expects (a 2014 resume re-exported in 2022). Either way the report says which
date it used and why, and warns when "Present" may be much later than the resume.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from .dates import Point, find_ranges, written_on
from .document import Document

if TYPE_CHECKING:
    from .lexicon import TomlTable

# "Present" this many years after anything the text writes deserves a warning: today is a guess, a
# file date less so (a long current job is common).
_STALE_YEARS = {"today": 3, "file": 5}


@dataclass(frozen=True)
class AsOf:
    date: date
    source: str  # "--as-of", "visible date", "PDF ModDate", ..., "today"
    detail: str  # the evidence, in words
    warning: str = ""


def _as_date(point: Point, mid_month: bool = False) -> date:
    month = point.month or 7
    return date(point.year, month, 15 if mid_month else 1)


def resolve_as_of(document: Document, words: TomlTable, given: date | None = None, today: date | None = None) -> AsOf:
    today = today or date.today()
    if given is not None:
        return AsOf(given, "--as-of", "as given with --as-of")
    places = [(line, f"line {line.number}") for line in document.lines] + [(line, f"the running header or footer of page {line.page}") for line in document.running_lines]
    for line, where in places:
        written = written_on(line.text, words)
        if written is not None:
            return AsOf(_as_date(written, True), "visible date", f"the date the resume says it was written ({where}: '{_quoted(line.text)}')")
    newest, expected, present = _written_dates(document, words)
    stale_after = newest if present else None  # with no "Present" in the text, the date read changes nothing
    unused = []
    for file_date in document.file_dates:
        if newest is not None and _months(newest) > _months_of(file_date.value) + 12:
            unused.append(file_date)  # the text writes dates well after the file's own (a template's date): not when it was written
            continue
        if expected is not None and _months_of(file_date.value) > _months(expected) + 12:
            bound = _as_date(newest) if newest is not None else _as_date(expected)
            chosen = min(bound, _as_date(expected))
            return AsOf(
                chosen,
                "newest date written",
                f"the file says {file_date.value:%Y-%m} ({file_date.source}), but the resume still expects {expected.text}; read as of the newest date it writes ({chosen:%Y-%m})",
            )
        return AsOf(file_date.value, file_date.source, f"the file's {file_date.source}; the resume writes no date of its own", _stale(file_date.value, stale_after, file_date.source))
    if unused:
        recorded = ", ".join(f"{d.source} {d.value:%Y-%m}" for d in unused)
        why = f"today: the resume writes no date of its own, and the date its file records ({recorded}) was not used: the text writes dates more than a year after it (a template's date)"
    else:
        why = "today: the resume writes no date of its own and its file records none"
    return AsOf(today, "today", why, _stale(today, stale_after, "today"))


def _quoted(text: str, limit: int = 100) -> str:
    """The line as evidence: whole when short, so the date it cites is in the quote."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _stale(chosen: date, newest: Point | None, source: str) -> str:
    years = _STALE_YEARS["today" if source == "today" else "file"]
    if newest is None or _months_of(chosen) - _months(newest) < 12 * years:
        return ""
    return f"'Present' is read as {chosen:%Y-%m} ({source}), but the newest date the resume writes is {newest.text}: if it is older, give --as-of"


def _written_dates(document: Document, words: TomlTable) -> tuple[Point | None, Point | None, bool]:
    """The newest date the text writes (not counting "Present" or dates still expected), the
    earliest date it says is still to come, and whether any range runs to the present."""
    newest: Point | None = None
    expected: Point | None = None
    present = False
    for line in document.lines:
        for found in find_ranges(line.text, words):
            points = [found.start] + ([found.end] if found.end is not None else [])
            present = present or (found.current and not found.expected)
            if found.expected:
                if expected is None or _months(points[0]) < _months(expected):
                    expected = points[0]
                continue
            for point in points:
                if newest is None or _months(point) > _months(newest):
                    newest = point
    return newest, expected, present


def _months(point: Point) -> float:
    """A bare year compares as its January: "2023" in the text does not prove a March 2023 file wrong."""
    return point.index() if point.month else point.year * 12


def _months_of(value: date) -> float:
    return value.year * 12 + value.month - 1
