"""Findings computed from real reports: every code documented, each kind of bullet and each reader warning
given its code, a PDF's lines counted across pages, thresholds and targets as findings."""

from __future__ import annotations

import re
from datetime import date

import pytest

from conftest import AS_OF, FIXTURES, POSTINGS, ROOT, SAMPLES
from mlmatch.analysis import analyze
from mlmatch.findings import findings_of, line_across_pages
from mlmatch.levels import Level
from mlmatch.options import Options
from mlmatch.readers import Limits
from mlmatch.rules import RULE_BY_CODE, RULES, Severity
from mlmatch.thresholds import Thresholds

README = (ROOT / "README.md").read_text(encoding="utf-8")
WEAK = FIXTURES / "hook" / "weak-resume.md"


def _codes(findings) -> list[str]:
    return [f.code for f in findings]


def test_every_code_is_in_the_readme_table_with_its_severity():
    for rule in RULES:
        assert re.search(rf"^\| `{rule.code}` \| {rule.severity.id} \| ", README, re.M), rule.code


def test_the_readme_documents_no_code_mlmatch_does_not_have():
    documented = set(re.findall(r"^\| `(MM\d{3})` \|", README, re.M))
    assert documented == set(RULE_BY_CODE)


def test_codes_are_unique_and_well_formed():
    assert len(RULE_BY_CODE) == len(RULES)
    assert all(re.fullmatch(r"MM\d{3}", rule.code) and re.fullmatch(r"[a-z0-9-]+", rule.name) for rule in RULES)


def test_each_way_a_bullet_misses_its_outcome_has_its_code():
    report = analyze(WEAK, Options(as_of=AS_OF))
    lines = WEAK.read_text().splitlines()
    by_text = {lines[f.line - 1].strip(): f.code for f in findings_of(report) if f.line is not None}
    assert by_text == {
        "- Responsible for the demand forecasting models.": "MM102",
        "- Worked on data pipelines for the analytics team.": "MM102",
        "- Trained models on 5 million transactions.": "MM103",
        "- Improved the recommendation service.": "MM104",
        "- Helped with dashboards in Tableau and SQL.": "MM102",
    }


def test_a_bullet_with_neither_result_nor_number_is_MM101():
    report = analyze(SAMPLES / "senior-kwame-asante.md", Options(as_of=AS_OF))
    assert "MM101" in _codes(findings_of(report))


def test_targets_postings_and_thresholds_are_findings_about_the_whole_file():
    report = analyze(WEAK, Options(target=Level.SENIOR, jd=str(POSTINGS / "staff-ml-platform.md"), as_of=AS_OF))
    found = findings_of(report, Thresholds(Level.SENIOR, 0.9, 0.5, 0.9))
    whole = [f for f in found if f.line is None]
    codes = set(_codes(whole))
    assert {"MM201", "MM202", "MM301", "MM302", "MM303", "MM304", "MM305", "MM306"} <= codes
    missing = [f.subject for f in whole if f.code == "MM201"]
    assert missing == [m.id for m in report.target.missing]
    assert all(f.severity is Severity.ERROR for f in whole if f.code in ("MM302", "MM303", "MM304", "MM305"))
    assert next(f for f in whole if f.code == "MM302").message == "reads as mid, below the required senior (--min-level)"


def test_a_met_target_says_nothing_of_the_level():
    report = analyze(SAMPLES / "staff-isabel-moreau.md", Options(target=Level.SENIOR, as_of=AS_OF))
    assert "MM301" not in _codes(findings_of(report, Thresholds(min_level=Level.SENIOR)))
    assert "MM302" not in _codes(findings_of(report, Thresholds(min_level=Level.SENIOR)))


def test_a_pdf_counts_its_lines_across_pages_and_keeps_the_page_line():
    report = analyze(FIXTURES / "hook" / "two-page-resume.pdf", Options(as_of=AS_OF))
    assert report.pages == 2 and report.page_lines == (6, 6)
    bullets = [(f.code, f.line, f.page, f.page_line, f.message.endswith(f"(page 2, line {f.page_line})")) for f in findings_of(report) if f.line is not None]
    assert bullets == [("MM102", 9, 2, 3, True), ("MM102", 10, 2, 4, True)]
    assert line_across_pages(report, 1, 5) == 5


