"""Sections by name, by Markdown rank and by typography; roles, dates and years."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import AS_OF, cases

from mlmatch.document import Document, Line
from mlmatch.experience import find_roles, parse_range
from mlmatch.segment import HEADER, OTHER, heading_key, segment

DATES = cases("dates.toml")


@pytest.mark.parametrize("text, key", [("E X P E R I E N C E", "experience"), ("Work  Experience:", "work experience"), ("SKILLS & TOOLS", "skills & tools")])
def test_heading_key(text, key):
    assert heading_key(text) == key


def test_sections_by_name_rank_and_typography(lexicon):
    lines = (
        Line("Ana Example", 1, font_size=20, bold=True),
        Line("E X P E R I E N C E", 2, font_size=12, bold=True),
        Line("ML Engineer, Acme | 2020 – 2022", 3, font_size=10),
        Line("Volunteering Abroad", 4, font_size=12, bold=True),
        Line("Taught Python in Lima", 5, font_size=10, bullet=True),
        Line("Skills", 6, font_size=12, bold=True),
        Line("Python", 7, font_size=10),
    )
    segments = segment(Document("r.pdf", "pdf", lines), lexicon.signals["sections"])
    assert [(p.line.number, p.section) for p in segments.lines] == [(1, HEADER), (3, "experience"), (5, OTHER), (7, "skills")]


def test_markdown_role_headings_do_not_open_sections(lexicon):
    lines = (Line("Name", 1, heading=1), Line("Experience", 2, heading=2), Line("Research Scientist — Meridian", 3, heading=3), Line("Sep 2010 – Dec 2013", 4), Line("Hobbies and More", 5, heading=2), Line("Chess", 6))
    segments = segment(Document("r.md", "markdown", lines), lexicon.signals["sections"])
    assert [p.section for p in segments.lines] == [HEADER, "experience", "experience", OTHER]


@pytest.mark.parametrize("case", DATES, ids=[c["text"] for c in DATES])
def test_date_ranges(case):
    parsed = parse_range(case["text"], AS_OF)
    if case.get("none"):
        assert parsed is None
        return
    start, end, current, _ = parsed
    assert f"{start:%Y-%m}" == case["start"]
    assert ("present" if current else f"{end:%Y-%m}") == case["end"]


def test_years_merge_overlaps_and_keep_internships_and_other_jobs_apart(lexicon):
    lines = (
        Line("Experience", 1, heading=2),
        Line("Senior ML Engineer, Acme | Jan 2020 – Present", 2, heading=3),
        Line("ML Consultant, Self-employed | Jun 2021 – Dec 2022", 3, heading=3),
        Line("ML Engineer, Beta | Jan 2017 – Dec 2019", 4, heading=3),
        Line("Machine Learning Intern, Gamma | Jun 2016 – Aug 2016", 5, heading=3),
        Line("Barista, Delta Coffee | Jan 2014 – Dec 2015", 6, heading=3),
        Line("Education", 7, heading=2),
        Line("BSc Mathematics, Uni | 2013 – 2016", 8),
    )
    segments = segment(Document("r.md", "markdown", lines), lexicon.signals["sections"])
    experience = find_roles(segments, lexicon.signals, date(2026, 1, 1))
    assert experience.years == 9.1  # Jan 2017 .. Jan 2026 inclusive; the consulting overlap counts once
    assert experience.internship_years == 0.2
    assert experience.other_years == 2.0
    titles = {role.title: role for role in experience.roles}
    assert titles["Senior ML Engineer"].organisation == "Acme" and titles["Senior ML Engineer"].current
    assert titles["Machine Learning Intern"].intern and not titles["Barista"].relevant


def test_title_on_the_line_after_the_dates(lexicon):
    """Jake's template: 'Company    Dates' then 'Title    Location'."""
    lines = (Line("Experience", 1, heading=2), Line("Acme Robotics Mar 2021 – Present", 2), Line("Staff Machine Learning Engineer Boston, MA", 3), Line("Set technical direction", 4, bullet=True))
    segments = segment(Document("r.md", "markdown", lines), lexicon.signals["sections"])
    (role,) = find_roles(segments, lexicon.signals, AS_OF).roles
    assert role.title.startswith("Staff Machine Learning Engineer") and role.organisation == "Acme Robotics"


def test_capitalised_heading_on_the_row_of_its_first_entry(lexicon):
    lines = (Line("WORK EXPERIENCE Walden University | Columbia, MD", 1), Line("Senior Analyst, August 2009 - Present", 2), Line("Experience with PyTorch", 3))
    segments = segment(Document("r.pdf", "pdf", lines), lexicon.signals["sections"])
    assert [(p.line.text, p.section) for p in segments.headings] == [("WORK EXPERIENCE", "experience")]
    assert [p.line.text for p in segments.lines][0] == "Walden University | Columbia, MD"
