"""Readers: each format into the same Document, line numbers kept, bad input refused in one line."""

from __future__ import annotations

import pytest

from conftest import FIXTURES, SAMPLES
from mlmatch.errors import UnreadableError
from mlmatch.readers import Limits, read
from mlmatch.readers.normalize import clean, split_bullet
from mlmatch.readers.words import join_hyphenated


def test_markdown_keeps_source_lines_headings_and_bullets(tmp_path):
    resume = tmp_path / "r.md"
    resume.write_text("# Jo Park\n\n## Experience\n\n### **ML Engineer**, Acme | 2020 – 2022\n- Cut cost by *30%* with [ONNX](https://onnx.ai)\n  \n1. Built `feature store`\n")
    lines = read(resume).lines
    assert [(line.number, line.heading, line.bullet, line.text) for line in lines] == [
        (1, 1, False, "Jo Park"),
        (3, 2, False, "Experience"),
        (5, 3, False, "ML Engineer, Acme | 2020 – 2022"),
        (6, 0, True, "Cut cost by 30% with ONNX"),
        (8, 0, True, "Built feature store"),
    ]


@pytest.mark.parametrize(
    "front",
    ["---\ntitle: CV\nlayout: resume\n---\n", "---\ntitle: CV\n...\n", "+++\ntitle = 'CV'\n+++\n", "\ufeff---\ntitle: CV\n---\n"],
    ids=["yaml", "yaml-dots", "toml", "yaml-after-bom"],
)
def test_markdown_front_matter_is_not_read_as_text(tmp_path, front):
    resume = tmp_path / "r.md"
    resume.write_text(front + "# Jo Park\n\n## Experience\n")
    offset = front.count("\n")
    assert [(line.number, line.text) for line in read(resume).lines] == [(offset + 1, "Jo Park"), (offset + 3, "Experience")]


def test_plain_text_bullets_and_unicode(tmp_path):
    resume = tmp_path / "r.txt"
    resume.write_text("EXPERIENCE\n• Eﬃcient serving\u00a0stack\n➢ Led the team\n-5% churn is not a bullet\n", encoding="utf-8")
    lines = read(resume).lines
    assert [(line.number, line.bullet, line.text) for line in lines] == [
        (1, False, "EXPERIENCE"),
        (2, True, "Efficient serving stack"),
        (3, True, "Led the team"),
        (4, False, "-5% churn is not a bullet"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("• item", (True, "item")),
        ("● item", (True, "item")),
        ("▪ item", (True, "item")),
        ("◦ item", (True, "item")),
        ("‣ item", (True, "item")),
        ("– item", (True, "item")),
        ("➢ item", (True, "item")),
        ("\uf0b7 icon bullet", (True, "icon bullet")),
        ("2) second", (True, "second")),
        ("--flag", (False, "--flag")),
        ("2020 – 2022", (False, "2020 – 2022")),
    ],
)
def test_split_bullet(text, expected):
    assert split_bullet(text) == expected


def test_clean_removes_soft_hyphens_and_ligatures():
    assert clean("opti\u00admisation ﬁne-tuning") == "optimisation fine-tuning"


@pytest.mark.parametrize(
    "first, second, joined",
    [("distrib-", "uted systems", "distributed systems"), ("click-", "through rate", "click-through rate"), ("state-of-the-", "art", "state-of-the-art"), ("hyperparam-", "eter", "hyperparameter")],
)
def test_line_end_hyphenation(first, second, joined):
    assert join_hyphenated(first, second) == joined


def test_pdf_from_chromium_reads_in_order_with_drawn_bullets():
    document = read(SAMPLES / "senior-hannah-brooks.pdf")
    texts = [line.text for line in document.lines]
    assert document.format == "pdf" and document.pages == 1
    assert texts[:3] == ["Hannah Brooks", "Senior Machine Learning Engineer · Seattle, WA · hannah.brooks@example.com", "SUMMARY"]
    first_bullet = next(line for line in document.lines if line.bullet)
    # The browser draws the list marker as a shape and wraps the bullet over two lines: one bullet.
    assert (
        first_bullet.text
        == "Led the redesign of product search ranking from a gradient-boosted model to a transformer cross-encoder; increased search conversion by 4.2% across 30 million monthly users."
    )
    assert sum(line.bullet for line in document.lines) == 9
    assert [line.number for line in document.lines] == list(range(1, len(document.lines) + 1))


def test_pdf_small_caps_headings_are_whole_words():
    texts = [line.text for line in read(SAMPLES / "mid-diego-ferreira.pdf").lines]
    assert "PROFESSIONAL EXPERIENCE" in texts and "DIEGO FERREIRA" in texts


def test_pdf_and_markdown_of_a_sample_hold_the_same_bullets():
    pdf = [line.text for line in read(SAMPLES / "mid-mei-takahashi.pdf").lines if line.bullet]
    markdown = [line.text for line in read(SAMPLES / "mid-mei-takahashi.md").lines if line.bullet]
    assert pdf == markdown


