"""The finding rules, as data: each code (MM101) with its name, default severity and what it means, and a
Finding, one rule's hit on one file. findings.py computes findings from a Report; the lint, github and
sarif renderers print them; config and suppression comments name their codes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class Severity(IntEnum):
    NOTE = 0
    WARNING = 1
    ERROR = 2

    @property
    def id(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"must be one of {', '.join(s.id for s in cls)}, not {value!r}") from None


@dataclass(frozen=True)
class Rule:
    code: str
    name: str  # a short slug, SARIF's rule name
    severity: Severity  # the default; config's [severity] table can change it
    summary: str  # one line: what it means and what to do


RULES: tuple[Rule, ...] = (
    Rule("MM001", "unused-suppression", Severity.NOTE, "a `mlmatch: ignore` comment that silenced nothing: remove it"),
    Rule("MM101", "no-outcome", Severity.WARNING, "a bullet names no result and no quantity: say what changed, and by how much"),
    Rule("MM102", "duty-phrasing", Severity.WARNING, 'a bullet lists a duty ("responsible for", "worked on") instead of what came of it'),
    Rule("MM103", "scale-without-result", Severity.WARNING, 'a bullet\'s numbers size the work ("10M images") but name no result'),
    Rule("MM104", "result-without-quantity", Severity.WARNING, 'a bullet names a result ("improved") without a quantity'),
    Rule("MM201", "missing-target-concept", Severity.NOTE, "a concept resumes at the --target level show and this one does not (one finding per concept, most important first)"),
    Rule("MM202", "missing-required-concept", Severity.WARNING, "a concept the --jd posting requires (or lists among the responsibilities) that the resume does not show"),
    Rule("MM203", "missing-preferred-concept", Severity.NOTE, "a concept the --jd posting prefers that the resume does not show"),
    Rule("MM204", "posting-without-concepts", Severity.WARNING, "the --jd posting names no skill or concept mlmatch knows: there is nothing to match (a --min-match-rate is then refused, exit 2)"),
    Rule("MM301", "below-target", Severity.WARNING, "the resume reads below the --target level"),
    Rule("MM302", "below-min-level", Severity.ERROR, "the resume reads below --min-level"),
    Rule("MM303", "below-min-coverage", Severity.ERROR, "coverage of --target is below --min-coverage"),
    Rule("MM304", "below-min-outcome-ratio", Severity.ERROR, "fewer bullets state outcomes than --min-outcome-ratio asks"),
    Rule("MM305", "below-min-match-rate", Severity.ERROR, "the match rate against --jd is below --min-match-rate"),
    Rule("MM306", "below-posting-level", Severity.WARNING, "the resume reads below the level the --jd posting asks for"),
    Rule("MM900", "read-warning", Severity.WARNING, "any other warning from reading the file"),
    Rule("MM901", "unplaced-text", Severity.WARNING, "some characters of a PDF page landed in no line, or in two: the text read may be incomplete"),
    Rule(
        "MM902",
        "stale-present",
        Severity.WARNING,  # a note when 'Present' is today (findings.py)
        "'Present' is read as a date long after the newest date the resume writes: give --as-of, or a 'Last updated' line (a note when 'Present' is today, for want of any other date)",
    ),
    Rule("MM903", "garbled-text", Severity.WARNING, "part of a PDF's text could not be decoded (fonts without a Unicode mapping)"),
    Rule("MM904", "not-all-read", Severity.WARNING, "the file is longer than --max-pages: only its beginning was read"),
    Rule("MM905", "encoding", Severity.WARNING, "the text's encoding was guessed, or bytes were dropped or replaced: save it as UTF-8"),
    Rule("MM906", "not-a-resume", Severity.WARNING, "nothing in the file reads as a resume (no role, dated work or known skill): the level is a guess"),
)
RULE_BY_CODE = {rule.code: rule for rule in RULES}
THRESHOLD_CODES = {"min-level": "MM302", "min-coverage": "MM303", "min-outcome-ratio": "MM304", "min-match-rate": "MM305"}


@dataclass(frozen=True)
class Finding:
    file: str
    code: str
    severity: Severity
    message: str
    line: int | None = None  # counted across pages; None: about the whole file
    column: int = 1
    page: int = 1
    page_line: int | None = None  # the line within its page, as --show-text numbers it
    subject: str = ""  # what it is about (a bullet's text, a concept id): what config `allow` entries match

    @property
    def rule(self) -> Rule:
        return RULE_BY_CODE[self.code]
