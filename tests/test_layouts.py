"""Real layouts from real producers read in the order a person reads them (golden files), and the
same resume reads to the same report whatever its layout."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from conftest import AS_OF, FIXTURES
from mlmatch import Options, analyze
from mlmatch.readers.pdf_content import ENGINES

sys.path.insert(0, str(FIXTURES))
sys.path.insert(0, str(Path(__file__).parent))
import resume_content  # noqa: E402

from fidelity import expected_lines, read_lines  # noqa: E402

LAYOUTS = FIXTURES / "layouts"
PDFS = sorted(LAYOUTS.glob("*.pdf"))


def test_every_layout_fixture_has_a_golden_file():
    assert {p.stem for p in PDFS} == {"latex-onecol", "latex-sidebar", "word", "chromium-sidebar", "chromium-banded"}
    for pdf in PDFS:
        assert pdf.with_suffix(".expected.txt").exists(), pdf.name


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("pdf", PDFS, ids=[p.stem for p in PDFS])
def test_lines_come_out_in_reading_order(pdf, engine):
    assert read_lines(pdf, engine) == expected_lines(pdf.with_suffix(".expected.txt"))


def test_tightly_set_latex_keeps_every_word_apart():
    """Word spaces of 0.21 em (2.1 pt, even in the 25 pt name) must still split words."""
    text = " ".join(read_lines(LAYOUTS / "latex-onecol.pdf"))
    words = set(re.findall(r"[\w%.+-]+", text))
    for role in resume_content.ROLES:
        for bullet in role["bullets"]:
            for word in re.findall(r"[\w%.+-]+", bullet):
                assert word in words, word
    assert "Lena Marsh" in text


def test_icons_are_dropped_and_symbol_bullets_found():
    onecol = read_lines(LAYOUTS / "latex-onecol.pdf")
    assert onecol[1] == "lena.marsh@example.com +1 555 0100 github.com/lena-marsh-example"  # marvosym icons gone
    sidebar = read_lines(LAYOUTS / "latex-sidebar.pdf")
    assert sum(line.startswith("• ") for line in sidebar) == 7  # Zapf Dingbats discs


def test_running_header_and_page_numbers_are_dropped():
    lines = read_lines(LAYOUTS / "word.pdf")
    assert not any("Resume" in line or line.startswith("Page") for line in lines)


def _summary(pdf: Path) -> tuple:
    report = analyze(pdf, Options(as_of=AS_OF))
    return (
        report.apparent.level,
        report.experience.years,
        [(r.title, r.organisation, r.kind, r.dates.start.text, r.dates.end_text) for r in report.experience.roles],
        sorted(s.concept.id for s in report.skills),
        [(b.text, b.verdict) for b in report.bullets],
    )


OTHER_LAYOUTS = [p for p in PDFS if p.stem != "latex-onecol"] + [LAYOUTS / n for n in ("word.docx", "latex-onecol.tex", "latex-sidebar.tex", "resume.json")]


@pytest.mark.parametrize("path", OTHER_LAYOUTS, ids=lambda p: p.name)
def test_every_layout_and_format_reads_to_the_same_report_as_one_column(path):
    assert _summary(path) == _summary(LAYOUTS / "latex-onecol.pdf")


def test_multi_page_documents_keep_their_page_numbers():
    from mlmatch.readers import read

    lines = read(LAYOUTS / "word.pdf").lines
    education = next(line for line in lines if line.text == "Education")
    assert (education.page, education.number) == (2, 1)
    assert max(line.page for line in lines) == 2
