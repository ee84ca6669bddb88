"""Findings: what a linter says about a resume, computed from its Report. Each has a code (MM101), a
severity and a place (a line, or the whole file). The lint, github and sarif formats print them; the exit
code compares them with --fail-on. Renderers only format them.

A PDF's line numbers start again on each page; a finding counts them across pages, so that
`path:line:col` stays one number any editor or CI can jump to, and keeps the page and the line within
it for the message."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

from .thresholds import Thresholds, shortfalls

if TYPE_CHECKING:
    from .report import Report


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
    Rule("MM102", "duty-phrasing", Severity.WARNING, "a bullet lists a duty (\"responsible for\", \"worked on\") instead of what came of it"),
    Rule("MM103", "scale-without-result", Severity.WARNING, "a bullet's numbers size the work (\"10M images\") but name no result"),
    Rule("MM104", "result-without-quantity", Severity.WARNING, "a bullet names a result (\"improved\") without a quantity"),
    Rule("MM201", "missing-target-concept", Severity.NOTE, "a concept resumes at the --target level show and this one does not (one finding per concept, most important first)"),
    Rule("MM202", "missing-required-concept", Severity.WARNING, "a concept the --jd posting requires (or lists among the responsibilities) that the resume does not show"),
    Rule("MM203", "missing-preferred-concept", Severity.NOTE, "a concept the --jd posting prefers that the resume does not show"),
    Rule("MM301", "below-target", Severity.WARNING, "the resume reads below the --target level"),
    Rule("MM302", "below-min-level", Severity.ERROR, "the resume reads below --min-level"),
    Rule("MM303", "below-min-coverage", Severity.ERROR, "coverage of --target is below --min-coverage"),
    Rule("MM304", "below-min-outcome-ratio", Severity.ERROR, "fewer bullets state outcomes than --min-outcome-ratio asks"),
    Rule("MM305", "below-min-match-rate", Severity.ERROR, "the match rate against --jd is below --min-match-rate"),
    Rule("MM306", "below-posting-level", Severity.WARNING, "the resume reads below the level the --jd posting asks for"),
    Rule("MM900", "read-warning", Severity.WARNING, "any other warning from reading the file"),
    Rule("MM901", "unplaced-text", Severity.WARNING, "some characters of a PDF page landed in no line, or in two: the text read may be incomplete"),
    Rule("MM902", "stale-present", Severity.WARNING, "'Present' is read as a date long after the newest date the resume writes: give --as-of, or a 'Last updated' line"),
    Rule("MM903", "garbled-text", Severity.WARNING, "part of a PDF's text could not be decoded (fonts without a Unicode mapping)"),
    Rule("MM904", "not-all-read", Severity.WARNING, "the file is longer than --max-pages: only its beginning was read"),
    Rule("MM905", "encoding", Severity.WARNING, "the text's encoding was guessed, or bytes were dropped or replaced: save it as UTF-8"),
)
RULE_BY_CODE = {rule.code: rule for rule in RULES}
THRESHOLD_CODES = {"min-level": "MM302", "min-coverage": "MM303", "min-outcome-ratio": "MM304", "min-match-rate": "MM305"}

# Reader warnings by what they say; anything else is MM900. tests/test_findings.py reads a real file for each.
_WARNING_CODES = (
    ("MM901", ("the text read may be incomplete",)),
    ("MM903", ("could not be decoded",)),
    ("MM904", ("--max-pages",)),
    ("MM905", ("not UTF-8", "NUL byte", "not valid UTF-8", "without a byte-order mark")),
)


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


def line_across_pages(report: Report, page: int, line: int) -> int:
    """A line's number counted from the top of the first page (pages before it add their lines)."""
    return sum(report.page_lines[: max(0, page - 1)]) + line


def _at(report: Report, code: str, message: str, page: int, line: int, subject: str) -> Finding:
    across = line_across_pages(report, page, line)
    where = f" (page {page}, line {line})" if report.pages > 1 else ""
    return Finding(report.file, code, RULE_BY_CODE[code].severity, message + where, across, 1, page, line, subject)


def _whole(report: Report, code: str, message: str, subject: str = "") -> Finding:
    return Finding(report.file, code, RULE_BY_CODE[code].severity, message, subject=subject)


_BULLET_SAYS = {"MM101": "states no outcome", "MM102": "states a duty, not an outcome", "MM103": "sizes the work but states no result", "MM104": "states a result without a quantity"}


def _bullet_code(reasons: tuple[str, ...]) -> str:
    """Which way a bullet misses its outcome, from the grader's reasons (MM101 when none says more)."""
    if any(reason.startswith("duty phrasing") for reason in reasons):
        return "MM102"
    if any(reason.startswith("the numbers size the work") for reason in reasons):
        return "MM103"
    if any(reason.startswith("result words") for reason in reasons) and not any(reason.startswith("quantities") for reason in reasons):
        return "MM104"
    return "MM101"


def _warning_code(warning: str) -> str:
    return next((code for code, phrases in _WARNING_CODES if any(phrase in warning for phrase in phrases)), "MM900")


def findings_of(report: Report, thresholds: Thresholds | None = None) -> list[Finding]:
    """Every finding on one report, at its default severity, in the order of the rules."""
    from .assess.outcomes import ACTIVITY

    thresholds = thresholds or Thresholds()
    found: list[Finding] = []
    for bullet in report.bullets:
        if bullet.verdict == ACTIVITY:
            code = _bullet_code(bullet.reasons)
            what = "sentence" if bullet.kind == "sentence" else "bullet"
            why = "; ".join(bullet.reasons)
            found.append(_at(report, code, f"{what} {_BULLET_SAYS[code]} ({why}): {bullet.hint}", bullet.page, bullet.line, bullet.text))
    if report.target is not None:
        gap = report.target
        for missing in gap.missing:
            found.append(_whole(report, "MM201", f"missing {missing.level.id} concept: {missing.id} ({missing.name}; {missing.reason})", missing.id))
        if report.apparent.level < gap.level:
            found.append(_whole(report, "MM301", f"reads as {report.apparent.level.id}, below the target {gap.level.id}"))
    if report.jd is not None:
        posting = report.jd.posting
        for requirement in report.jd.missing:
            code = "MM202" if requirement.kind in ("required", "responsibilities") else "MM203"
            found.append(_whole(report, code, f"missing {requirement.kind} concept of {posting.path}: {requirement.concept} ({requirement.name}; asked on its line {requirement.line})", requirement.concept))
        if posting.level is not None and report.apparent.level < posting.level:
            found.append(_whole(report, "MM306", f"reads as {report.apparent.level.id}, below the {posting.level.id} that {posting.path} asks for ({posting.level_reason})"))
    for shortfall in shortfalls(report, thresholds):
        found.append(_whole(report, THRESHOLD_CODES[shortfall.option], f"{shortfall.reason} (--{shortfall.option})"))
    for warning in report.warnings:
        code = "MM902" if warning == report.as_of.warning else _warning_code(warning)
        found.append(_whole(report, code, warning))
    order = {rule.code: index for index, rule in enumerate(RULES)}
    return sorted(found, key=lambda f: (f.line or 0, order[f.code]))
