"""A job posting: the concepts it asks for (required before preferred), the level it asks for, and the
share of them a resume has."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..experience import title_level
from ..levels import Level
from ..lexicon import Lexicon, TomlTable
from ..matching import Hit
from ..segment import HEADER, Segments

_OR = re.compile(r"\b(?:or|and/or)\b|/", re.IGNORECASE)


@dataclass(frozen=True)
class Requirement:
    concept: str
    name: str
    level: Level
    kind: str  # required | responsibilities | preferred | other
    weight: float
    line: int
    text: str
    alternatives: tuple[str, ...] = ()  # other concepts on the same line joined by "or": any one will do


@dataclass(frozen=True)
class Posting:
    path: str
    title: str
    level: Level | None
    level_reason: str
    requirements: tuple[Requirement, ...]


@dataclass(frozen=True)
class PostingMatch:
    posting: Posting
    match_rate: float
    matched: tuple[Requirement, ...]
    missing: tuple[Requirement, ...]


def posting_sections(signals: TomlTable) -> dict[str, list[str]]:
    config = signals["posting"]
    return {kind: config[kind] for kind in ("required", "preferred", "responsibilities")}


def read_posting(path: str, segments: Segments, hits: list[Hit], lexicon: Lexicon) -> Posting:
    config = lexicon.signals["posting"]
    header = [p.line.text for p in segments.lines if p.section == HEADER]
    title = header[0] if header else (segments.lines[0].line.text if segments.lines else "")
    level, reason = None, "no title level or years found"
    titled = title_level(title, lexicon.signals["titles"]["levels"])
    years = [int(m.group(1)) for p in segments.lines for m in re.finditer(config["years_pattern"], p.line.text, re.IGNORECASE)]
    if titled is not None:
        level, reason = titled, f"title '{title}'"
    if years:
        by_years = Level.JUNIOR
        for candidate in Level:
            if min(years) >= lexicon.ladder[candidate.id]["years"][0]:
                by_years = candidate
        if level is None or by_years > level:
            level, reason = by_years, (reason + f" and {min(years)}+ years" if titled is not None else f"asks for {min(years)}+ years")
    by_concept: dict[str, Requirement] = {}
    text_of = {p.line.number: p.line.text for p in segments.lines}
    for hit in hits:
        kind = hit.section if hit.section in config["weights"] else "other"
        weight = float(config["weights"][kind])
        known = by_concept.get(hit.concept)
        if known is None or weight > known.weight:
            concept = lexicon.concepts[hit.concept]
            by_concept[hit.concept] = Requirement(concept.id, concept.name, concept.level, kind, weight, hit.line, text_of.get(hit.line, ""))
    on_line: dict[int, list[str]] = {}
    for requirement in by_concept.values():
        on_line.setdefault(requirement.line, []).append(requirement.concept)
    ordered = []
    for requirement in sorted(by_concept.values(), key=lambda r: (-r.weight, r.line)):
        others = [c for c in on_line[requirement.line] if c != requirement.concept]
        if others and _OR.search(requirement.text):
            requirement = replace(requirement, alternatives=tuple(others))
        ordered.append(requirement)
    return Posting(path, title, level, reason, tuple(ordered))


def match_posting(posting: Posting, found: set[str]) -> PostingMatch:
    """A requirement met by one of its alternatives ("AWS or GCP") is neither matched nor missing."""
    matched = tuple(r for r in posting.requirements if r.concept in found)
    missing = tuple(r for r in posting.requirements if r.concept not in found and not found.intersection(r.alternatives))
    total = sum(r.weight for r in matched + missing)
    rate = round(sum(r.weight for r in matched) / total, 3) if total else 0.0
    return PostingMatch(posting, rate, matched, missing)