@pytest.mark.parametrize(
    "name, message",
    [
        ("image-only.pdf", "no text layer"),
        ("encrypted.pdf", "encrypted"),
        ("truncated.pdf", "damaged or truncated"),
    ],
)
def test_unreadable_pdfs_say_why(name, message):
    with pytest.raises(UnreadableError, match=message):
        read(FIXTURES / name)


def test_other_bad_inputs(tmp_path):
    (tmp_path / "empty.md").write_text("")
    (tmp_path / "blank.txt").write_text("\n   \n")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (tmp_path / "binary.txt").write_bytes(b"abc\x00\x01\x02")
    (tmp_path / "big.txt").write_text("x" * 5000)
    cases = [
        ("empty.md", "empty", Limits()),
        ("blank.txt", "no text", Limits()),
        ("photo.png", "'.png' files are not supported", Limits()),
        ("binary.txt", "binary file", Limits()),
        ("big.txt", "over the", Limits(max_bytes=1000)),
        ("missing.md", "no such file", Limits()),
    ]
    for name, message, limits in cases:
        with pytest.raises(UnreadableError, match=message):
            read(tmp_path / name, limits)


def test_page_limit_reads_the_first_pages_and_warns():
    document = read(FIXTURES / "layouts" / "word.pdf", Limits(max_pages=1))
    assert document.pages == 2
    assert {line.page for line in document.lines} == {1}
    assert any("has 2 pages; only the first 1 were read" in w for w in document.warnings)


def test_garbled_text_layer_is_refused_and_a_little_garbage_warned():
    with pytest.raises(UnreadableError, match="garbled"):
        read(FIXTURES / "garbled.pdf")
    document = read(FIXTURES / "partly-garbled.pdf")
    assert any("could not be decoded" in w for w in document.warnings)
    assert all("(cid:" not in line.text for line in document.lines)


def test_reading_stops_at_the_time_limit():
    with pytest.raises(UnreadableError, match="time limit"):
        read(SAMPLES / "senior-kwame-asante.pdf", Limits(timeout=0.0))


def test_symbol_font_letters_are_bullets():
    """Word's Wingdings and Symbol markers come out as letters ('l', 'q', '§') in their own font."""
    from mlmatch.readers.pdf import _bullet
    from mlmatch.readers.pdf_rows import Row, Word

    for glyph, font in (("l", "ABCDEF+Wingdings-Regular"), ("§", "Wingdings"), ("·", "Symbol")):
        words = [Word(glyph, 50, 55, 100, 110, 10, font, symbol=True), Word("Cut", 62, 80, 100, 110, 10, "Calibri"), Word("costs", 83, 110, 100, 110, 10, "Calibri")]
        assert _bullet(Row(words, 100, 110), []) == (True, "Cut costs", 62)


def test_time_limit_interrupts_a_reader_inside_a_page(monkeypatch):
    """The clock is also checked by a timer, not only between pages: a page that never ends is cut."""
    import time as clock

    from mlmatch.readers import pdf

    def stuck(page):
        clock.sleep(5)

    monkeypatch.setattr(pdf, "page_lines", stuck)
    started = clock.monotonic()
    with pytest.raises(UnreadableError, match="time limit"):
        read(SAMPLES / "senior-kwame-asante.pdf", Limits(timeout=0.3))
    assert clock.monotonic() - started < 3


def test_markdown_setext_headings_are_not_table_rules(tmp_path):
    from mlmatch.readers import read

    source = tmp_path / "r.md"
    source.write_text("Ana Example\n===========\n\n***\n\nProgramming Skills\n------\nPython, SQL\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
    lines = read(source).lines
    assert [(line.text, line.heading) for line in lines] == [("Ana Example", 1), ("Programming Skills", 2), ("Python, SQL", 0), ("a | b", 0), ("1 | 2", 0)]


def test_a_damaged_page_tree_is_refused_in_one_line(tmp_path):
    """A stray "/" in the /Pages dictionary (same length, so the file still opens): neither library can
    read its pages; pdfplumber's refusal used to be replaced by a traceback, because closing the file
    walks the broken page tree again."""
    data = (SAMPLES / "mid-mei-takahashi.pdf").read_bytes()
    assert data.count(b"/Count 1\n/Kids") == 1
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(data.replace(b"/Count 1\n/Kids", b"/Count 1//Kids"))
    for engine in ("pdfplumber", "pdfium"):
        with pytest.raises(UnreadableError, match="the file is damaged"):
            read(broken, pdf_engine=engine)


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_page_number_above_the_bottom_margin_is_dropped(engine):
    """pdflatex's plain style sets the page number a sixth of the page above its foot, below the text."""
    document = read(FIXTURES / "page-numbered.pdf", pdf_engine=engine)
    assert [(line.page, line.text) for line in document.lines][-2:] == [(2, "Skills"), (2, "Python, SQL, XGBoost")]
    assert not any(line.text in ("1", "2") for line in document.lines)
