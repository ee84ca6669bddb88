"""Thresholds a resume must meet (for CI and pre-commit): which ones failed, in words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .levels import Level

if TYPE_CHECKING:
    from .report import Report


@dataclass(frozen=True)
class Thresholds:
    min_level: Level | None = None
    min_coverage: float | None = None
    min_outcome_ratio: float | None = None
    min_match_rate: float | None = None


@dataclass(frozen=True)
class Shortfall:
    """One threshold not met: the option that set it and the reason in words."""

    option: str  # "min-level", "min-coverage", "min-outcome-ratio" or "min-match-rate"
    reason: str


def failures(report: Report, thresholds: Thresholds) -> list[str]:
    return [shortfall.reason for shortfall in shortfalls(report, thresholds)]


def shortfalls(report: Report, thresholds: Thresholds) -> list[Shortfall]:
    target, jd = report.target, report.jd
    return shortfalls_of(report.apparent.level, target.level if target else None, target.coverage if target else None, report.outcome_ratio, jd.match_rate if jd else None, thresholds)


def failures_of(level: Level, target: Level | None, coverage: float | None, outcome_ratio: float, match_rate: float | None, thresholds: Thresholds) -> list[str]:
    """The same checks on the measures alone (a batch row read back by --resume has no Report)."""
    return [shortfall.reason for shortfall in shortfalls_of(level, target, coverage, outcome_ratio, match_rate, thresholds)]


def shortfalls_of(level: Level, target: Level | None, coverage: float | None, outcome_ratio: float, match_rate: float | None, thresholds: Thresholds) -> list[Shortfall]:
    failed = []
    if thresholds.min_level is not None and level < thresholds.min_level:
        failed.append(Shortfall("min-level", f"reads as {level.id}, below the required {thresholds.min_level.id}"))
    if thresholds.min_coverage is not None and target is not None and coverage is not None and coverage < thresholds.min_coverage:
        failed.append(Shortfall("min-coverage", f"{target.id} coverage {coverage:.0%} is below {thresholds.min_coverage:.0%}"))
    if thresholds.min_outcome_ratio is not None and outcome_ratio < thresholds.min_outcome_ratio:
        failed.append(Shortfall("min-outcome-ratio", f"outcome ratio {outcome_ratio:.0%} is below {thresholds.min_outcome_ratio:.0%}"))
    if thresholds.min_match_rate is not None and match_rate is not None and match_rate < thresholds.min_match_rate:
        failed.append(Shortfall("min-match-rate", f"posting match rate {match_rate:.0%} is below {thresholds.min_match_rate:.0%}"))
    return failed
