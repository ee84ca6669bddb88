"""Coverage of a target level and the concepts missing for it, most important first."""

from __future__ import annotations

from dataclasses import dataclass

from ..levels import Level
from ..lexicon import Concept, Lexicon
from .coverage import coverage_by_level, scored_concepts


@dataclass(frozen=True)
class TargetGap:
    level: Level
    coverage: float
    coverage_by_level: dict[Level, float]
    matched: tuple[str, ...]
    missing: tuple[Concept, ...]


def target_gap(lexicon: Lexicon, found: set[str], target: Level) -> TargetGap:
    concepts = [c for level in Level if level <= target for c in scored_concepts(lexicon, level)]
    missing = sorted((c for c in concepts if c.id not in found), key=lambda c: (target - c.level, -c.importance, c.name.lower()))
    coverage = coverage_by_level(lexicon, found)
    return TargetGap(
        level=target,
        coverage=coverage[target],
        coverage_by_level={level: share for level, share in coverage.items() if level <= target},
        matched=tuple(c.id for c in concepts if c.id in found),
        missing=tuple(missing),
    )
