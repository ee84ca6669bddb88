"""The terminal report: one screen, most important first."""

from __future__ import annotations

import click

from ..assess.outcomes import ACTIVITY
from . import where

MISSING_SHOWN = 12
BULLETS_SHOWN = 8


def render_text(report, color: bool = False) -> str:
    def style(text: str, **kwargs) -> str:
        return click.style(text, **kwargs) if color else text

    out: list[str] = []
    apparent = report.apparent
    out.append(f"{style(report.file, bold=True)} reads as {style(apparent.level.id.upper(), bold=True, fg='cyan')} (confidence {apparent.confidence:.0%})")
    for signal in apparent.signals:
        out.append(f"  {signal.name:<9} {signal.level.id:<9} {signal.detail}")
    out.append("  scores    " + " · ".join(f"{level.id} {score:.2f}" for level, score in apparent.scores.items()))
    for meaning in report.ladder:
        out.append(f"  {meaning.name} ({meaning.years[0]}–{meaning.years[1]} years): {meaning.means}")
    if report.target is not None:
        gap = report.target
        below = ", ".join(f"{level.id} {share:.0%}" for level, share in gap.coverage_by_level.items() if level != gap.level)
        out.append("")
        out.append(style(f"Target {gap.level.id}: {gap.coverage:.0%} of {gap.level.id} concepts covered", bold=True) + (f" (below: {below})" if below else ""))
        if gap.missing:
            shown = ", ".join(f"{c.name} [{c.level.id}]" for c in gap.missing[:MISSING_SHOWN])
            more = f" (+{len(gap.missing) - MISSING_SHOWN} more in --format json)" if len(gap.missing) > MISSING_SHOWN else ""
            out.append(f"  missing: {shown}{more}")
    if report.jd is not None:
        jd = report.jd
        level = f", asks for {jd.posting.level.id} ({jd.posting.level_reason})" if jd.posting.level is not None else ""
        out.append("")
        out.append(style(f"Posting '{jd.posting.title}': match {jd.match_rate:.0%}{level}", bold=True))
        for kind in ("required", "responsibilities", "preferred", "other"):
            names = [r.name for r in jd.missing if r.kind == kind]
            if names:
                out.append(f"  missing ({kind}): " + ", ".join(names))
    out.append("")
    activities = [b for b in report.bullets if b.verdict == ACTIVITY]
    outcomes = len(report.bullets) - len(activities)
    out.append(style(f"Bullets: {outcomes} of {len(report.bullets)} state an outcome ({report.outcome_ratio:.0%})", bold=True))
    for bullet in activities[:BULLETS_SHOWN]:
        text = bullet.text if len(bullet.text) <= 90 else bullet.text[:87] + "..."
        out.append(f"  {style(where(report, bullet.line, bullet.page), fg='yellow')}  {text}")
        out.append(f"      hint: {bullet.hint}")
    if len(activities) > BULLETS_SHOWN:
        out.append(f"  (+{len(activities) - BULLETS_SHOWN} more activity bullets in --format json)")
    for warning in report.warnings:
        out.append(style(f"warning: {warning}", fg="red"))
    return "\n".join(out) + "\n"
