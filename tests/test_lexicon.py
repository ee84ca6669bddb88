"""The shipped lexicon is valid and holds every concept DESIGN section 3 lists, at its level."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

from mlmatch.levels import Level
from mlmatch.lexicon import SEED_IDS, LexiconError, load_concepts, load_lexicon, shipped_dir

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the same parser, as the tomli package mlmatch depends on there
    import tomli as tomllib

REQUIRED = {
    "junior": "python cpp java scala sql git unit-testing data-structures-algorithms linear-algebra calculus probability statistics numpy pandas scikit-learn jupyter "
    "data-preprocessing supervised-learning unsupervised-learning neural-networks ab-testing apis kaggle open-source",
    "mid": "pytorch tensorflow jax xgboost deep-learning nlp computer-vision recommender-systems time-series-forecasting reinforcement-learning feature-engineering "
    "model-deployment mlops training-pipelines data-pipelines model-evaluation fairness-metrics model-monitoring model-retraining experiment-tracking mlflow "
    "weights-and-biases kubeflow feature-store spark dask ray distributed-systems docker kubernetes ci-cd aws gcp azure sagemaker vertex-ai azure-ml "
    "cert-gcp-ml-engineer cert-aws-ml-specialty cert-azure-ai-engineer cert-gcp-data-engineer",
    "senior": "advanced-deep-learning ml-system-design distributed-training model-optimization model-serving model-registry llm-fine-tuning research-to-production "
    "mentoring design-documents technical-strategy project-leadership",
    "staff": "ai-strategy research-leadership genai-architecture ai-ethics cross-functional-adoption cross-team-impact technical-direction ml-platform conference-talks",
    "principal": "publications top-venue-publications industry-impact",
}


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    with open(shipped_dir() / "concepts.toml", "rb") as handle:
        return tomllib.load(handle)["concept"]


def test_ids_are_unique(raw):
    counts = Counter(entry["id"] for entry in raw)
    assert [i for i, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("level", list(REQUIRED))
def test_every_listed_concept_is_present_at_its_level(lexicon, level):
    for concept_id in REQUIRED[level].split():
        assert concept_id in lexicon.concepts, concept_id
        assert lexicon.concepts[concept_id].level == Level.parse(level), concept_id


def test_certifications_are_mid_level_certifications(lexicon):
    for concept_id in REQUIRED["mid"].split():
        if concept_id.startswith("cert-"):
            assert lexicon.concepts[concept_id].category == "certification"


def test_no_alias_is_claimed_twice(raw):
    owners: dict[str, str] = {}
    for entry in raw:
        for alias in {a.lower() for a in entry["aliases"]}:
            assert alias not in owners, f"{alias!r}: {owners.get(alias)} and {entry['id']}"
            owners[alias] = entry["id"]


def test_sources_are_real_seeds_with_known_levels(raw):
    seeds_dir = Path(__file__).resolve().parents[2] / "shared" / "seeds"
    if seeds_dir.is_dir():  # the seed ids are the first digits of the seed documents' names
        assert {p.name[:3] for p in seeds_dir.glob("*.txt")} == set(SEED_IDS)
    for entry in raw:
        for source in entry.get("sources", []):
            assert source["seed"] in SEED_IDS, entry["id"]
            Level.parse(source["level"])
        assert entry.get("sources") or entry.get("origin"), f"{entry['id']} names no seed and gives no origin"


def test_level_is_the_level_most_sources_give(lexicon):
    """Where one level has a strict majority of a concept's sources, it is the concept's level."""
    disagreements = []
    for concept in lexicon.concepts.values():
        counts = Counter(source.level for source in concept.sources).most_common()
        if len(counts) > 1 and counts[0][1] > counts[1][1] and counts[0][0] != concept.level:
            disagreements.append(concept.id)
        if len(counts) == 1:
            assert counts[0][0] == concept.level, concept.id
    assert disagreements == []


def test_every_category_has_a_matching_case(lexicon):
    """Completeness: each category the lexicon uses is exercised by tests/cases/matching.toml."""
    from conftest import cases

    covered = {lexicon.concepts[cid].category for case in cases("matching.toml") for cid in case.get("found", [])}
    assert {c.category for c in lexicon.concepts.values()} - covered == set()


def test_ladder_has_every_level_with_years_and_pay(lexicon):
    for level in Level:
        entry = lexicon.ladder[level.id]
        assert len(entry["years"]) == 2 and entry["means"]
        assert all(p["seed"] in SEED_IDS for p in entry["pay"]) and entry["pay"]


def test_extra_lexicon_adds_and_overrides(tmp_path):
    extra = tmp_path / "company.toml"
    extra.write_text(
        '[[concept]]\nid = "polars-stack"\nname = "Polars stack"\nlevel = "mid"\ncategory = "data"\naliases = ["duckdb"]\n'
        '[[concept]]\nid = "kaggle"\nname = "Kaggle"\nlevel = "mid"\ncategory = "practice"\naliases = ["kaggle"]\n'
    )
    lexicon = load_lexicon((str(extra),))
    assert lexicon.concepts["polars-stack"].aliases == ("duckdb",)
    assert lexicon.concepts["kaggle"].level == Level.MID


@pytest.mark.parametrize(
    "body, message",
    [
        ('[[concept]]\nid = "x"\nname = "X"\nlevel = "guru"\ncategory = "data"\naliases = ["x"]\n', "unknown level 'guru'"),
        ('[[concept]]\nid = "x"\nname = "X"\nlevel = "mid"\ncategory = "data"\n', "'aliases' is missing"),
        ('[[concept]]\nid = "x"\nname = "X"\nlevel = "mid"\ncategory = "data"\naliases = ["x"]\nsources = [{seed = "999", level = "mid"}]\n', "seed '999'"),
        ('[[concept]]\nid = "x"\nname = "X"\nlevel = "mid"\ncategory = "data"\naliases = ["pytorch"]\n', "claimed by both"),
        ("not toml [", "not valid TOML"),
    ],
)
def test_bad_lexicon_names_file_concept_and_field(tmp_path, body, message):
    bad = tmp_path / "bad.toml"
    bad.write_text(body)
    with pytest.raises(LexiconError, match=message.replace("(", r"\(").replace(")", r"\)")) as error:
        load_lexicon((str(bad),))
    assert "bad.toml" in str(error.value)


def test_load_concepts_reports_missing_entries(tmp_path):
    empty = tmp_path / "empty.toml"
    empty.write_text("title = 'nothing'\n")
    with pytest.raises(LexiconError, match="no \\[\\[concept\\]\\] entries"):
        load_concepts(empty)
