"""Bullet verdicts from tests/cases/bullets.toml (DESIGN section 5)."""

from __future__ import annotations

import pytest

from conftest import AS_OF, cases
from mlmatch.assess.entries import gradeable
from mlmatch.assess.outcomes import ACTIVITY, OUTCOME, grade_bullet, grade_entries, outcome_ratio
from mlmatch.document import Document, Line
from mlmatch.experience import find_roles
from mlmatch.segment import segment_resume

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


def _gradeable(lexicon, lines):
    segments = segment_resume(Document("r.md", "markdown", tuple(lines)), lexicon.signals)
    experience = find_roles(segments, lexicon.signals, AS_OF)
    return gradeable(segments, experience, lexicon.signals["section_use"]["graded"])


def test_only_entries_of_experience_like_and_project_sections_are_graded(lexicon):
    entries = _gradeable(
        lexicon,
        [
            Line("Summary", 1, heading=2),
            Line("Cut serving cost by 30% across the company", 2, bullet=True),
            Line("Experience", 3, heading=2),
            Line("ML Engineer, Acme | 2020 – 2022", 4),
            Line("Cut serving cost by 30% with distillation", 5, bullet=True),
            Line("Skills", 6, heading=2),
            Line("Python, SQL, PyTorch and friends", 7, bullet=True),
            Line("Projects", 8, heading=2),
            Line("Worked on the search ranking model", 9, bullet=True),
        ],
    )
    verdicts = grade_entries(entries, lexicon.signals)
    assert [(v.line, v.verdict, v.kind) for v in verdicts] == [(5, OUTCOME, "bullet"), (9, ACTIVITY, "bullet")]
    assert outcome_ratio(verdicts) == 0.5
    assert outcome_ratio([]) == 0.0


def test_prose_entries_are_graded_sentence_by_sentence_and_heads_never(lexicon):
    entries = _gradeable(
        lexicon,
        [
            Line("Experience", 1, heading=2),
            Line("June 2020 – Present", 2),
            Line("Full Stack Developer, Uber, San Francisco, USA", 3),
            Line("Developed and maintained scalable web applications using the MERN stack. Reduced page load time", 4),
            Line("from 4 s to 1.2 s for 20 million riders. Led a team of junior developers, e.g. on code review.", 5),
            Line("Tools: Python, Node.js, Docker, Kubernetes", 6),
        ],
    )
    assert [(e.line, e.kind) for e in entries] == [(4, "sentence"), (4, "sentence"), (5, "sentence")]  # each on the line it begins
    assert entries[1].text == "Reduced page load time from 4 s to 1.2 s for 20 million riders."
    assert entries[2].text.endswith("e.g. on code review.")
    assert [v.verdict for v in grade_entries(entries, lexicon.signals)] == [ACTIVITY, OUTCOME, ACTIVITY]


def test_a_project_name_set_larger_than_its_description_is_not_glued_to_the_sentence_before(lexicon):
    entries = _gradeable(
        lexicon,
        [
            Line("Projects", 1, heading=2),
            Line("Tidewatch", 2, font_size=10.9),
            Line("An open-source Python package for anomaly detection in sensor time series, used by", 3, font_size=10.0),
            Line("four research groups", 4, font_size=10.0),
            Line("Harbour Planner Computer Vision", 5, font_size=10.9),
            Line("Detects berth occupancy from port cameras with a fine-tuned detector at 94% precision.", 6, font_size=10.0),
        ],
    )
    assert [(e.line, e.text) for e in entries] == [
        (3, "An open-source Python package for anomaly detection in sensor time series, used by four research groups"),
        (6, "Detects berth occupancy from port cameras with a fine-tuned detector at 94% precision."),
    ]
