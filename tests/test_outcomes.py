"""Bullet verdicts from tests/cases/bullets.toml (DESIGN section 5)."""

from __future__ import annotations

import pytest
from conftest import cases

from mlmatch.assess.outcomes import ACTIVITY, OUTCOME, grade_bullet, grade_bullets, outcome_ratio
from mlmatch.document import Line
from mlmatch.segment import Placed

BULLETS = cases("bullets.toml")


@pytest.mark.parametrize("case", BULLETS, ids=[c["text"][:40] for c in BULLETS])
def test_bullet_verdict(lexicon, case):
    verdict, reasons, hint = grade_bullet(case["text"], lexicon.signals)
    assert verdict == case["verdict"], reasons
    assert reasons, "every verdict carries its reasons"
    if verdict == ACTIVITY:
        assert hint
        if "hint" in case:
            assert hint == lexicon.signals["outcomes"]["hints"][case["hint"]]
    else:
        assert hint == ""


def test_only_bullets_of_graded_sections_are_graded(lexicon):
    placed = [
        Placed(Line("Cut serving cost by 30% with distillation", 3, bullet=True), "experience"),
        Placed(Line("Python, SQL, PyTorch and friends", 9, bullet=True), "skills"),
        Placed(Line("Worked on the search ranking model", 4, bullet=True), "projects"),
    ]
    verdicts = grade_bullets(placed, lexicon.signals)
    assert [(v.line, v.verdict) for v in verdicts] == [(3, OUTCOME), (4, ACTIVITY)]
    assert outcome_ratio(verdicts) == 0.5
    assert outcome_ratio([]) == 0.0
