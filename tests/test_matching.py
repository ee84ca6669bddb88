"""Matching cases from tests/cases/matching.toml, plus the evidence each hit carries."""

from __future__ import annotations

import pytest

from conftest import cases
from mlmatch.document import Line
from mlmatch.matching import EXACT, FUZZY, matcher_for
from mlmatch.segment import Placed

MATCHING = cases("matching.toml")


def found_ids(lexicon, text: str, section: str) -> dict[str, list]:
    hits = matcher_for(lexicon).match([Placed(Line(text=text, number=7, page=2), section)])
    result: dict[str, list] = {}
    for hit in hits:
        result.setdefault(hit.concept, []).append(hit)
    return result


@pytest.mark.parametrize("case", MATCHING, ids=[c["text"][:40] for c in MATCHING])
def test_matching_case(lexicon, case):
    found = found_ids(lexicon, case["text"], case["section"])
    for concept_id in case.get("found", []):
        assert concept_id in found, f"{concept_id} not found in {case['text']!r}: {sorted(found)}"
    for concept_id in case.get("absent", []):
        assert concept_id not in found, f"{concept_id} wrongly found in {case['text']!r}: {found[concept_id]}"


def test_hit_keeps_its_evidence(lexicon):
    found = found_ids(lexicon, "Tensorflw models behind PyTorch serving", "experience")
    fuzzy = found["tensorflow"][0]
    assert (fuzzy.kind, fuzzy.text, fuzzy.line, fuzzy.page, fuzzy.section) == (FUZZY, "Tensorflw", 7, 2, "experience")
    assert 90 <= fuzzy.score < 100
    exact = found["pytorch"][0]
    assert (exact.kind, exact.score) == (EXACT, 100.0)


def test_ambiguous_hit_says_which_context_allowed_it(lexicon):
    hit = found_ids(lexicon, "Scaled inference with Ray across GPU workers", "experience")["ray"][0]
    assert hit.rule.startswith("near ")
    assert found_ids(lexicon, "Ray", "skills")["ray"][0].rule == "in the skills section"


def test_longest_span_wins(lexicon):
    hits = found_ids(lexicon, "Apache Spark and Spark SQL", "skills")
    assert [h.text for h in hits["spark"]] == ["Apache Spark"]
    assert [h.text for h in hits["sql"]] == ["Spark SQL"]


def test_inflections_match_through_lemmas(lexicon):
    found = found_ids(lexicon, "Deployed model registries and containerised recommendation engines", "experience")
    assert {"model-registry", "docker", "recommender-systems"} <= set(found)
