"""Roles with their kind, degrees from Education, and years of experience with overlaps merged.

Professional years count jobs, founder time and research after a doctorate or outside any degree (a
postdoc, a research job); internships, a degree's own research and teaching assistantships, volunteering
and exercises (virtual job simulations) are reported but not counted. A range ends in the middle of its last
month ("Jan 2020 – Mar 2020" is 2.5 months), a bare year runs from its middle, "Present" ends on the document's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from .dates import DateRange, Point, find_ranges, fold
from .document import Line
from .levels import Level
from .roles import RoleHead, find_role_heads, has_words
from .segment import Segments

if TYPE_CHECKING:
    from .lexicon import TomlTable

JOB, FOUNDER, INTERNSHIP, RESEARCH, TEACHING, VOLUNTEER, OTHER = "job", "founder", "internship", "research", "teaching", "volunteer", "other"
COUNTED = (JOB, FOUNDER)
_SECTION_KIND = {"internships": INTERNSHIP, "research": RESEARCH, "teaching": TEACHING, "volunteer": VOLUNTEER, "activities": OTHER}
_UNTITLED_MONTHS = 6  # an untitled stint this short is not counted as a job


@dataclass(frozen=True)
class Degree:
    level: str  # phd | master | bachelor
    text: str
    start: float  # months since year 0
    stop: float
    ongoing: bool
    line: int
    page: int


@dataclass(frozen=True)
class Role:
    title: str
    organisation: str
    dates: DateRange
    kind: str  # job | founder | internship | research | teaching | volunteer | other
    counted: bool  # counts towards professional years
    why: str  # how the kind was decided
    relevant: bool  # an ML, data or software role: counts towards ML experience
    title_level: Level | None
    section: str
    line: int
    page: int
    head: tuple[Line, ...]  # the lines its title, organisation and dates were read from
    start_month: float
    stop_month: float

    @property
    def current(self) -> bool:
        return self.dates.current

    @property
    def intern(self) -> bool:
        return self.kind == INTERNSHIP

    @property
    def months(self) -> float:
        return self.stop_month - self.start_month


@dataclass(frozen=True)
class Experience:
    years: float  # professional: jobs, founders, research outside a degree; overlaps merged
    relevant_years: float  # the ML, data and software part of `years`
    internship_years: float
    roles: tuple[Role, ...]
    degrees: tuple[Degree, ...]
    after_present: tuple[RoleHead, ...] = ()  # dated entries starting after 'Present': plans, left out

    @property
    def other_years(self) -> float:
        """Professional years outside ML and software (a career changer's earlier work)."""
        return round(max(0.0, self.years - self.relevant_years), 1)


def title_level(title: str, levels: dict[str, str]) -> Level | None:
    lowered = " " + re.sub(r"[^\w+ ]", " ", fold(title)) + " "  # "Científica de Datos Sénior" as "cientifica de datos senior"
    found = [Level.parse(level) for phrase, level in levels.items() if f" {phrase} " in lowered]
    if not found:
        return None
    if any(f" {word} " in lowered for word in ("intern", "internship", "trainee", "apprentice")):
        return Level.JUNIOR  # "KPCB Fellow + Software Engineering Intern": an intern, whatever else it says
    if max(found) >= Level.SENIOR:
        return max(found)
    return Level.JUNIOR if Level.JUNIOR in found else max(found)


def find_degrees(segments: Segments, signals: TomlTable, as_of: date) -> list[Degree]:
    """Degrees in Education with their periods; a degree with only its end year is assumed to have
    taken its usual length (a PhD five years)."""
    kinds = signals["entries"]["degrees"]
    usual = signals["entries"]["degree_years"]
    lines = [p for p in segments.lines if p.section == "education"]
    degrees = []
    for index, placed in enumerate(lines):
        plain = re.sub(r"(?<=\w)\.(?=\w)|\.(?=\s|$)", "", placed.line.text)  # "Ph.D." -> "PhD", "M.S." -> "MS"
        level = next((name for name in ("phd", "master", "bachelor") if has_words(plain, kinds[name])), None)
        if level is None:
            continue
        # The dates on the degree's own line, in a margin line just above it (moderncv), or on the line
        # below; a line above that holds more than dates belongs to the degree before.
        before = lines[index - 1].line.text if index else ""
        margin = [before] if before and not re.search(r"[A-Za-z]{4,}", re.sub(r"(?i)present|now|today|current|expected", "", before)) else []
        nearby = [placed.line.text] + margin + [lines[i].line.text for i in (index + 1, index - 1) if 0 <= i < len(lines)]
        ranges = next((r for text in nearby for r in [find_ranges(text, signals["dates"])] if r), [])
        if not ranges:
            continue
        dates = ranges[0]
        ongoing = dates.current or (dates.expected and _after(dates.end or dates.start, as_of))
        stop = (as_of.year * 12 + as_of.month - 1) if dates.current else (dates.end or dates.start).index(end=True)
        start = dates.start.index() if not dates.single else stop - 12 * usual[level]
        if dates.expected and dates.single:
            start = stop - 12 * usual[level]
        degrees.append(Degree(level, placed.line.text, start, stop, ongoing, placed.line.number, placed.line.page))
    return degrees


def _after(point: Point, as_of: date) -> bool:
    return point.index() > as_of.year * 12 + as_of.month - 1


def _kind(head: RoleHead, signals: TomlTable) -> tuple[str, str]:
    kinds = signals["titles"]["kinds"]
    if has_words(f"{head.title} {head.organisation}", kinds[OTHER]):
        return OTHER, f"'{head.title or head.organisation}' is no job"  # a career break, a job simulation
    for kind in (FOUNDER, INTERNSHIP, TEACHING, RESEARCH, VOLUNTEER):
        if has_words(head.title, kinds[kind]):
            return kind, f"title '{head.title}'"
    if head.section in _SECTION_KIND:
        return _SECTION_KIND[head.section], f"listed under {head.section}"
    if head.section == "education":
        return RESEARCH, "listed under education"
    return JOB, "a job"


def _short_name(text: str, limit: int = 40) -> str:
    """A degree's line as a short name: up to its dates, without a dangling separator ('MS, Computer
    Science, Osaka University |')."""
    cut = re.split(r"\s[|·•–—-]\s|\s\(?(?:19|20)\d\d", text, maxsplit=1)[0]
    return cut[:limit].rstrip(" ,;:|·•–—-")


def _overlapping_degree(start: float, stop: float, degrees: list[Degree]) -> Degree | None:
    """The degree this role ran alongside for at least half of its time."""
    length = max(stop - start, 1.0)
    for degree in degrees:
        shared = min(stop, degree.stop) - max(start, degree.start)
        if shared >= 0.5 * length:
            return degree
    return None


def find_roles(segments: Segments, signals: TomlTable, as_of: date) -> Experience:
    titles = signals["titles"]
    degrees = find_degrees(segments, signals, as_of)
    roles: list[Role] = []
    later: list[RoleHead] = []
    for head in find_role_heads(segments, signals):
        start, stop = head.dates.bounds(as_of)
        if start > as_of.year * 12 + as_of.month:
            later.append(head)  # starts after the document was written: a plan, not a role
            continue
        kind, why = _kind(head, signals)
        counted = kind in COUNTED
        if kind == RESEARCH:
            degree = _overlapping_degree(start, stop, degrees)
            postdoc = has_words(head.title, titles["kinds"]["postdoc"])
            of_a_degree = has_words(head.title, titles["kinds"]["degree_research"])
            counted = postdoc or (degree is None and not of_a_degree)
            why = "a postdoc" if postdoc else (f"during the {degree.level} ({_short_name(degree.text)})" if degree else ("a degree's own research" if of_a_degree else "research outside a degree"))
        if kind == JOB and not head.title and stop - start <= _UNTITLED_MONTHS:
            kind, counted, why = OTHER, False, "no title and a short stint"
        if kind == JOB and head.dates.start.season and _overlapping_degree(start, stop, degrees) is not None:
            kind, counted, why = INTERNSHIP, False, "summer work during a degree"
        relevant = has_words(head.title or head.organisation, titles["relevant_words"])
        if kind == JOB and head.section == "leadership" and not relevant:
            kind, counted, why = OTHER, False, "a leadership role outside work (a club, a society)"
        level = title_level(head.title, titles["levels"]) if head.title else None
        roles.append(Role(head.title, head.organisation, head.dates, kind, counted, why, relevant, level, head.section, head.line, head.page, head.head, start, stop))
    roles.sort(key=lambda r: (r.page, r.line))
    counted_roles = [r for r in roles if r.counted]
    return Experience(
        years=_merged_years(counted_roles),
        relevant_years=_merged_years([r for r in counted_roles if r.relevant]),
        internship_years=_merged_years([r for r in roles if r.kind == INTERNSHIP]),
        roles=tuple(roles),
        degrees=tuple(degrees),
        after_present=tuple(later),
    )


def _merged_years(roles: list[Role]) -> float:
    """Months covered by at least one role, so overlapping jobs are not counted twice."""
    spans = sorted((r.start_month, r.stop_month) for r in roles)
    months = 0.0
    current: tuple[float, float] | None = None  # (start, stop) of the run of overlapping roles so far
    for start, end in spans:
        if current is None or start > current[1]:
            if current is not None:
                months += current[1] - current[0]
            current = (start, end)
        else:
            current = (current[0], max(current[1], end))
    if current is not None:
        months += current[1] - current[0]
    return round(months / 12, 1)
