"""Nothing dropped in silence: every character of a page's text layer ends up in exactly one line, or the
document says which page lost how much. The check fires when a layout step loses or repeats text, and
stays quiet on every PDF in the repository."""

from __future__ import annotations

import pytest

from conftest import FIXTURES, SAMPLES
from mlmatch.errors import UnreadableError
from mlmatch.readers import pdf, read
from mlmatch.readers.pdf_content import ENGINES

BANDED = FIXTURES / "layouts" / "chromium-banded.pdf"
EVERY_PDF = sorted(SAMPLES.glob("*.pdf")) + sorted(FIXTURES.glob("**/*.pdf"))


@pytest.mark.parametrize("engine", ENGINES)
def test_a_layout_step_that_loses_a_column_is_caught(monkeypatch, engine):
    original, lost = pdf.layout_rows, []

    def lossy(chars, width):
        rows = original(chars, width)
        lost.extend(r for r in rows if r.column == 2)  # the main column, as the greedy table finder once lost it
        return [r for r in rows if r.column != 2]

    monkeypatch.setattr(pdf, "layout_rows", lossy)
    document = read(BANDED, pdf_engine=engine)
    assert not any("EXPERIENCE" in line.text for line in document.lines)
    with pdf._opener(engine)(BANDED, 1) as opened:
        total = sum(1 for c in next(opened.pages).chars if pdf._text_layer(c))
    missing = sum(1 for row in lost for c in row.chars if pdf._text_layer(c))
    assert missing > 500
    assert f"page 1: {missing} of its {total} characters ({missing / total:.0%}) are in no line; the text read may be incomplete" in document.warnings


@pytest.mark.parametrize("engine", ENGINES)
def test_a_layout_step_that_repeats_a_line_is_caught(monkeypatch, engine):
    original = pdf.layout_rows

    def repeating(chars, width):
        rows = original(chars, width)
        return rows + rows[-1:]

    monkeypatch.setattr(pdf, "layout_rows", repeating)
    document = read(BANDED, pdf_engine=engine)
    assert any(w.startswith("page 1:") and "are in more than one line" in w for w in document.warnings)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("path", EVERY_PDF, ids=lambda p: p.name)
def test_the_check_is_quiet_when_nothing_is_lost(path, engine):
    try:
        document = read(path, pdf_engine=engine)
    except UnreadableError:
        return  # encrypted, truncated, image-only, garbled: refused before any line is made
    assert not [w for w in document.warnings if "in no line" in w or "more than one line" in w]
