"""The two PDF character sources (pypdfium2 and pdfplumber) feed the same layout code and read every PDF
in the repository to the same lines: text, page, line number, column, bullet, weight, size and whether
it opens a section. A file one engine refuses, the other refuses for the same reason."""

from __future__ import annotations

import re

import pytest

from conftest import FIXTURES, ROOT, SAMPLES
from mlmatch.errors import UnreadableError
from mlmatch.readers import read
from mlmatch.readers.pdf_content import ENGINES
from mlmatch.segment import segment

# Every PDF a real producer made; the fuzzer's damaged files are left out: PDFium repairs damage pdfminer
# refuses, so on those the engines need only both answer cleanly (tests/test_fuzz.py).
EVERY_PDF = sorted(SAMPLES.glob("*.pdf")) + sorted(p for p in FIXTURES.glob("**/*.pdf") if "fuzz" not in p.parts)


def _read(path, engine: str, lexicon) -> tuple:
    """What later stages see of a PDF: every line's fields, which lines open which section, the warnings."""
    try:
        document = read(path, pdf_engine=engine)
    except UnreadableError as error:
        return ("unreadable", re.sub(r"\(.*?\): ", "", str(error)))  # the library's own error name aside
    lines = [(line.page, line.number, line.column, line.text, line.bullet, line.bold, line.font_size) for line in document.lines]
    headings = [(p.line.page, p.line.number, p.section) for p in segment(document, lexicon.signals["sections"]).headings]
    return lines, headings, document.warnings, document.pages, document.file_dates


def test_every_pdf_in_the_repository_is_compared():
    names = {p.relative_to(ROOT).as_posix() for p in EVERY_PDF}
    assert "tests/fixtures/layouts/chromium-banded.pdf" in names and "tests/fixtures/encrypted.pdf" in names
    assert len(names) >= 20 and set(ENGINES) == {"pdfium", "pdfplumber"}


@pytest.mark.parametrize("pdf", EVERY_PDF, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_both_engines_read_the_same_lines(pdf, lexicon):
    assert _read(pdf, "pdfium", lexicon) == _read(pdf, "pdfplumber", lexicon)


def test_refusals_name_the_same_reason():
    for name in ("encrypted.pdf", "truncated.pdf", "image-only.pdf", "garbled.pdf"):
        messages = set()
        for engine in ENGINES:
            with pytest.raises(UnreadableError) as refused:
                read(FIXTURES / name, pdf_engine=engine)
            messages.add(re.sub(r"\(.*?\): ", "", str(refused.value)))
        assert len(messages) == 1, (name, messages)


def test_an_unknown_engine_is_refused():
    from mlmatch import Options

    with pytest.raises(ValueError, match="pdfium, pdfplumber"):
        Options(pdf_engine="pymupdf")
