"""Findings: what a linter says about a resume, computed from its Report. Each is one of the rules in
rules.py (a code such as MM101, a severity) at a place (a line, or the whole file). The lint, github and sarif formats print them; the exit
code compares them with --fail-on. Renderers only format them.

A PDF's line numbers start again on each page; a finding counts them across pages, so that
`path:line:col` stays one number any editor or CI can jump to, and keeps the page and the line within
it for the message."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .rules import RULE_BY_CODE, RULES, THRESHOLD_CODES, Finding, Severity
from .thresholds import Thresholds, shortfalls

if TYPE_CHECKING:
    from .report import Report


# Reader warnings by what they say; anything else is MM900. tests/test_findings.py reads a real file for each.
_WARNING_CODES = (
    ("MM204", ("names no skill or concept mlmatch knows",)),
    ("MM901", ("the text read may be incomplete",)),
    ("MM903", ("could not be decoded",)),
    ("MM904", ("--max-pages",)),
    ("MM905", ("not UTF-8", "NUL byte", "not valid UTF-8", "without a byte-order mark")),
    ("MM906", ("nothing in it reads as a resume",)),
)


def line_across_pages(report: Report, page: int, line: int) -> int:
    """A line's number counted from the top of the first page (pages before it add their lines)."""
    return sum(report.page_lines[: max(0, page - 1)]) + line


def _at(report: Report, code: str, message: str, page: int, line: int, subject: str) -> Finding:
    across = line_across_pages(report, page, line)
    where = f" (page {page}, line {line})" if report.pages > 1 else ""
    return Finding(report.file, code, RULE_BY_CODE[code].severity, message + where, across, 1, page, line, subject)


def _whole(report: Report, code: str, message: str, subject: str = "", severity: Severity | None = None) -> Finding:
    return Finding(report.file, code, RULE_BY_CODE[code].severity if severity is None else severity, message, subject=subject)


# "Present" read as today, with no date in the text or the file: the usual case for a resume being edited in
# a repository, where a long current job makes every written date old. Worth a note, not a failed commit;
# a date the file itself records (PDF, DOCX) that far after the text is still a warning.
_PRESENT_IS_TODAY = "today"


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
    thresholds = thresholds or Thresholds()
    found: list[Finding] = []
    for bullet in report.bullets:
        if bullet.is_activity:
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
            found.append(
                _whole(report, code, f"missing {requirement.kind} concept of {posting.path}: {requirement.concept} ({requirement.name}; asked on its line {requirement.line})", requirement.concept)
            )
        if posting.level is not None and report.apparent.level < posting.level:
            found.append(_whole(report, "MM306", f"reads as {report.apparent.level.id}, below the {posting.level.id} that {posting.path} asks for ({posting.level_reason})"))
    for shortfall in shortfalls(report, thresholds):
        found.append(_whole(report, THRESHOLD_CODES[shortfall.option], f"{shortfall.reason} (--{shortfall.option})"))
    for warning in report.warnings:
        if warning == report.as_of.warning:
            found.append(_whole(report, "MM902", warning, severity=Severity.NOTE if report.as_of.source == _PRESENT_IS_TODAY else None))
        else:
            found.append(_whole(report, _warning_code(warning), warning))
    order = {rule.code: index for index, rule in enumerate(RULES)}
    return sorted(found, key=lambda f: (f.line or 0, order[f.code]))
