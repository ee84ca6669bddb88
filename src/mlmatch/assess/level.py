"""The apparent level: independent signals, each a level value with its evidence, combined by weight."""

from __future__ import annotations

from dataclasses import dataclass

from ..experience import Experience
from ..levels import Level
from ..lexicon import Lexicon
from ..segment import Segments
from .coverage import coverage_by_level
from .phrases import find_phrases, lemma_tokens


@dataclass(frozen=True)
class LevelSignal:
    name: str  # years | title | coverage | scope
    value: float  # on the level scale: 0 junior ... 4 principal
    weight: float
    detail: str

    @property
    def level(self) -> Level:
        return Level(min(4, max(0, round(self.value))))


@dataclass(frozen=True)
class LevelEstimate:
    level: Level
    confidence: float
    scores: dict[Level, float]
    signals: tuple[LevelSignal, ...]


def years_signal(experience: Experience, lexicon: Lexicon, weight: float) -> LevelSignal | None:
    if not any(role.relevant and role.counted for role in experience.roles):
        return None
    years = experience.relevant_years
    value = 0.0
    for level in Level:
        start, end = lexicon.ladder[level.id]["years"]
        if years >= start:
            # Inside a band, move smoothly towards the next level.
            value = level + min(0.49, (years - start) / max(1, end - start) * 0.49)
    other = f"; {experience.other_years:g} more outside ML/software not counted" if experience.other_years else ""
    return LevelSignal("years", round(value, 2), weight, f"{years:g} years of ML/software experience (overlaps merged){other}")


def title_signal(experience: Experience, penalty: float, weight: float) -> LevelSignal | None:
    roles = sorted((r for r in experience.roles if r.title_level is not None and r.relevant), key=lambda r: (r.stop_month, r.start_month), reverse=True)
    professional = [r for r in roles if r.counted] or roles
    if not professional:
        return None
    best, best_role = -1.0, professional[0]
    for rank, role in enumerate(professional):
        value = role.title_level - penalty * rank
        if value > best:
            best, best_role = value, role
    when = "current" if best_role.current else f"until {best_role.dates.end.year if best_role.dates.end else ''}"
    return LevelSignal("title", round(max(0.0, best), 2), weight, f"'{best_role.title}' ({when}) reads as {best_role.title_level.id}")


def coverage_signal(lexicon: Lexicon, found: set[str], well: dict[str, float], weight: float) -> LevelSignal:
    coverage = coverage_by_level(lexicon, found)
    ratio = {level: min(1.0, coverage[level] / well[level.id]) for level in Level}
    value = 0.0
    best = None
    for level in Level:
        below = [ratio[lower] for lower in Level if lower < level]
        # Senior people stop listing the basics: the levels below need only be covered on average.
        below_ok = not below or sum(below) / len(below) >= 0.5
        if ratio[level] >= 1.0 and below_ok:
            best = level
    if best is not None:
        value = best + (0.5 * ratio[Level(best + 1)] if best < Level.PRINCIPAL else 0.0)
    else:
        value = max(0.0, ratio[Level.JUNIOR] - 0.5)
    shares = ", ".join(f"{level.id} {coverage[level]:.0%}" for level in Level)
    return LevelSignal("coverage", round(value, 2), weight, f"lexicon coverage: {shares}")


def scope_signal(segments: Segments, experience: Experience, signals: dict, weight: float) -> LevelSignal:
    scope: dict[str, str] = signals["scope"]
    needed: dict[str, int] = signals["level"]["scope_needed"]
    counts: dict[Level, list[str]] = {level: [] for level in Level}
    role_lines = {line for role in experience.roles for line in role.head}  # titles are the title signal's
    for placed in segments.lines:
        if placed.section in ("education", "skills", "header") or placed.line in role_lines:
            continue
        for phrase in find_phrases(lemma_tokens(placed.line.text), list(scope)):
            counts[Level.parse(scope[phrase])].append(phrase)
    value = float(signals["level"]["scope_none"])
    shown = []
    for level in (Level.SENIOR, Level.STAFF, Level.PRINCIPAL):
        phrases = counts[level]
        if len(phrases) >= needed[level.id]:
            value = float(level)
        elif phrases and value < level - 0.5:
            value = level - 0.5
        if phrases:
            shown.append(f"{level.id}: " + ", ".join(dict.fromkeys(phrases)))
    detail = "scope language — " + "; ".join(shown) if shown else "no leadership or scope language"
    return LevelSignal("scope", value, weight, detail)


def estimate_level(experience: Experience, segments: Segments, found: set[str], lexicon: Lexicon) -> LevelEstimate:
    config = lexicon.signals["level"]
    weights = config["weights"]
    candidates = [
        years_signal(experience, lexicon, weights["years"]),
        title_signal(experience, config["title_recency_penalty"], weights["title"]),
        coverage_signal(lexicon, found, config["coverage_well"], weights["coverage"]),
        scope_signal(segments, experience, lexicon.signals, weights["scope"]),
    ]
    signals = tuple(s for s in candidates if s is not None)
    total = sum(s.weight for s in signals)
    raw = {level: sum(s.weight * max(0.0, 1 - abs(s.value - level)) for s in signals) / total for level in Level}
    # A little mass on every level: four signals agreeing is strong evidence, never certainty.
    smoothed = {level: raw[level] + config["confidence_smoothing"] for level in Level}
    norm = sum(smoothed.values())
    scores = {level: round(smoothed[level] / norm, 3) for level in Level}
    level = max(Level, key=lambda l: (scores[l], -l))
    return LevelEstimate(level, scores[level], scores, signals)
