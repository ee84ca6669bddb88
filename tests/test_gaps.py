"""Missing keywords that help: a short list, ranked, each with its reason; alternatives count once; the
basics below the level just under the target are assumed; nothing the resume says in other words."""

from __future__ import annotations

from conftest import AS_OF, SAMPLES
from mlmatch import Level, Options, analyze
from mlmatch.analysis import analyze_document
from mlmatch.document import Document, Line


def _gap(lines: list[str], target: Level):
    document = Document("r.md", "markdown", tuple(Line(text, n, heading=2 if text in ("Experience", "Skills") else 0) for n, text in enumerate(lines, start=1)))
    return analyze_document(document, Options(target=target, as_of=AS_OF)).target


def test_missing_concepts_are_few_ranked_and_explained(lexicon):
    gap = analyze(SAMPLES / "mid-mei-takahashi.md", Options(target=Level.SENIOR, as_of=AS_OF)).target
    missing = gap.missing
    assert 0 < len(missing) <= lexicon.signals["gaps"]["max_missing"]
    assert missing[0].level == Level.SENIOR
    levels = [m.level for m in missing]
    assert levels == sorted(levels, reverse=True)
    assert all(m.reason for m in missing)
    assert "pytorch" in gap.matched and all(m.id != "pytorch" for m in missing)
    assert set(gap.coverage_by_level) == {Level.JUNIOR, Level.MID, Level.SENIOR}


def test_a_senior_on_aws_is_not_told_to_add_another_cloud():
    gap = _gap(["Experience", "Senior ML Engineer, Acme | 2018 – 2024", "Trained models on AWS with SageMaker and PyTorch"], Level.SENIOR)
    ids = {m.id for m in gap.missing} | {a for m in gap.missing for a in m.any_of}
    assert not ids & {"gcp", "azure", "vertex-ai", "azure-ml", "cloud", "managed-ml-platform", "tensorflow", "jax"}


def test_alternatives_are_one_unit_any_of_which_will_do(lexicon):
    from mlmatch.assess.coverage import units

    cloud = next(u for u in units(lexicon, Level.MID) if u.id == "cloud")
    assert {c.id for c in cloud.concepts} == {"aws", "gcp", "azure"} and cloud.name.startswith("one of")
    assert cloud.covered_by({"gcp"}) and not cloud.covered_by({"sagemaker"})
    assert all(c.group == "" for u in units(lexicon, Level.MID) if not u.group for c in u.concepts)


def test_a_principal_is_not_told_to_add_the_basics():
    gap = _gap(["Experience", "Principal ML Engineer, Acme | 2008 – 2024", "Set technical direction across the company"], Level.PRINCIPAL)
    assert all(m.level >= Level.STAFF for m in gap.missing)
    assert set(gap.coverage_by_level) >= {Level.STAFF, Level.PRINCIPAL}


def test_nothing_is_missing_that_the_resume_says_in_other_words():
    gap = _gap(["Experience", "Senior ML Engineer, Acme | 2018 – 2024", "Cut serving cost by 70% by moving to vLLM", "Fine-tuned LLMs with LoRA"], Level.SENIOR)
    assert not {m.id for m in gap.missing} & {"model-serving", "llm-fine-tuning", "model-deployment"}


def test_a_concept_shown_by_its_parts_is_to_be_named_after_what_is_missing():
    # The senior sample shows MLOps by its parts (monitoring, retraining, a registry, MLflow, a feature
    # store) and never writes the word: she is asked to name it, after what she really lacks.
    gap = analyze(SAMPLES / "senior-hannah-brooks.md", Options(target=Level.SENIOR, as_of=AS_OF)).target
    by_id = {m.id: m for m in gap.missing}
    assert {"Model monitoring", "Model registry", "MLflow"} <= set(by_id["mlops"].shown_by) and "never named" in by_id["mlops"].reason
    named = [m.shown_by != () for m in gap.missing]
    assert named == sorted(named) and not named[0], "what is shown unnamed comes after what is missing"
    assert "mlops" not in gap.matched  # named, not credited: coverage counts what the resume says