def _warning_codes(report) -> dict[str, str]:
    return {f.message: f.code for f in findings_of(report) if f.code.startswith("MM9")}


def test_reader_warnings_get_their_codes(tmp_path, monkeypatch):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Jos\xe9 Mu\xf1oz\n\nExperience\nML Engineer, Acme | 2019 \x96 2021\n- Built models in Python\n".encode("latin-1"))
    assert set(_warning_codes(analyze(latin, Options(as_of=AS_OF))).values()) == {"MM905"}
    garbled = analyze(FIXTURES / "partly-garbled.pdf", Options(as_of=AS_OF))
    assert "MM903" in _warning_codes(garbled).values()
    long_text = tmp_path / "long.md"
    long_text.write_text("# A\n\n" + "- Built models in Python for many teams across the company.\n" * 400)
    assert "MM904" in _warning_codes(analyze(long_text, Options(as_of=AS_OF, limits=Limits(max_pages=1)))).values()
    stale = tmp_path / "stale.md"
    stale.write_text("# B\n\n## Experience\n\nML Engineer, Acme | Jan 2009 – Present\n\n- Built models.\n")
    report = analyze(stale, Options())  # no --as-of: today, years after anything the resume writes
    assert report.as_of.warning and _warning_codes(report) == {report.as_of.warning: "MM902"}
    assert date.today() >= report.as_of.date


def test_a_pdf_page_that_lost_characters_is_MM901(monkeypatch):
    from mlmatch.readers import pdf

    original = pdf.layout_rows
    monkeypatch.setattr(pdf, "layout_rows", lambda chars, width: [r for r in original(chars, width) if r.column != 2])
    report = analyze(FIXTURES / "layouts" / "chromium-banded.pdf", Options(as_of=AS_OF))
    assert "MM901" in _warning_codes(report).values()


@pytest.mark.parametrize("warning, code", [("something new a reader says", "MM900")])
def test_an_unknown_warning_is_MM900(warning, code):
    from dataclasses import replace

    report = analyze(SAMPLES / "junior-ana-okafor.md", Options(as_of=AS_OF))
    assert _warning_codes(replace(report, warnings=(warning,))) == {warning: code}


STALE = "# Bo Lind\n\n## Experience\n\nML Engineer, Acme | Jan 2009 – Present\n\n- Cut fraud losses by 30% for 2 million customers with PyTorch models.\n"


def _stale_severity(report) -> Severity:
    (finding,) = [f for f in findings_of(report) if f.code == "MM902"]
    return finding.severity


def test_stale_present_is_a_note_when_present_is_today_and_a_warning_when_it_is_the_files_date(tmp_path):
    (tmp_path / "cv.md").write_text(STALE)
    today = analyze(tmp_path / "cv.md", Options())  # no --as-of, no date in the text or the file
    file_date = analyze(SAMPLES / "staff-isabel-moreau.pdf", Options())  # PDF ModDate 2026-11, newest date written 2021-01
    assert (_stale_severity(today), _stale_severity(file_date)) == (Severity.NOTE, Severity.WARNING)


def test_a_long_current_job_does_not_fail_the_hook_at_fail_on_warning(tmp_path):
    from click.testing import CliRunner

    from mlmatch.cli import main

    (tmp_path / "cv.md").write_text(STALE)
    assert CliRunner().invoke(main, ["--format", "lint", "--fail-on", "warning", str(tmp_path / "cv.md")]).exit_code == 0


def test_roles_left_out_because_they_start_after_an_as_of_date_are_a_warning():
    report = analyze(SAMPLES / "senior-hannah-brooks.md", Options(as_of=date(2010, 1, 1)))
    assert [w for w in report.warnings if "left out of the experience" in w] == [
        "3 roles start after 'Present' (2010-01-01, --as-of) and are left out of the experience: 'Senior Machine Learning Engineer' (from 2022-03), "
        "'Machine Learning Engineer' (from 2019-06), 'Software Engineer' (from 2017-08); give a later --as-of"
    ]
