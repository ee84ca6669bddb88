"""Job postings: required before preferred, the level asked for, alternatives, match rate."""

from __future__ import annotations

from conftest import AS_OF, POSTINGS, SAMPLES
from mlmatch import Level, Options, analyze


def test_posting_level_requirements_and_match_rate():
    report = analyze(SAMPLES / "senior-hannah-brooks.md", Options(jd=str(POSTINGS / "senior-ml-engineer-ranking.txt"), as_of=AS_OF))
    jd = report.jd
    assert jd.posting.level == Level.SENIOR and jd.posting.title.startswith("Senior Machine Learning Engineer")
    kinds = [r.kind for r in jd.posting.requirements]
    assert kinds.index("required") < kinds.index("preferred")
    by_id = {r.concept: r for r in jd.posting.requirements}
    assert by_id["distributed-training"].kind == "required" and by_id["llm-fine-tuning"].kind == "preferred"
    assert by_id["sagemaker"].text == "Experience with AWS SageMaker."  # the posting line that asked
    assert "pytorch" in {r.concept for r in jd.matched}
    assert "llm-fine-tuning" in {r.concept for r in jd.missing}
    assert 0.5 < jd.match_rate < 1.0


def test_one_of_alternatives_is_enough():
    report = analyze(SAMPLES / "mid-mei-takahashi.md", Options(jd=str(POSTINGS / "mid-ml-engineer-fraud.txt"), as_of=AS_OF))
    missing = {r.concept for r in report.jd.missing}
    assert "gcp" not in missing  # "(AWS or GCP)" and the resume has AWS
    assert report.jd.posting.level == Level.MID


def test_years_raise_the_level_a_posting_asks_for(tmp_path):
    posting = tmp_path / "p.txt"
    posting.write_text("Machine Learning Engineer\n\nRequirements\n- 8+ years with PyTorch and Kubernetes\n")
    report = analyze(SAMPLES / "senior-kwame-asante.md", Options(jd=str(posting), as_of=AS_OF))
    assert report.jd.posting.level == Level.STAFF and "8+ years" in report.jd.posting.level_reason
