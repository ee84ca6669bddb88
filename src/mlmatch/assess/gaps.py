"""What a resume lacks for a target level: a short list, ranked by what resumes at that level show, each
item with the reason it is there. Alternatives count once (a resume with AWS is not told to add Azure),
and below the target only what that level still expects is listed: a principal is not told to add pandas."""

from __future__ import annotations

from dataclasses import dataclass

from ..levels import Level
from ..lexicon import Lexicon
from .coverage import Unit, coverage_by_level, units


@dataclass(frozen=True)
class Missing:
    id: str  # the concept's id, or the group's for alternatives
    name: str
    level: Level
    reason: str
    any_of: tuple[str, ...] = ()  # for a group: the concepts any one of which will do
    shown_by: tuple[str, ...] = ()  # parts the resume shows: it is there unnamed, to be named rather than added


@dataclass(frozen=True)
class TargetGap:
    level: Level
    coverage: float
    coverage_by_level: dict[Level, float]
    matched: tuple[str, ...]
    missing: tuple[Missing, ...]
    ignored: tuple[Missing, ...] = ()  # missing, but left out of the list as the config's ignore-concepts asks


def _reason(unit: Unit, level: Level) -> str:
    seeds = {s.seed for c in unit.concepts for s in c.sources}
    at = {s.level for c in unit.concepts for s in c.sources}
    said = f"{len(seeds)} of 5 career-path documents name it" + (f" at {', '.join(sorted(level.id for level in at))} level" if at else "")
    if unit.group:
        said += "; any one of these will do"
    return said


def _parts_shown(lexicon: Lexicon, unit: Unit, found: set[str]) -> list[str]:
    """The names of the parts the resume shows of the unit's one concept, when there are enough of them."""
    if unit.group:
        return []
    concept = unit.concepts[0]
    parts = [lexicon.concepts[part].name for part in concept.shown_by if part in found]
    return parts if concept.shown_by and len(parts) >= concept.shown_by_at_least else []


def _missing(lexicon: Lexicon, unit: Unit, level: Level, found: set[str]) -> Missing:
    parts = tuple(_parts_shown(lexicon, unit, found))
    reason = f"shown by {', '.join(parts)} but never named: name it" if parts else _reason(unit, level)
    return Missing(unit.id, unit.name, level, reason, tuple(c.id for c in unit.concepts) if unit.group else (), parts)


def ignored(concept: str, any_of: tuple[str, ...], ignore: tuple[str, ...]) -> bool:
    """A concept the config's ignore-concepts names; a group of alternatives when it, or every one of
    them, is named."""
    return concept in ignore or bool(any_of) and all(member in ignore for member in any_of)


def target_gap(lexicon: Lexicon, found: set[str], target: Level, ignore: tuple[str, ...] = ()) -> TargetGap:
    """Coverage of the target level and what to add, most important first. Concepts in `ignore` are left
    out of the list (which is still filled to its length from those after them) and kept in `ignored`;
    coverage still counts them: it measures the resume against the lexicon, not against the config."""
    config = lexicon.signals["gaps"]
    coverage = coverage_by_level(lexicon, found)
    # Below the target only the level just below is still expected to show; the basics are assumed.
    considered = [level for level in Level if target - int(config["levels_below"]) <= level <= target]
    candidates = [(level, unit) for level in considered for unit in units(lexicon, level)]
    missing_units = [(level, unit) for level, unit in candidates if not unit.covered_by(found)]
    # What the resume shows only by its parts (MLOps by a model registry and monitoring) comes after what
    # it lacks: it is to be named, not added.
    missing_units.sort(key=lambda item: (bool(_parts_shown(lexicon, item[1], found)), target - item[0], -item[1].importance, item[1].name.lower()))
    listed = [_missing(lexicon, unit, level, found) for level, unit in missing_units if unit.importance >= int(config["min_sources"]) or level == target]
    return TargetGap(
        level=target,
        coverage=coverage[target],
        coverage_by_level={level: share for level, share in coverage.items() if level <= target},
        matched=tuple(c.id for _, unit in candidates for c in unit.concepts if c.id in found),
        missing=tuple(m for m in listed if not ignored(m.id, m.any_of, ignore))[: int(config["max_missing"])],
        ignored=tuple(m for m in listed if ignored(m.id, m.any_of, ignore)),
    )
