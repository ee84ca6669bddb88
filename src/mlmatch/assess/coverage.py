"""Which concepts of each level a resume names."""

from __future__ import annotations

from ..levels import Level
from ..lexicon import Concept, Lexicon


def scored_concepts(lexicon: Lexicon, level: Level) -> list[Concept]:
    """The concepts that define a level: certifications and concepts no seed names are extras."""
    return [c for c in lexicon.at_level(level) if c.category != "certification" and c.sources]


def coverage_by_level(lexicon: Lexicon, found: set[str]) -> dict[Level, float]:
    result = {}
    for level in Level:
        concepts = scored_concepts(lexicon, level)
        result[level] = round(sum(c.id in found for c in concepts) / len(concepts), 3) if concepts else 0.0
    return result
