"""Grade each bullet: does it state an outcome (a result tied to a quantity) or only an activity?"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .entries import Entry
from .phrases import find_phrases, lemma_tokens

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


@lru_cache(maxsize=4)
def _compiled(patterns: tuple[str, ...]) -> list[re.Pattern]:
    return [re.compile(p, re.IGNORECASE) for p in patterns]


def grade_bullet(text: str, signals: dict) -> tuple[str, tuple[str, ...], str]:
    config = signals["outcomes"]
    quantity_patterns = _compiled(tuple(config["quantity_patterns"]))
    change_patterns = _compiled(tuple(config["change_patterns"]))
    lemmas = lemma_tokens(text)
    results = find_phrases(lemmas, config["result_words"])
    duties = find_phrases(lemmas, config["duty_phrases"])
    quantities = [m.group().strip() for p in quantity_patterns for m in p.finditer(text)]
    change = next((m for p in change_patterns for m in [p.search(text)] if m), None)
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
    elif quantities:
        hint = hints["scale_only"]
        reasons.append("the numbers size the work but no result is named")
    else:
        hint = hints["no_result"]
        reasons.append("no result and no quantity")
    return ACTIVITY, tuple(reasons), hint


def grade_entries(entries: list[Entry], signals: dict) -> list[BulletVerdict]:
    verdicts = []
    for entry in entries:
        verdict, reasons, hint = grade_bullet(entry.text, signals)
        verdicts.append(BulletVerdict(entry.line, entry.page, entry.section, entry.text, verdict, reasons, hint, entry.kind))
    return verdicts


def outcome_ratio(verdicts: list[BulletVerdict]) -> float:
    return round(sum(v.verdict == OUTCOME for v in verdicts) / len(verdicts), 3) if verdicts else 0.0
