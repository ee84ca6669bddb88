"""The level and its reasons: scope read from the owner's own sentences, a level always explained, and no
confident level for a file with nothing of a resume in it."""

from __future__ import annotations

from conftest import AS_OF
from mlmatch import Options
from mlmatch.analysis import analyze_document
from mlmatch.document import Document, Line
from mlmatch.findings import findings_of

HEADINGS = ("Experience", "Skills", "References", "Projects")


def _report(lines: list[str]):
    document = Document("r.md", "markdown", tuple(Line(text, n, heading=2 if text in HEADINGS else 0) for n, text in enumerate(lines, start=1)))
    return analyze_document(document, Options(as_of=AS_OF))


def _scope(report) -> str:
    return next(signal.detail for signal in report.apparent.signals if signal.name == "scope")


def test_head_is_staff_scope_only_as_the_owners_role():
    role = ["Experience", "ML Engineer, Acme | Jan 2022 – Present"]
    assert "head" not in _scope(_report(role + ["- Built a multi-head attention layer for ranking.", "- Reported to the Head of Data on model risk."]))
    assert "staff: as head of" in _scope(_report(role + ["- Served as head of the ML platform group, 14 engineers."]))


def test_referees_titles_are_not_the_owners_scope():
    lines = ["Experience", "Data Analyst, Acme | Jan 2023 – Present", "- Built churn models in Python.", "References", "Dr. Ana Ruiz, Head of Risk Analytics, mentor and hiring manager"]
    assert _scope(_report(lines)) == "no leadership or scope language"


def test_a_file_with_nothing_of_a_resume_gets_no_confident_level():
    report = _report(["hello world"])
    assert report.apparent.confidence == 0.2 and set(report.apparent.scores.values()) == {0.2}
    assert [f.code for f in findings_of(report)] == ["MM906"]


def test_every_level_comes_with_a_reason_even_when_the_signals_disagree():
    # Eleven years of ML work (staff by years) whose only titled role is an old mid one: no signal reads
    # senior, yet senior is where they meet, and the report says so rather than nothing.
    lines = [
        "Experience",
        "Freelance Machine Learning Consultant, Self-employed | 2019 – Present",
        "- Built recommendation engines in PyTorch for three e-commerce clients, lifting average order value by 9%.",
        "- Deployed models on GCP Vertex AI with Docker and Kubernetes.",
        "Data Scientist, Nordbank | Sep 2015 – Dec 2018",
        "- Built credit scoring models in Python; reduced default rate by 12%.",
    ]
    apparent = _report(lines).apparent
    assert apparent.level.id == "senior"
    (reason,) = apparent.reasons
    assert reason.startswith("the signals disagree") and "title reads mid" in reason and "years reads staff" in reason


def test_titles_in_other_languages_are_read_with_their_accents_and_their_level():
    report = _report(
        [
            "Experience",
            "Grupo Alcántara Seguros · Científica de Datos Sénior ene. 2021 – actualidad",
            "- Modelos de detección de fraude.",
            "Analítica Ibérica · Ingeniera de Datos marzo 2018 – diciembre 2020",
        ]
    )
    roles = report.experience.roles
    assert [(r.relevant, r.title_level.id if r.title_level else None) for r in roles] == [(True, "senior"), (True, "mid")]
    assert report.experience.relevant_years == report.experience.years > 0
