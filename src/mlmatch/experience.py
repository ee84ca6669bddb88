"""Roles with their title and date range, and years of experience with overlaps merged."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .levels import Level
from .segment import Segments

_MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_POINT = rf"(?:{_MONTH}\s*'?\d{{2,4}}|\d{{1,2}}\s*/\s*\d{{4}}|\d{{4}}\s*[-/.]\s*\d{{1,2}}(?!\d)|(?:19|20)\d{{2}})"
_NOW = r"(?:present|current|currently|now|today|ongoing|date)"
DATE_RANGE = re.compile(rf"(?P<start>{_POINT})\s*(?:–|—|-|−|to|until|till|through)\s*(?P<end>{_POINT}|{_NOW})", re.IGNORECASE)
_SINCE = re.compile(rf"\bsince\s+(?P<start>{_POINT})", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s*(?:\||—|–|·|•|,|\s-\s|\s:\s|\s@\s|\bat\b)\s*")


@dataclass(frozen=True)
class Role:
    title: str
    organisation: str
    start: date
    end: date
    current: bool
    intern: bool
    relevant: bool  # an ML, data or software role: counts towards ML experience
    title_level: Level | None
    line: int
    page: int

    @property
    def months(self) -> int:
        return max(1, (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1)


@dataclass(frozen=True)
class Experience:
    years: float  # ML, data and software roles, overlaps merged
    internship_years: float
    other_years: float  # jobs outside the field (a career changer's earlier work)
    roles: tuple[Role, ...]


def _point(text: str, is_end: bool) -> date | None:
    text = text.strip().lower().replace(" ", "")
    month_name = re.match(r"([a-z]+)\.?'?(\d{2,4})$", text)
    if month_name and month_name.group(1)[:3] in _MONTHS:
        year = int(month_name.group(2))
        year = year + 2000 if year < 100 and year < 50 else (year + 1900 if year < 100 else year)
        return date(year, _MONTHS[month_name.group(1)[:3]], 1)
    numeric = re.match(r"(\d{1,2})/(\d{4})$", text)
    if numeric and 1 <= int(numeric.group(1)) <= 12:
        return date(int(numeric.group(2)), int(numeric.group(1)), 1)
    iso = re.match(r"(\d{4})[-/.](\d{1,2})$", text)
    if iso and 1 <= int(iso.group(2)) <= 12:
        return date(int(iso.group(1)), int(iso.group(2)), 1)
    if re.fullmatch(r"(19|20)\d{2}", text):
        # A bare year says "some time that year": count from and to its middle.
        return date(int(text), 7 if not is_end else 6, 1)
    return None


def parse_range(text: str, as_of: date) -> tuple[date, date, bool, tuple[int, int]] | None:
    """(start, end, is_current, span) of the first date range in `text`."""
    match = DATE_RANGE.search(text)
    if match:
        start = _point(match.group("start"), False)
        end_text = match.group("end")
        current = re.fullmatch(_NOW, end_text.strip(), re.IGNORECASE) is not None
        end = as_of.replace(day=1) if current else _point(end_text, True)
        if start and end and start <= end <= as_of.replace(day=28) or (start and current):
            return start, max(start, end), current, match.span()
        return None
    match = _SINCE.search(text)
    if match:
        start = _point(match.group("start"), False)
        if start:
            return start, as_of.replace(day=1), True, match.span()
    return None


def title_level(title: str, levels: dict[str, str]) -> Level | None:
    lowered = " " + re.sub(r"[^\w+ ]", " ", title.lower()) + " "
    found = [Level.parse(level) for phrase, level in levels.items() if f" {phrase} " in lowered]
    if not found:
        return None
    if max(found) >= Level.SENIOR:
        return max(found)
    return Level.JUNIOR if Level.JUNIOR in found else max(found)


def _has_role_word(text: str, role_words: list[str]) -> bool:
    lowered = " " + re.sub(r"[^\w+ -]", " ", text.lower()) + " "
    return any(re.search(rf"\b{re.escape(word)}s?\b", lowered) for word in role_words)


def _parts(text: str) -> list[str]:
    text = re.sub(r"\s*\([^)]*\)?", "", text)  # "(remote)", "(contract)"
    return [p.strip() for p in _SEPARATORS.split(text) if p and p.strip()]


def _split_title(text: str, role_words: list[str]) -> tuple[str, str]:
    parts = _parts(text)
    titles = [p for p in parts if _has_role_word(p, role_words)]
    others = [p for p in parts if p not in titles]
    return (titles[0] if titles else ""), (others[0] if others else "")


def find_roles(segments: Segments, signals: dict, as_of: date) -> Experience:
    titles_cfg = signals["titles"]
    role_words, intern_words = titles_cfg["role_words"], titles_cfg["intern_words"]
    sections = set(signals["section_use"]["professional"]) | {"education"}
    placed = [p for p in segments.lines if p.section in sections]
    roles: list[Role] = []
    for index, item in enumerate(placed):
        if item.line.bullet:
            continue
        parsed = parse_range(item.line.text, as_of)
        if parsed is None:
            continue
        start, end, current, span = parsed
        rest = (item.line.text[: span[0]] + " " + item.line.text[span[1]:]).strip(" ,|–—-·")
        title, organisation = _split_title(rest, role_words)
        neighbours = [p for p in (placed[index - 1] if index else None, placed[index + 1] if index + 1 < len(placed) else None) if p and not p.line.bullet and p.section == item.section and parse_range(p.line.text, as_of) is None]
        for neighbour in neighbours:
            if not title and _has_role_word(neighbour.line.text, role_words):
                # The title sits on the next or previous line ("Company  Dates" / "Title  Place"); what
                # shares the date line is then the company, unless it is a list (a tech stack).
                title, other = _split_title(neighbour.line.text, role_words)
                if not organisation or len(_parts(rest)) >= 3:
                    organisation = other or organisation
            elif not organisation:
                organisation = _split_title(neighbour.line.text, role_words)[1] or neighbour.line.text
        parts = _parts(rest)
        if not title and len(parts) >= 2 and item.section != "education":
            title, organisation = parts[0], parts[1]  # "Barista, Delta Coffee": a job without a role word
        if not title and item.section == "education":
            continue
        if not title and not organisation:
            continue
        intern = item.section == "education" or _has_role_word(title, intern_words)
        relevant = _has_role_word(title, titles_cfg["relevant_words"])
        roles.append(Role(title, organisation, start, end, current, intern, relevant, title_level(title, titles_cfg["levels"]) if title else None, item.line.number, item.line.page))
    work = [r for r in roles if not r.intern]
    return Experience(
        years=_merged_years([r for r in work if r.relevant]),
        internship_years=_merged_years([r for r in roles if r.intern]),
        other_years=_merged_years([r for r in work if not r.relevant]),
        roles=tuple(roles),
    )


def _merged_years(roles: list[Role]) -> float:
    """Months covered by at least one role, so overlapping jobs are not counted twice."""
    spans = sorted((r.start.year * 12 + r.start.month, r.end.year * 12 + r.end.month + 1) for r in roles)
    months, current_start, current_end = 0, None, None
    for start, end in spans:
        if current_end is None or start > current_end:
            if current_end is not None:
                months += current_end - current_start
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    if current_end is not None:
        months += current_end - current_start
    return round(months / 12, 1)
