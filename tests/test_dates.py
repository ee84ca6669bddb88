"""Date ranges in every form people write (tests/cases/dates.toml), and what "Present" means."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import cases
from mlmatch.asof import resolve_as_of
from mlmatch.dates import find_ranges, written_on
from mlmatch.document import Document, FileDate, Line

DATES = cases("dates.toml")


@pytest.fixture(scope="module")
def words(lexicon):
    return lexicon.signals["dates"]


@pytest.mark.parametrize("case", DATES, ids=[c["text"] for c in DATES])
def test_date_ranges(words, case):
    found = find_ranges(case["text"], words)
    if case.get("none"):
        assert found == []
        return
    first = found[0]
    assert first.start.text == case["start"]
    assert (first.end_text or "present") == case["end"]
    assert first.single == case.get("single", False)
    assert first.expected == case.get("expected", False)


def test_a_range_ends_in_the_middle_of_its_last_month_and_a_bare_year_runs_from_its_middle(words):
    (months,) = find_ranges("Jan 2020 – Mar 2020", words)
    assert months.bounds(date(2026, 1, 1))[1] - months.bounds(date(2026, 1, 1))[0] == 2.5
    (years,) = find_ranges("2019 – 2021", words)
    start, stop = years.bounds(date(2026, 1, 1))
    assert stop - start == 24
    (open_range,) = find_ranges("Jan 2026 – Present", words)
    start, stop = open_range.bounds(date(2026, 7, 1))
    assert stop - start == 6


@pytest.mark.parametrize(
    "text, written",
    [
        ("Last Updated on 21st January 2015", "2015-01"),
        ("[Updated on 2023-11-06.]", "2023-11"),
        ("Last Active: 11-Sep-20Last Modified: 11-Sep-20", "2020-09"),
        ("Actualizado: marzo 2024", "2024-03"),
        ("Actualizado: octubre de 2021", "2021-10"),
        ("Atualizado em 3 de maio de 2022", "2022-05"),
        ("Born on 15 October 1990", None),
        ("Birth date: 15 October 1990", None),
    ],
)
def test_the_date_a_resume_says_it_was_written(words, text, written):
    point = written_on(text, words)
    assert (point.text if point else None) == written


def _document(lines: list[str], *file_dates: FileDate) -> Document:
    return Document("r.pdf", "pdf", tuple(Line(text, n) for n, text in enumerate(lines, start=1)), file_dates=file_dates)


TODAY = date(2026, 11, 1)


def test_as_of_is_the_visible_date_before_the_file_date(words):
    document = _document(["Ana Example", "Last updated: March 2019", "ML Engineer, Acme | Jan 2018 – Present"], FileDate(date(2024, 6, 1), "PDF ModDate"))
    as_of = resolve_as_of(document, words, today=TODAY)
    assert (as_of.date.year, as_of.date.month, as_of.source) == (2019, 3, "visible date")


def test_as_of_is_the_file_date_when_the_text_writes_none(words):
    document = _document(["ML Engineer, Acme | Jan 2018 – Present"], FileDate(date(2021, 5, 3), "PDF ModDate"))
    as_of = resolve_as_of(document, words, today=TODAY)
    assert as_of.date == date(2021, 5, 3) and as_of.source == "PDF ModDate" and not as_of.warning


def test_a_file_date_after_a_graduation_still_expected_is_a_re_export(words):
    """A 2014 student resume saved again in 2022: 'Present' is not 2022."""
    document = _document(["Expected Graduation: June 2016", "Volunteer, YMCA | Summer 2014", "Member, Club | August 2013 – Present"], FileDate(date(2022, 12, 26), "PDF CreationDate"))
    as_of = resolve_as_of(document, words, today=TODAY)
    assert as_of.date.year == 2014 and as_of.source == "newest date written"


def test_a_template_date_years_before_the_text_is_ignored_and_said_to_be(words):
    document = _document(["ML Engineer, Acme | Jan 2021 – Present"], FileDate(date(2013, 12, 23), "DOCX modified"))
    as_of = resolve_as_of(document, words, today=TODAY)
    assert as_of.source == "today"
    assert "DOCX modified 2013-12" in as_of.detail and "was not used" in as_of.detail


def test_today_when_nothing_says_otherwise_with_a_warning_for_an_old_looking_resume(words):
    document = _document(["Software Engineer, Acme | Oct 2010 – Present"])
    as_of = resolve_as_of(document, words, today=TODAY)
    assert as_of.date == TODAY and as_of.source == "today"
    assert "2010-10" in as_of.warning and "--as-of" in as_of.warning


def test_as_of_given_wins(words):
    document = _document(["Last updated: March 2019"])
    assert resolve_as_of(document, words, date(2020, 1, 1), today=TODAY).source == "--as-of"


def test_no_warning_when_nothing_runs_to_the_present(words):
    # "Present" is what the date read decides; a resume of closed ranges reads the same on any date.
    document = _document(["Software Engineer, Acme | Oct 2010 – Jan 2013"])
    as_of = resolve_as_of(document, words, today=TODAY)
    assert as_of.source == "today" and not as_of.warning


def test_the_evidence_quotes_the_date_it_cites(words):
    header = "Ana Example — Machine Learning Engineer — Berlin — ana@example.org — Last updated: 21 January 2015"
    as_of = resolve_as_of(_document([header, "ML Engineer, Acme | Jan 2014 – Present"]), words, today=TODAY)
    assert as_of.source == "visible date" and "21 January 2015" in as_of.detail
