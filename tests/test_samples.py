"""Every sample reads as the level it was written to show, as Markdown and as its PDF."""

from __future__ import annotations

import pytest

from conftest import AS_OF, SAMPLES
from mlmatch import Level, Options, analyze

RESUMES = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".md", ".pdf"))


def test_there_are_samples_at_every_level_in_both_formats():
    levels = {p.name.split("-")[0] for p in RESUMES}
    assert levels == {level.id for level in Level}
    for markdown in SAMPLES.glob("*.md"):
        assert markdown.with_suffix(".pdf").exists(), markdown.name
    assert len(list(SAMPLES.glob("*.md"))) >= 10


@pytest.mark.parametrize("path", RESUMES, ids=[p.name for p in RESUMES])
def test_sample_reads_as_its_level(path):
    written_as = Level.parse(path.name.split("-")[0])
    report = analyze(path, Options(target=written_as, as_of=AS_OF))
    assert report.apparent.level == written_as, [s.detail for s in report.apparent.signals]
    assert report.apparent.confidence >= 0.5
    assert report.bullets and report.skills and report.experience.roles


def test_junior_resume_of_duties_gets_hints():
    report = analyze(SAMPLES / "junior-tomas-lindqvist.md", Options(as_of=AS_OF))
    assert report.outcome_ratio == 0.0
    assert all(b.hint for b in report.bullets)
    # The years as a logistics planner are reported, not counted as ML experience.
    assert report.experience.relevant_years < 2 and report.experience.other_years > 5
