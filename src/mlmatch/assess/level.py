"""The apparent level, reasoned as a recruiter would: years of relevant work bound the level (no principal at
three years, no junior at twelve); within that bound titles read in context, lexicon coverage and scope
language vote, each as a signal with its evidence and weight."""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..experience import Experience
from ..levels import Level
from ..lexicon import Lexicon, TomlTable
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


NO_EVIDENCE = "nothing in it reads as a resume: no role, no dated work and no skill the lexicon knows; the level is a guess"


@dataclass(frozen=True)
class LevelBound:
    """The levels the years of relevant work allow."""

    low: Level
    high: Level
    detail: str


@dataclass(frozen=True)
class LevelEstimate:
    level: Level
    confidence: float
    scores: dict[Level, float]
    signals: tuple[LevelSignal, ...]
    bound: LevelBound | None = None
    reasons: tuple[str, ...] = ()  # the two or three strongest, in words


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


def title_signal(experience: Experience, config: TomlTable, weight: float) -> LevelSignal | None:
    """The most senior recent title, read in context: a lead with many years leads at staff scope."""
    penalty = config["title_recency_penalty"]
    roles = sorted((r for r in experience.roles if r.title_level is not None and r.relevant), key=lambda r: (r.stop_month, r.start_month), reverse=True)
    professional = [r for r in roles if r.counted] or roles
    if not professional:
        return None
    best, best_role, context = -1.0, professional[0], ""
    for rank, role in enumerate(professional):
        assert role.title_level is not None  # roles without a title level were left out above
        value, note = float(role.title_level), ""
        if role.title_level == Level.SENIOR and "lead" in role.title.lower() and experience.relevant_years >= config["lead_staff_years"]:
            value, note = float(Level.STAFF), f", a lead after {experience.relevant_years:g} years"
        value -= penalty * rank
        if value > best:
            best, best_role, context = value, role, note
    when = "current" if best_role.current else f"until {best_role.dates.end.year if best_role.dates.end else ''}"
    return LevelSignal("title", round(max(0.0, best), 2), weight, f"'{best_role.title}' ({when}) reads as {Level(min(4, max(0, round(best)))).id}{context}")


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


def scope_signal(segments: Segments, experience: Experience, signals: TomlTable, weight: float) -> LevelSignal:
    scope: dict[str, str] = signals["scope"]
    needed: dict[str, int] = signals["level"]["scope_needed"]
    counts: dict[Level, list[str]] = {level: [] for level in Level}
    role_lines = {line for role in experience.roles for line in role.head}  # titles are the title signal's
    for placed in segments.lines:
        if placed.section in ("education", "skills", "header", "references") or placed.line in role_lines:  # referees' titles are not the owner's scope
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


def years_bound(experience: Experience, config: TomlTable) -> LevelBound:
    """Years of relevant work (a doctorate counting for some) bound the level from above and below."""
    bounds = config["bounds"]
    years = experience.relevant_years
    doctorate = next((d for d in experience.degrees if d.level == "phd" and (not d.ongoing or d.stop - d.start >= 36)), None)
    credit = float(bounds["phd_years"]) if doctorate is not None else 0.0
    high = max((Level.parse(level) for at, level in bounds["highest"] if years + credit >= at), default=Level.JUNIOR)
    low = max((Level.parse(level) for at, level in bounds["lowest"] if years >= at), default=Level.JUNIOR)
    phd = f" and a doctorate counted as {credit:g} more" if credit else ""
    return LevelBound(low, max(low, high), f"{years:g} years of relevant work{phd} allow {low.id}" + (f" to {high.id}" if high > low else " only"))


def estimate_level(experience: Experience, segments: Segments, found: set[str], lexicon: Lexicon) -> LevelEstimate:
    config = lexicon.signals["level"]
    weights = config["weights"]
    candidates = [
        years_signal(experience, lexicon, weights["years"]),
        title_signal(experience, config, weights["title"]),
        coverage_signal(lexicon, found, config["coverage_well"], weights["coverage"]),
        scope_signal(segments, experience, lexicon.signals, weights["scope"]),
    ]
    signals = tuple(s for s in candidates if s is not None)
    bound = years_bound(experience, config)
    total = sum(s.weight for s in signals)
    # A signal beyond what the years allow votes for the nearest level they allow: a "Chief" title after
    # five years pushes to the top of the bound, not past it.
    clamped = [min(max(s.value, bound.low), bound.high) for s in signals]
    votes = {level: sum(s.weight * max(0.0, 1 - abs(value - level)) for s, value in zip(signals, clamped, strict=True)) / total for level in Level}
    allowed = [level for level in Level if bound.low <= level <= bound.high]
    level = max(allowed, key=lambda candidate: (votes[candidate], -candidate))
    if not found and not experience.roles:
        # Coverage and scope then vote only for what is absent: no evidence for any level.
        even = {candidate: round(1 / len(Level), 3) for candidate in Level}
        return LevelEstimate(level, even[level], even, signals, bound, (NO_EVIDENCE,))
    scores = _calibrated(votes, allowed, config)
    return LevelEstimate(level, scores[level], scores, signals, bound, _reasons(level, signals, bound, votes))


def _calibrated(votes: dict[Level, float], allowed: list[Level], config: TomlTable) -> dict[Level, float]:
    """Votes to probabilities: a softmax over the levels the years allow, with `confidence_outside_bound`
    of the mass kept for the levels outside (years can be misread, so no reading is certain);
    `confidence_temperature` was set on the labelled set so that a resume read at 0.8 is right about 8
    times in 10."""
    temperature = float(config["confidence_temperature"])
    outside = [level for level in Level if level not in allowed]
    spare = float(config["confidence_outside_bound"]) if outside else 0.0
    inside = {level: math.exp(votes[level] / temperature) for level in allowed}
    beyond = {level: math.exp(votes[level] / temperature) for level in outside}
    scores = {level: (1 - spare) * weight / sum(inside.values()) for level, weight in inside.items()}
    scores.update({level: spare * weight / sum(beyond.values()) for level, weight in beyond.items()})
    return {level: round(scores[level], 3) for level in Level}


def _reasons(level: Level, signals: tuple[LevelSignal, ...], bound: LevelBound, votes: dict[Level, float]) -> tuple[str, ...]:
    """The two or three strongest reasons for the level: the bound when it decided, then the signals that
    support the level most."""
    reasons = []
    unbounded = max(Level, key=lambda candidate: (votes[candidate], -candidate))
    if unbounded != level:
        reasons.append(f"{bound.detail}, so not {unbounded.id}")
    support = sorted(signals, key=lambda s: -s.weight * max(0.0, 1 - abs(s.value - level)))
    reasons += [f"{s.detail}" for s in support if abs(s.value - level) < 1][: 3 - len(reasons)]
    if not reasons:  # no signal reads near the level: it is where signals above and below meet
        nearest = sorted(signals, key=lambda s: abs(s.value - level))[:2]
        reasons.append("the signals disagree and meet here: " + "; ".join(f"{s.name} reads {_level_near(s.value).id} ({s.detail})" for s in nearest))
    return tuple(reasons)


def _level_near(value: float) -> Level:
    return Level(min(int(Level.PRINCIPAL), max(0, round(value))))
