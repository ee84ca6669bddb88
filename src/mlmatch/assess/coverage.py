"""Which concepts of each level a resume shows. Concepts that are alternatives (one cloud, one deep-learning
framework) count as one: a resume that uses AWS covers the cloud, whatever Azure's share of the lexicon."""

from __future__ import annotations

from dataclasses import dataclass

from ..levels import Level
from ..lexicon import Concept, Lexicon


@dataclass(frozen=True)
class Unit:
    """One thing a level asks for: a concept, or a group of alternatives any one of which will do."""

    concepts: tuple[Concept, ...]
    group: str = ""

    @property
    def id(self) -> str:
        return self.group or self.concepts[0].id

    @property
    def name(self) -> str:
        if not self.group:
            return self.concepts[0].name
        return "one of " + ", ".join(c.name for c in self.concepts)

    @property
    def importance(self) -> int:
        """How many seed documents name it (for a group, its best-named member)."""
        return max(c.importance for c in self.concepts)

    def covered_by(self, found: set[str]) -> bool:
        return any(c.id in found for c in self.concepts)


def scored_concepts(lexicon: Lexicon, level: Level) -> list[Concept]:
    """The concepts that define a level: certifications and concepts no seed names are extras."""
    return [c for c in lexicon.at_level(level) if c.category != "certification" and c.sources]


def units(lexicon: Lexicon, level: Level) -> list[Unit]:
    """A level's concepts, alternatives gathered into one unit."""
    result: list[Unit] = []
    groups: dict[str, list[Concept]] = {}
    for concept in scored_concepts(lexicon, level):
        if concept.group:
            groups.setdefault(concept.group, []).append(concept)
        else:
            result.append(Unit((concept,)))
    result += [Unit(tuple(members), group) for group, members in groups.items()]
    return result


def coverage_by_level(lexicon: Lexicon, found: set[str]) -> dict[Level, float]:
    result = {}
    for level in Level:
        level_units = units(lexicon, level)
        result[level] = round(sum(u.covered_by(found) for u in level_units) / len(level_units), 3) if level_units else 0.0
    return result
