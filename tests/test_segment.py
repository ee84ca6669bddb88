"""Sections by name (in five languages), by head word, by Markdown rank and by typography; sections with
no name we know classified by what they hold."""

from __future__ import annotations

import pytest

from mlmatch.analysis import analyze_document
from mlmatch.document import Document, Line
from mlmatch.options import Options
from mlmatch.segment import HEADER, OTHER, SectionFinder, heading_key, segment, segment_resume


@pytest.mark.parametrize(
    "text, key",
    [
        ("E X P E R I E N C E", "experience"),
        ("Work  Experience:", "work experience"),
        ("SKILLS & TOOLS", "skills & tools"),
        ("Expériences professionnelles", "experiences professionnelles"),
        ("EXPERIENCIA (10/2022-05/2023)", "experiencia"),
    ],
)
def test_heading_key(text, key):
    assert heading_key(text) == key


@pytest.mark.parametrize(
    "heading, section",
    [
        ("Work History", "experience"),
        ("Professional Experience", "experience"),
        ("Industry Experience", "experience"),
        ("Research Experience", "research"),
        ("Research and Internships", "research"),
        ("Internships", "internships"),
        ("Academic Projects", "projects"),
        ("Selected Projects", "projects"),
        ("Selected ML Projects", "projects"),
        ("Volunteer", "volunteer"),
        ("Teaching", "teaching"),
        ("References", "references"),
        ("Selected Certifications", "certifications"),
        ("Technical Stack", "skills"),
        ("Experiencia laboral", "experience"),
        ("Formación académica", "education"),
        ("Habilidades", "skills"),
        ("Experiência profissional", "experience"),
        ("Formação acadêmica", "education"),
        ("Expériences professionnelles", "experience"),
        ("Compétences", "skills"),
        ("Centres d'intérêt", "interests"),
        ("Berufserfahrung", "experience"),
        ("Ausbildung", "education"),
        ("Kenntnisse", "skills"),
        ("Sprachkenntnisse", "languages"),
        ("Where I’ve worked", "experience"),
        ("Things I've built", "projects"),
        ("Schooling", "education"),
        ("Toolbox", "skills"),
        ("Esperienza professionale", "experience"),
        ("Istruzione e formazione", "education"),
        ("Doświadczenie zawodowe", "experience"),
        ("Wykształcenie", "education"),
        ("Werkervaring", "experience"),
        ("Vaardigheden", "skills"),
    ],
)
def test_the_headings_people_use(lexicon, heading, section):
    finder = SectionFinder(lexicon.signals["sections"], lexicon.signals["section_words"]["rules"])
    assert finder.section_of(Line(heading.upper(), 1)) == section


def test_sections_by_name_rank_and_typography(lexicon):
    lines = (
        Line("Ana Example", 1, font_size=20, bold=True),
        Line("E X P E R I E N C E", 2, font_size=12, bold=True),
        Line("ML Engineer, Acme | 2020 – 2022", 3, font_size=10),
        Line("Hobbies Abroad", 4, font_size=12, bold=True),
        Line("Taught chess in Lima", 5, font_size=10, bullet=True),
        Line("Skills", 6, font_size=12, bold=True),
        Line("Python", 7, font_size=10),
    )
    segments = segment(Document("r.pdf", "pdf", lines), lexicon.signals["sections"])
    assert [(p.line.number, p.section) for p in segments.lines] == [(1, HEADER), (3, "experience"), (5, OTHER), (7, "skills")]


def test_a_bold_line_over_dates_heads_an_entry_not_a_section(lexicon):
    lines = (
        Line("Experience", 1, font_size=12, bold=True),
        Line("Data Scientist, Feedzai", 2, font_size=12, bold=True),
        Line("Aug-19 to Now", 3, font_size=10),
        Line("Skills", 4, font_size=12, bold=True),
    )
    segments = segment_resume(Document("r.pdf", "pdf", lines), lexicon.signals)
    assert [p.section for p in segments.lines] == ["experience", "experience"]


