"""The labelled evaluation set is well formed, and every figure tests/evaluate.py prints stays at or past
the floor it has reached (tests/eval/floors.toml)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from evaluate import EVAL, LEVELS, evaluate_postings, evaluate_resumes

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the same parser, as the tomli package mlmatch depends on there
    import tomli as tomllib

FLOORS = tomllib.loads((EVAL / "floors.toml").read_text(encoding="utf-8"))
RESUME_LABELS = sorted((EVAL / "resumes").glob("*.toml"))
POSTING_LABELS = sorted((EVAL / "postings").glob("*.toml"))


@pytest.fixture(scope="module")
def metrics():
    result = evaluate_resumes(EVAL / "resumes")
    evaluate_postings(EVAL / "postings", result)
    return result


def test_the_set_is_large_and_covers_every_level_and_trap_class():
    labels = [tomllib.loads(p.read_text(encoding="utf-8")) for p in RESUME_LABELS]
    assert len(labels) >= 30 and len(POSTING_LABELS) >= 10
    assert {label["level"] for label in labels} == set(LEVELS)
    classes = [trap["class"] for label in labels for trap in label.get("trap", [])]
    assert {c: classes.count(c) >= 3 for c in ("name", "not-a-claim", "word-sense", "loose-alias")} == dict.fromkeys(("name", "not-a-claim", "word-sense", "loose-alias"), True)


@pytest.mark.parametrize("path", RESUME_LABELS, ids=lambda p: p.stem)
def test_each_label_is_well_formed(lexicon, path: Path):
    label = tomllib.loads(path.read_text(encoding="utf-8"))
    resume = next(p for p in path.parent.glob(path.stem + ".*") if p.suffix != ".toml")
    text = resume.read_text(encoding="utf-8")
    assert label["batch"] in (1, 2, 3) and label["level"] in LEVELS and label["level"] in label["acceptable"]
    assert set(label["concepts"]) <= set(lexicon.concepts)
    assert all(trap["text"] in text for trap in label.get("trap", []))
    assert all(bullet["verdict"] in ("outcome", "activity") and bullet["text"] in text for bullet in label["bullet"])


def test_skills(metrics):
    assert metrics.skill_precision >= FLOORS["skill_precision"]
    assert metrics.skill_recall >= FLOORS["skill_recall"]
    assert len(metrics.traps_reported) <= FLOORS["traps_reported"], metrics.traps_reported


def test_level(metrics):
    assert metrics.level_exact / metrics.files >= FLOORS["level_exact"]
    assert metrics.level_within_one / metrics.files >= FLOORS["level_within_one"]
    assert metrics.calibration_gap <= FLOORS["calibration_gap"]


def test_years_and_outcomes(metrics):
    assert metrics.years_mae <= FLOORS["years_mae"]
    assert metrics.outcome_f1 >= FLOORS["outcome_f1"]


def test_postings(metrics):
    assert metrics.posting_level_right / metrics.postings >= FLOORS["posting_level"]


@pytest.mark.parametrize("folder", sorted(FLOORS["structure"]))
def test_structure_of_resumes_from_real_producers(folder):
    from corpus_score import score_folder

    _, totals = score_folder(EVAL / "structure" / folder)
    floor = FLOORS["structure"][folder]
    assert totals["roles"][0] >= floor["roles"]
    assert totals["years"] >= floor["years"]
    assert totals["bullets"] >= floor["bullets"]
    assert totals["zero"] <= floor["zero_years"]
