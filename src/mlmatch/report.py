"""The Report: everything mlmatch says about one resume, as data. Renderers only format it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .asof import AsOf
from .assess.gaps import Missing, TargetGap
from .assess.level import LevelEstimate
from .assess.outcomes import BulletVerdict
from .assess.posting import PostingMatch, Requirement
from .experience import Experience
from .levels import Level
from .lexicon import Concept
from .matching import Hit

SCHEMA = "mlmatch.report/1"


@dataclass(frozen=True)
class Skill:
    concept: Concept
    hits: tuple[Hit, ...]


@dataclass(frozen=True)
class LevelMeaning:
    """What the seeds say a level means, for the apparent and the target level."""

    level: Level
    name: str
    years: tuple[int, int]
    means: str
    pay: tuple[dict[str, Any], ...]  # as ladder.toml gives each band


@dataclass(frozen=True)
class Report:
    file: str
    format: str
    pages: int
    apparent: LevelEstimate
    experience: Experience
    skills: tuple[Skill, ...]
    bullets: tuple[BulletVerdict, ...]
    outcome_ratio: float
    warnings: tuple[str, ...]
    ladder: tuple[LevelMeaning, ...]
    as_of: AsOf
    target: TargetGap | None = None
    jd: PostingMatch | None = None
    page_lines: tuple[int, ...] = ()  # the last line number on each page: a PDF's lines counted across pages
    jd_ignored: tuple[Requirement, ...] = ()  # missing from --jd but not listed, likewise

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract (DESIGN section 7)."""
        apparent = self.apparent
        data: dict[str, Any] = {
            "schema": SCHEMA,
            "file": self.file,
            "format": self.format,
            "pages": self.pages,
            "apparent_level": {
                "level": apparent.level.id,
                "confidence": apparent.confidence,
                "scores": {level.id: score for level, score in apparent.scores.items()},
                "evidence": [{"signal": s.name, "level": s.level.id, "value": s.value, "weight": s.weight, "detail": s.detail} for s in apparent.signals],
                "reasons": list(apparent.reasons),
                **({"bound": {"low": apparent.bound.low.id, "high": apparent.bound.high.id, "detail": apparent.bound.detail}} if apparent.bound is not None else {}),
            },
            "as_of": {"date": f"{self.as_of.date:%Y-%m-%d}", "source": self.as_of.source, "detail": self.as_of.detail},
            "experience": {
                "years": self.experience.years,
                "relevant_years": self.experience.relevant_years,
                "internship_years": self.experience.internship_years,
                "other_years": self.experience.other_years,
                "roles": [
                    {
                        "title": r.title,
                        "organisation": r.organisation,
                        "start": r.dates.start.text,
                        "end": r.dates.end_text,
                        "current": r.current,
                        "kind": r.kind,
                        "counted": r.counted,
                        "why": r.why,
                        "relevant": r.relevant,
                        "title_level": r.title_level.id if r.title_level is not None else None,
                        "section": r.section,
                        "line": r.line,
                        "page": r.page,
                    }
                    for r in self.experience.roles
                ],
                "degrees": [{"level": d.level, "text": d.text, "ongoing": d.ongoing, "line": d.line, "page": d.page} for d in self.experience.degrees],
            },
            "skills": [
                {
                    "id": s.concept.id,
                    "name": s.concept.name,
                    "level": s.concept.level.id,
                    "category": s.concept.category,
                    "matches": [{"text": h.text, "line": h.line, "page": h.page, "section": h.section, "kind": h.kind, "score": h.score, **({"rule": h.rule} if h.rule else {})} for h in s.hits],
                }
                for s in self.skills
            ],
            "bullets": [{"line": b.line, "page": b.page, "section": b.section, "kind": b.kind, "text": b.text, "verdict": b.verdict, "reasons": list(b.reasons), "hint": b.hint} for b in self.bullets],
            "outcome_ratio": self.outcome_ratio,
            "ladder": [{"level": m.level.id, "name": m.name, "years": list(m.years), "means": m.means, "pay": list(m.pay)} for m in self.ladder],
            "warnings": list(self.warnings),
        }
        if self.target is not None:
            data["target"] = {
                "level": self.target.level.id,
                "coverage": self.target.coverage,
                "coverage_by_level": {level.id: share for level, share in self.target.coverage_by_level.items()},
                "matched": list(self.target.matched),
                "missing": [_missing_dict(m) for m in self.target.missing],
                "ignored": [m.id for m in self.target.ignored],
            }
        if self.jd is not None:
            posting = self.jd.posting

            def requirement(r: Requirement) -> dict[str, Any]:
                return {"id": r.concept, "name": r.name, "level": r.level.id, "kind": r.kind, "line": r.line, "text": r.text, "alternatives": list(r.alternatives)}

            data["jd"] = {
                "file": posting.path,
                "title": posting.title,
                "level": posting.level.id if posting.level is not None else None,
                "level_reason": posting.level_reason,
                "match_rate": self.jd.match_rate,
                "matched": [requirement(r) for r in self.jd.matched],
                "missing": [requirement(r) for r in self.jd.missing],
                "ignored": [r.concept for r in self.jd_ignored],
            }
        return data


def _missing_dict(missing: Missing) -> dict[str, object]:
    optional = {"any_of": list(missing.any_of), "shown_by": list(missing.shown_by)}
    return {"id": missing.id, "name": missing.name, "level": missing.level.id, "reason": missing.reason} | {key: value for key, value in optional.items() if value}