def test_markdown_role_headings_do_not_open_sections(lexicon):
    lines = (
        Line("Name", 1, heading=1),
        Line("Experience", 2, heading=2),
        Line("Research Scientist — Meridian", 3, heading=3),
        Line("Sep 2010 – Dec 2013", 4),
        Line("Hobbies and More", 5, heading=2),
        Line("Chess", 6),
    )
    segments = segment(Document("r.md", "markdown", lines), lexicon.signals["sections"])
    assert [p.section for p in segments.lines] == [HEADER, "experience", "experience", OTHER]


def test_a_named_section_set_one_rank_below_the_first_still_opens(lexicon):
    """'# Experience' then '## Skills': Skills is no part of Experience; '## Internships' would be."""
    lines = (
        Line("Experience", 1, heading=1),
        Line("ML Engineer, Acme | Jan 2020 – Present", 2, heading=2),
        Line("Built models in PyTorch.", 3, bullet=True),
        Line("Internships", 4, heading=2),
        Line("Intern, Beta | Summer 2019", 5),
        Line("Skills", 6, heading=2),
        Line("Python, SQL", 7),
        Line("Education", 8, heading=2),
        Line("BS CS, Uni, 2016 – 2020", 9),
    )
    segments = segment_resume(Document("r.md", "markdown", lines), lexicon.signals)
    assert [p.section for p in segments.lines] == ["experience"] * 4 + ["skills", "education"]


def test_an_unknown_heading_over_dated_entries_is_experience_and_a_sub_heading_stays_inside(lexicon):
    lines = (
        Line("Experience", 1, heading=2),
        Line("Professional", 2, heading=2),
        Line("ML Engineer, Acme | 2019 – 2021", 3),
        Line("Trained models", 4, bullet=True),
        Line("Research and Stuff", 5, heading=2),
        Line("Research Assistant, Vision Lab | 2016 – 2018", 6),
        Line("Things I Like", 7, heading=2),
        Line("Chess", 8),
    )
    segments = segment_resume(Document("r.md", "markdown", lines), lexicon.signals)
    assert [p.section for p in segments.lines] == ["experience", "experience", "research", OTHER]


def test_headings_drawn_not_written_leave_the_entries_experience(lexicon):
    """An export whose headings are pictures: no heading at all, the entries still read as experience."""
    lines = (
        Line("Ana Example", 1),
        Line("ana@example.com | +1 555 010 0100", 2),
        Line("Senior ML Engineer, Acme", 3),
        Line("Jan 2020 – Present", 4),
        Line("Cut serving latency by 40%", 5, bullet=True),
    )
    segments = segment_resume(Document("r.pdf", "pdf", lines), lexicon.signals)
    assert [p.section for p in segments.lines] == [HEADER, HEADER, "experience", "experience", "experience"]


def test_capitalised_heading_on_the_row_of_its_first_entry(lexicon):
    lines = (Line("WORK EXPERIENCE Walden University | Columbia, MD", 1), Line("Senior Analyst, August 2009 - Present", 2), Line("Experience with PyTorch", 3))
    segments = segment(Document("r.pdf", "pdf", lines), lexicon.signals["sections"])
    assert [(p.line.text, p.section) for p in segments.headings] == [("WORK EXPERIENCE", "experience")]
    assert [p.line.text for p in segments.lines][0] == "Walden University | Columbia, MD"


def test_names_in_references_are_never_skills(lexicon):
    lines = (
        Line("Experience", 1, heading=2),
        Line("ML Engineer, Acme | 2019 – 2021", 2),
        Line("Built pipelines in Python", 3, bullet=True),
        Line("References", 4, heading=2),
        Line("Ray Spark, Head of Data, Acme — ray@acme.example", 5),
        Line("Dr. Julia Keras, Professor, State University", 6),
    )
    report = analyze_document(Document("r.md", "markdown", lines), Options())
    found = {skill.concept.id for skill in report.skills}
    assert "python" in found
    assert not found & {"ray", "spark", "keras", "tensorflow"}


def test_a_stray_glyph_before_a_heading_in_capitals_does_not_hide_it(lexicon):
    lines = (Line("Experience", 1, heading=2), Line("Analyst, Acme | 2020 – 2021", 2), Line("ACTIVIDADES", 3, bullet=True), Line("Miembro del club de robótica", 4))
    segments = segment_resume(Document("r.pdf", "pdf", lines), lexicon.signals)
    assert [p.section for p in segments.lines] == ["experience", "activities"]
