"""Grade each bullet: does it state an outcome (a result tied to a quantity) or only an activity?"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .entries import Entry
from .phrases import find_phrases, lemma_tokens

if TYPE_CHECKING:
    from ..lexicon import TomlTable

OUTCOME, ACTIVITY = "outcome", "activity"


@dataclass(frozen=True)
class BulletVerdict:
    line: int
    page: int
    section: str
    text: str
    verdict: str
    reasons: tuple[str, ...]
    hint: str = ""
    kind: str = "bullet"  # bullet | sentence (of an entry written as prose)

    @property
    def is_activity(self) -> bool:
        """The bullet lists an activity or a duty: it states no outcome."""
        return self.verdict == ACTIVITY


@lru_cache(maxsize=16)
def _compiled(patterns: tuple[str, ...], number_words: tuple[str, ...]) -> list[re.Pattern[str]]:
    """The patterns with `{number}` standing for a number in digits or in words."""
    words = "|".join(re.escape(w) for w in sorted(number_words, key=len, reverse=True))
    number = rf"(?:\d[\d.,]*[kmb%x×]?|(?:{words})\b)"
    return [re.compile(p.replace("{number}", number), re.IGNORECASE) for p in patterns]


def grade_bullet(text: str, signals: TomlTable) -> tuple[str, tuple[str, ...], str]:
    config = signals["outcomes"]
    numbers = tuple(config["number_words"])
    quantity_patterns = _compiled(tuple(config["quantity_patterns"]), numbers)
    change_patterns = _compiled(tuple(config["change_patterns"]), numbers)
    achievement_patterns = _compiled(tuple(config["achievement_patterns"]), numbers)
    lemmas = lemma_tokens(text)
    results = find_phrases(_without(lemmas, config["not_results"]), config["result_words"])
    duties = find_phrases(lemmas, config["duty_phrases"])
    quantities = [m.group().strip() for p in quantity_patterns for m in p.finditer(text)]
    not_changes = [m.span() for p in _compiled(tuple(config["not_changes"]), numbers) for m in p.finditer(text)]
    change = next((m for p in change_patterns + achievement_patterns for m in p.finditer(text) if not any(a < m.end() and m.start() < b for a, b in not_changes)), None)
    reasons: list[str] = []
    if change:
        reasons.append(f"states a change: '{change.group().strip(' .,;')}'")
    if results:
        reasons.append("result words: " + ", ".join(results[:3]))
    if quantities:
        reasons.append("quantities: " + ", ".join(dict.fromkeys(quantities[:3])))
    if duties:
        reasons.append("duty phrasing: " + ", ".join(duties[:2]))
    if change or (results and quantities):
        return OUTCOME, tuple(reasons), ""
    hints = config["hints"]
    if duties:
        hint = hints["duty"]
    elif results and not quantities:
        hint = hints["no_quantity"]
    elif quantities or _count(text, numbers):  # "Mentored 3 engineers": a count sizes the work too
        hint = hints["scale_only"]
        reasons.append("the numbers size the work but no result is named")
    else:
        hint = hints["no_result"]
        reasons.append("no result and no quantity")
    return ACTIVITY, tuple(reasons), hint


def _count(text: str, number_words: tuple[str, ...]) -> bool:
    """A number in digits or words that is not a year ("3 engineers", "two papers")."""
    (pattern,) = _compiled((r"(?<![\w.]){number}(?![\w.])",), number_words)
    return any(not re.fullmatch(r"(?:19|20)\d\d", m.group().rstrip(".,")) for m in pattern.finditer(text))


def _without(lemmas: tuple[str, ...], phrases: list[str]) -> tuple[str, ...]:
    """The lemmas with method names that only look like results ("gradient boosting") taken out."""
    kept = list(lemmas)
    for phrase in phrases:
        words = tuple(lemma_tokens(phrase))
        n = len(words)
        for i in range(len(kept) - n + 1):
            if tuple(kept[i : i + n]) == words:
                kept[i : i + n] = [""] * n
    return tuple(kept)


def grade_entries(entries: list[Entry], signals: TomlTable) -> list[BulletVerdict]:
    verdicts = []
    for entry in entries:
        verdict, reasons, hint = grade_bullet(entry.text, signals)
        verdicts.append(BulletVerdict(entry.line, entry.page, entry.section, entry.text, verdict, reasons, hint, entry.kind))
    return verdicts


def outcome_ratio(verdicts: list[BulletVerdict]) -> float:
    return round(sum(v.verdict == OUTCOME for v in verdicts) / len(verdicts), 3) if verdicts else 0.0
