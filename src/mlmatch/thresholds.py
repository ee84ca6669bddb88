"""Thresholds a resume must meet (for CI and pre-commit): which ones failed, in words."""

from __future__ import annotations

from dataclasses import dataclass

from .levels import Level


@dataclass(frozen=True)
class Thresholds:
    min_level: Level | None = None
    min_coverage: float | None = None
    min_outcome_ratio: float | None = None
    min_match_rate: float | None = None


def failures(report, thresholds: Thresholds) -> list[str]:
    failed = []
    if thresholds.min_level is not None and report.apparent.level < thresholds.min_level:
        failed.append(f"reads as {report.apparent.level.id}, below the required {thresholds.min_level.id}")
    if thresholds.min_coverage is not None and report.target is not None and report.target.coverage < thresholds.min_coverage:
        failed.append(f"{report.target.level.id} coverage {report.target.coverage:.0%} is below {thresholds.min_coverage:.0%}")
    if thresholds.min_outcome_ratio is not None and report.outcome_ratio < thresholds.min_outcome_ratio:
        failed.append(f"outcome ratio {report.outcome_ratio:.0%} is below {thresholds.min_outcome_ratio:.0%}")
    if thresholds.min_match_rate is not None and report.jd is not None and report.jd.match_rate < thresholds.min_match_rate:
        failed.append(f"posting match rate {report.jd.match_rate:.0%} is below {thresholds.min_match_rate:.0%}")
    return failed
