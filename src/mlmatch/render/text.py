"""The terminal report: one screen, most important first. --explain adds every signal's vote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from . import where

if TYPE_CHECKING:
    from ..report import Report

BULLETS_SHOWN = 8
NO_BULLETS = "none to grade: no bullet or sentence of an entry in experience, projects or a section like them"


def render_text(report: Report, color: bool = False, explain: bool = False) -> str:
    def style(text: str, bold: bool | None = None, fg: str | None = None) -> str:
        return click.style(text, bold=bold, fg=fg) if color else text

    out: list[str] = []
    apparent = report.apparent
    out.append(f"{style(report.file, bold=True)} reads as {style(apparent.level.id.upper(), bold=True, fg='cyan')} (confidence {apparent.confidence:.0%})")
    for reason in apparent.reasons:
        out.append(f"  because {reason}")
    if explain:
        out += _explanation(report)
    out.append(f"  'Present' means {report.as_of.date:%Y-%m-%d}: {report.as_of.detail}")
    for meaning in report.ladder:
        out.append(f"  {meaning.name} ({meaning.years[0]}–{meaning.years[1]} years): {meaning.means}")
    if report.target is not None:
        gap = report.target
        below = [level for level in gap.coverage_by_level if level < gap.level]
        lower = f"; {below[-1].id} {gap.coverage_by_level[below[-1]]:.0%}" + (" (earlier basics are assumed at this level)" if len(below) > 1 else "") if below else ""
        out.append("")
        out.append(style(f"Target {gap.level.id}: shows {gap.coverage:.0%} of what {gap.level.id} resumes show", bold=True) + lower)
        for missing in gap.missing:
            out.append(f"  {'name' if missing.shown_by else 'add'} {missing.name} [{missing.level.id}]: {missing.reason}")
        if gap.ignored:
            out.append(f"  not listed, as ignore-concepts asks: {', '.join(m.name for m in gap.ignored)} (the coverage still counts them)")
    if report.jd is not None:
        jd = report.jd
        level = f", asks for {jd.posting.level.id} ({jd.posting.level_reason})" if jd.posting.level is not None else ""
        out.append("")
        rate = f"match {jd.match_rate:.0%}" if jd.posting.requirements else "no match rate: it names no skill or concept mlmatch knows"
        out.append(style(f"Posting '{jd.posting.title}': {rate}{level}", bold=True))
        for kind in ("required", "responsibilities", "preferred", "other"):
            names = [r.name for r in jd.missing if r.kind == kind]
            if names:
                out.append(f"  missing ({kind}): " + ", ".join(names))
        if report.jd_ignored:
            out.append(f"  not listed, as ignore-concepts asks: {', '.join(r.name for r in report.jd_ignored)} (the match rate still counts them)")
    out.append("")
    activities = [b for b in report.bullets if b.is_activity]
    outcomes = len(report.bullets) - len(activities)
    if report.bullets:
        out.append(style(f"Bullets: {outcomes} of {len(report.bullets)} state an outcome ({report.outcome_ratio:.0%})", bold=True))
    else:
        out.append(style(f"Bullets: {NO_BULLETS}", bold=True))
    for bullet in activities[:BULLETS_SHOWN]:
        text = bullet.text if len(bullet.text) <= 90 else bullet.text[:87] + "..."
        out.append(f"  {style(where(report, bullet.line, bullet.page), fg='yellow')}  {text}")
        out.append(f"      hint: {bullet.hint}")
    if len(activities) > BULLETS_SHOWN:
        out.append(f"  (+{len(activities) - BULLETS_SHOWN} more activity bullets in --format json)")
    for warning in report.warnings:
        out.append(style(f"warning: {warning}", fg="red"))
    return "\n".join(out) + "\n"


def _explanation(report: Report) -> list[str]:
    """Every signal with the level it votes for, its weight and its evidence; the bound; the scores."""
    apparent = report.apparent
    out = ["  signal    votes     weight  evidence"]
    for signal in apparent.signals:
        out.append(f"  {signal.name:<9} {signal.level.id:<9} {signal.weight:<7g} {signal.detail}")
    if apparent.bound is not None:
        out.append(f"  bound     {apparent.bound.low.id}–{apparent.bound.high.id:<9} {apparent.bound.detail}")
    out.append("  scores    " + " · ".join(f"{level.id} {score:.2f}" for level, score in apparent.scores.items()))
    return out
