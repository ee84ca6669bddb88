"""Roles by their shape (tests/cases/roles.toml), their kinds, and years of professional experience."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import cases
from mlmatch.document import Document, Line
from mlmatch.experience import find_roles
from mlmatch.segment import segment_resume

ROLES = cases("roles.toml")


def document(lines: list[str]) -> Document:
    """'## X' a heading, '- X' a bullet, '[1] X' a line of the page's first column (a margin of dates)."""
    out = []
    for number, text in enumerate(lines, start=1):
        if text.startswith("[1] "):
            out.append(Line(text[4:], number, column=1))
        elif text.startswith("## "):
            out.append(Line(text[3:], number, heading=2, bold=True))
        elif text.startswith("- "):
            out.append(Line(text[2:], number, bullet=True))
        else:
            out.append(Line(text, number))
    return Document("r.md", "markdown", tuple(out))


@pytest.mark.parametrize("case", ROLES, ids=[c["name"] for c in ROLES])
def test_roles(lexicon, case):
    year, month = map(int, case["as_of"].split("-"))
    segments = segment_resume(document(case["lines"]), lexicon.signals)
    experience = find_roles(segments, lexicon.signals, date(year, month, 1))
    found = [[r.title, r.organisation, r.dates.start.text, r.dates.end_text or "present", r.kind, r.counted] for r in experience.roles]
    assert found == case["roles"]
    if "years" in case:
        assert experience.years == pytest.approx(case["years"], abs=0.05)
    for role in experience.roles:
        assert role.why, "every kind says how it was decided"
