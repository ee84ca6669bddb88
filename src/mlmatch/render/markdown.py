"""The report as Markdown, every list in full. Resume text is escaped so it cannot inject markup."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import where
from .text import NO_BULLETS

if TYPE_CHECKING:
    from ..report import Report

_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+!|~])")


def escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text)


def render_markdown(report: Report) -> str:
    apparent = report.apparent
    out = [
        f"# mlmatch report: {escape(report.file)}",
        "",
        f"**Reads as {apparent.level.id}** (confidence {apparent.confidence:.0%}).",
        "",
        "| signal | level | weight | evidence |",
        "| --- | --- | --- | --- |",
    ]
    for signal in apparent.signals:
        out.append(f"| {signal.name} | {signal.level.id} | {signal.weight:g} | {escape(signal.detail)} |")
    if apparent.bound is not None:
        out.append(f"| bound | {apparent.bound.low.id}–{apparent.bound.high.id} | | {escape(apparent.bound.detail)} |")
    out += ["", "Scores: " + ", ".join(f"{level.id} {score:.2f}" for level, score in apparent.scores.items()), ""]
    out += [f"- because {escape(reason)}" for reason in apparent.reasons] + [""]
    for meaning in report.ladder:
        out.append(f"- **{meaning.name}** ({meaning.years[0]}–{meaning.years[1]} years): {meaning.means}")
        out += [f"  - pay, {band['market']}: {band['band']} (seed {band['seed']})" for band in meaning.pay]
    out += [
        "",
        "## Experience",
        "",
        f"{report.experience.years:g} years of professional experience, {report.experience.relevant_years:g} of them in ML, data or software "
        f"({report.experience.internship_years:g} more in internships); 'Present' means {report.as_of.date:%Y-%m-%d} ({escape(report.as_of.detail)}).",
    ]
    if report.experience.roles:
        out += ["", "| title | organisation | kind | from | to | line |", "| --- | --- | --- | --- | --- | --- |"]
        for role in report.experience.roles:
            out.append(f"| {escape(role.title)} | {escape(role.organisation)} | {role.kind} | {role.dates.start.text} | {role.dates.end_text or 'present'} | {role.line} |")
    if report.target is not None:
        gap = report.target
        out += [
            "",
            f"## Target: {gap.level.id}",
            "",
            f"Coverage of {gap.level.id} concepts: {gap.coverage:.0%}. " + ", ".join(f"{level.id} {share:.0%}" for level, share in gap.coverage_by_level.items()),
            "",
        ]
        out += [f"- missing: {escape(m.name)} ({m.level.id}): {escape(m.reason)}" for m in gap.missing]
        if gap.ignored:
            out += ["", f"Not listed, as ignore-concepts asks: {escape(', '.join(m.name for m in gap.ignored))} (the coverage still counts them)."]
    if report.jd is not None:
        jd = report.jd
        rate = f"Match rate {jd.match_rate:.0%}" if jd.posting.requirements else "No match rate: it names no skill or concept mlmatch knows"
        asks = f"; asks for {jd.posting.level.id} ({escape(jd.posting.level_reason)})" if jd.posting.level is not None else ""
        out += ["", f"## Posting: {escape(jd.posting.title)}", "", rate + asks, ""]
        out += [f"- missing ({r.kind}): {r.name} — line {r.line}: {escape(r.text)}" for r in jd.missing]
        if report.jd_ignored:
            out += ["", f"Not listed, as ignore-concepts asks: {escape(', '.join(r.name for r in report.jd_ignored))} (the match rate still counts them)."]
    out += ["", "## Skills found", ""]
    for skill in report.skills:
        first = skill.hits[0]
        out.append(
            f'- {skill.concept.name} ({skill.concept.level.id}, {skill.concept.category}): "{escape(first.text)}" line {first.line}' + (f" ({len(skill.hits)} mentions)" if len(skill.hits) > 1 else "")
        )
    out += ["", f"## Bullets ({report.outcome_ratio:.0%} state an outcome)" if report.bullets else "## Bullets", ""]
    if not report.bullets:
        out.append(NO_BULLETS[0].upper() + NO_BULLETS[1:] + ".")
    for bullet in report.bullets:
        mark = "activity" if bullet.is_activity else "outcome"
        out.append(f"- `{where(report, bullet.line, bullet.page)}` **{mark}**: {escape(bullet.text)}")
        if bullet.hint:
            out.append(f"  - hint: {bullet.hint}")
    if report.warnings:
        out += ["", "## Warnings", ""] + [f"- {escape(w)}" for w in report.warnings]
    return "\n".join(out) + "\n"
