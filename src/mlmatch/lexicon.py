"""Load and validate the lexicon files (concepts, signals, ladder) into typed objects."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .errors import MlmatchError
from .levels import LEVEL_IDS, Level

SEED_IDS = ("000", "001", "002", "003", "004")


class LexiconError(MlmatchError):
    pass


@dataclass(frozen=True)
class Source:
    seed: str
    level: Level


@dataclass(frozen=True)
class ContextRule:
    """An ambiguous alias counts only when written in one of `case` forms and either sits in one of
    `sections` or has one of `words` (lemmas) within `window` tokens."""

    aliases: frozenset[str]
    case: frozenset[str]
    sections: frozenset[str]
    words: frozenset[str]
    window: int


@dataclass(frozen=True)
class Concept:
    id: str
    name: str
    level: Level
    category: str
    aliases: tuple[str, ...]
    sources: tuple[Source, ...] = ()
    context: ContextRule | None = None
    origin: str = ""

    @property
    def importance(self) -> int:
        """How many seed documents name it: the order in which missing concepts are listed."""
        return len(self.sources)


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one matcher per loaded lexicon
class Lexicon:
    concepts: dict[str, Concept]
    signals: dict = field(hash=False)
    ladder: dict[str, dict] = field(hash=False)

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


def _load_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise LexiconError(f"{path}: cannot be read: {error.strerror}") from None
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(f"{path}: not valid TOML: {error}") from None


def _concept(entry: dict, where: str) -> Concept:
    def need(key: str, kind: type):
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
    context = None
    if "context" in entry:
        rule = entry["context"]
        unknown = set(a.lower() for a in rule.get("aliases", [])) - set(aliases)
        if unknown:
            raise LexiconError(f"{where}: concept {concept_id!r}: context names aliases it does not have: {sorted(unknown)}")
        context = ContextRule(
            aliases=frozenset(a.lower() for a in rule.get("aliases", [])),
            case=frozenset(rule.get("case", [])),
            sections=frozenset(rule.get("sections", [])),
            words=frozenset(w.lower() for w in rule.get("words", [])),
            window=int(rule.get("window", 8)),
        )
    return Concept(concept_id, need("name", str), level, need("category", str), aliases, sources, context, entry.get("origin", ""))


def load_concepts(path: Path) -> list[Concept]:
    data = _load_toml(path)
    entries = data.get("concept")
    if not isinstance(entries, list):
        raise LexiconError(f"{path}: no [[concept]] entries")
    return [_concept(entry, str(path)) for entry in entries]


def validate(concepts: dict[str, Concept]) -> None:
    owner: dict[str, str] = {}
    for concept in concepts.values():
        for alias in concept.aliases:
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
