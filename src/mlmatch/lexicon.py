"""Load and validate the lexicon files (concepts, signals, ladder) into typed objects."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeAlias

from .errors import MlmatchError
from .levels import LEVEL_IDS, Level

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

SEED_IDS = ("000", "001", "002", "003", "004")

# A TOML table as tomllib reads it: signals.toml and ladder.toml, and the parts of them each stage takes.
# They are data whose keys the code names where it reads them (tests/test_lexicon.py loads the shipped ones).
TomlTable: TypeAlias = dict[str, Any]


class LexiconError(MlmatchError):
    pass


@dataclass(frozen=True)
class Source:
    seed: str
    level: Level


@dataclass(frozen=True)
class ContextRule:
    """When an ambiguous alias counts. It must be written in one of `case` forms (if any); it never counts
    with one of `not_words` (lemmas) within `window` tokens, with `not_before`/`not_after` right beside it,
    in `not_sections`, or, when `name_like`, as part of a proper noun ("Ray Patel", "Spark Capital", "Java
    Sea"); and when `sections` or `words` are given it needs one of them: to stand in such a section or have
    such a word near."""

    aliases: frozenset[str]
    case: frozenset[str] = frozenset()
    sections: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    window: int = 8
    not_words: frozenset[str] = frozenset()
    not_sections: frozenset[str] = frozenset()
    name_like: bool = False
    not_before: frozenset[str] = frozenset()  # lemmas right before the alias ("was mentored", "my mentor")
    not_after: frozenset[str] = frozenset()  # lemmas right after it ("mentored by", "Mentor: Ana")

    @property
    def needs_evidence(self) -> bool:
        return bool(self.sections or self.words)


@dataclass(frozen=True)
class Implied:
    """A tool whose use implies the concept (vLLM -> model serving), and why; `also` the concepts it shows
    besides (EKS is Kubernetes on AWS)."""

    aliases: tuple[str, ...]
    why: str
    also: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pattern:
    """Lemmas that, within `window` tokens in this order, say the concept in other words ("deployed the
    churn model" -> model deployment)."""

    lemmas: tuple[str, ...]
    window: int
    why: str


@dataclass(frozen=True)
class Concept:
    id: str
    name: str
    level: Level
    category: str
    aliases: tuple[str, ...]
    sources: tuple[Source, ...] = ()
    rules: tuple[ContextRule, ...] = ()
    origin: str = ""
    implied: tuple[Implied, ...] = ()
    patterns: tuple[Pattern, ...] = ()
    group: str = ""  # concepts in one group are alternatives: one cloud, one deep-learning framework
    implies: tuple[str, ...] = ()  # concepts whoever shows this one shows too (SageMaker -> AWS)
    shown_by: tuple[str, ...] = ()  # its parts: a resume with `shown_by_at_least` of them shows it unnamed (MLOps)
    shown_by_at_least: int = 2

    @property
    def importance(self) -> int:
        """How many seed documents name it: the order in which missing concepts are listed."""
        return len(self.sources)

    def rule_for(self, alias: str) -> ContextRule | None:
        return next((rule for rule in self.rules if alias in rule.aliases), None)

    @property
    def all_aliases(self) -> tuple[str, ...]:
        return self.aliases + tuple(a for implied in self.implied for a in implied.aliases)


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one matcher per loaded lexicon
class Lexicon:
    concepts: dict[str, Concept]
    signals: TomlTable = field(hash=False)
    ladder: dict[str, TomlTable] = field(hash=False)

    def at_level(self, level: Level) -> list[Concept]:
        return [c for c in self.concepts.values() if c.level == level]


def shipped_dir() -> Path:
    """The lexicon inside the installed package, or the repository's when running from a checkout."""
    packaged = resources.files("mlmatch") / "lexicon"
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / "lexicon"
    if checkout.is_dir():
        return checkout
    raise LexiconError("the shipped lexicon is missing from this installation")


def _load_toml(path: Path) -> TomlTable:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise LexiconError(f"{path}: cannot be read: {error.strerror}") from None
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(f"{path}: not valid TOML: {error}") from None


def _concept(entry: TomlTable, where: str) -> Concept:
    def need(key: str, kind: type) -> Any:
        value = entry.get(key)
        if not isinstance(value, kind) or not value:
            raise LexiconError(f"{where}: concept {entry.get('id', '?')!r}: '{key}' is missing or not a {kind.__name__}")
        return value

    concept_id = need("id", str)
    try:
        level = Level.parse(need("level", str))
        sources = tuple(Source(str(s["seed"]), Level.parse(s["level"])) for s in entry.get("sources", []))
    except (ValueError, KeyError, TypeError) as error:
        raise LexiconError(f"{where}: concept {concept_id!r}: {error}") from None
    for source in sources:
        if source.seed not in SEED_IDS:
            raise LexiconError(f"{where}: concept {concept_id!r}: source seed {source.seed!r} is not one of {', '.join(SEED_IDS)}")
    aliases = tuple(dict.fromkeys(a.strip().lower() for a in need("aliases", list) if a.strip()))
    try:
        implied = tuple(Implied(tuple(a.strip().lower() for a in item["aliases"]), str(item["why"]), tuple(str(i) for i in item.get("also", []))) for item in entry.get("implied", []))
        patterns = tuple(Pattern(tuple(w.lower() for w in item["lemmas"]), int(item.get("window", 4)), str(item["why"])) for item in entry.get("patterns", []))
    except (KeyError, TypeError, ValueError) as error:
        raise LexiconError(f"{where}: concept {concept_id!r}: an implied tool or pattern lacks {error}") from None
    known = set(aliases) | {a for item in implied for a in item.aliases}
    raw_rules = entry.get("context", [])
    rules = []
    for rule in [raw_rules] if isinstance(raw_rules, dict) else raw_rules:
        unknown = {a.lower() for a in rule.get("aliases", [])} - known
        if unknown:
            raise LexiconError(f"{where}: concept {concept_id!r}: context names aliases it does not have: {sorted(unknown)}")
        extra = set(rule) - {"aliases", "case", "sections", "words", "window", "not_words", "not_sections", "name_like", "not_before", "not_after"}
        if extra:
            raise LexiconError(f"{where}: concept {concept_id!r}: unknown context keys {sorted(extra)}")
        rules.append(
            ContextRule(
                aliases=frozenset(a.lower() for a in rule.get("aliases", [])),
                case=frozenset(rule.get("case", [])),
                sections=frozenset(rule.get("sections", [])),
                words=frozenset(w.lower() for w in rule.get("words", [])),
                window=int(rule.get("window", 8)),
                not_words=frozenset(w.lower() for w in rule.get("not_words", [])),
                not_sections=frozenset(rule.get("not_sections", [])),
                name_like=bool(rule.get("name_like", False)),
                not_before=frozenset(w.lower() for w in rule.get("not_before", [])),
                not_after=frozenset(w.lower() for w in rule.get("not_after", [])),
            )
        )
    implies = tuple(str(i) for i in entry.get("implies", []))
    shown_by = tuple(str(i) for i in entry.get("shown_by", []))
    at_least = int(entry.get("shown_by_at_least", 2))
    group = str(entry.get("group", ""))
    return Concept(concept_id, need("name", str), level, need("category", str), aliases, sources, tuple(rules), entry.get("origin", ""), implied, patterns, group, implies, shown_by, at_least)


def load_concepts(path: Path) -> list[Concept]:
    data = _load_toml(path)
    entries = data.get("concept")
    if not isinstance(entries, list):
        raise LexiconError(f"{path}: no [[concept]] entries")
    return [_concept(entry, str(path)) for entry in entries]


def validate(concepts: dict[str, Concept]) -> None:
    for concept in concepts.values():
        unknown = [i for i in concept.implies + tuple(a for item in concept.implied for a in item.also) if i not in concepts]
        if unknown:
            raise LexiconError(f"concept {concept.id!r} implies concepts that do not exist: {unknown}")
        unknown = [i for i in concept.shown_by if i not in concepts]
        if unknown or (concept.shown_by and not 1 <= concept.shown_by_at_least <= len(concept.shown_by)):
            raise LexiconError(f"concept {concept.id!r}: shown_by names concepts that do not exist, or asks for more of them than it lists: {concept.shown_by}")
    owner: dict[str, str] = {}
    for concept in concepts.values():
        for alias in concept.all_aliases:
            if alias in owner and owner[alias] != concept.id:
                raise LexiconError(f"alias {alias!r} is claimed by both {owner[alias]!r} and {concept.id!r}")
            owner[alias] = concept.id


@lru_cache(maxsize=8)
def load_lexicon(extra: tuple[str, ...] = ()) -> Lexicon:
    """The shipped lexicon, with concepts from `extra` files added or replacing those with the same id."""
    base = shipped_dir()
    concepts: dict[str, Concept] = {}
    for concept in load_concepts(base / "concepts.toml"):
        if concept.id in concepts:
            raise LexiconError(f"{base / 'concepts.toml'}: concept id {concept.id!r} appears twice")
        concepts[concept.id] = concept
    validate(concepts)
    for path in extra:
        for concept in load_concepts(Path(path)):
            concepts[concept.id] = concept
        try:
            validate(concepts)
        except LexiconError as error:
            raise LexiconError(f"{path}: {error}") from None
    signals = _load_toml(base / "signals.toml")
    ladder = {entry["id"]: entry for entry in _load_toml(base / "ladder.toml")["level"]}
    missing = set(LEVEL_IDS) - set(ladder)
    if missing:
        raise LexiconError(f"ladder.toml: levels missing: {sorted(missing)}")
    return Lexicon(concepts, signals, ladder)
