"""Ruled tables: a grid of rules with text in its cells is read row by row; a background fill, a shaded
box, a framed paragraph or rules under headings are not tables and leave their text to the layout."""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from mlmatch.readers.pdf import _opener
from mlmatch.readers.pdf_content import ENGINES, PageContent, Shape, char_at
from mlmatch.readers.pdf_tables import table_rows


def _word(text: str, x: float, baseline: float, size: float = 10.0) -> list:
    return [char_at(ch, x + 5 * i, x + 5 * (i + 1), baseline, size, "Helvetica") for i, ch in enumerate(text)]


def _grid(xs, ys, *, kind="line", thick=0.5) -> list[Shape]:
    """Rules along every x (vertical) and y (horizontal) of a grid, drawn as strokes or as thin fills."""
    filled = kind == "fill"
    shape = "rect" if filled else "line"
    rules = [Shape(shape, xs[0], y - (thick / 2 if filled else 0), xs[-1], y + (thick / 2 if filled else 0), not filled, filled) for y in ys]
    rules += [Shape(shape, x - (thick / 2 if filled else 0), ys[0], x + (thick / 2 if filled else 0), ys[-1], not filled, filled) for x in xs]
    return rules


GRID_TEXT = _word("Area", 105, 117) + _word("Tools", 205, 117) + _word("ML", 105, 137) + _word("PyTorch", 205, 137)

CASES = [
    ("stroked rules, two rows of two cells", _grid([100, 200, 300], [100, 120, 140]), GRID_TEXT, ["Area | Tools", "ML | PyTorch"]),
    ("rules drawn as thin fills (a browser's borders)", _grid([100, 200, 300], [100, 120, 140], kind="fill"), GRID_TEXT, ["Area | Tools", "ML | PyTorch"]),
    ("an outlined box per cell", [Shape("rect", x0, y0, x0 + 100, y0 + 20, True, False) for x0 in (100, 200) for y0 in (100, 120)], GRID_TEXT, ["Area | Tools", "ML | PyTorch"]),
    ("a grid with text in one row only", _grid([100, 200, 300], [100, 120, 140]), _word("Area", 105, 117) + _word("Tools", 205, 117), []),
    ("rules between rows but one column (headings underlined)", _grid([100, 300], [100, 120, 140]), GRID_TEXT, []),
    ("a background fill behind text", [Shape("rect", 0, 0, 612, 160, False, True)], GRID_TEXT, []),
    (
        "a header band, a full-height shaded sidebar and rules under headings",
        [Shape("rect", 0, 0, 612, 99, False, True), Shape("rect", 0, 99, 158, 792, False, True)]
        + [Shape("rect", x0, y, x1, y + 1, False, True) for x0, x1 in ((18, 140), (190, 580)) for y in (146, 223)],
        GRID_TEXT,
        [],
    ),
    ("a framed paragraph", [Shape("rect", 90, 100, 310, 145, True, False)], GRID_TEXT, []),
]


@pytest.mark.parametrize("shapes, chars, expected", [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_ruled_tables(shapes, chars, expected):
    rows, placed = table_rows(PageContent(1, 612, 792, tuple(chars), tuple(shapes), 0))
    assert [row.words[0].text for row in rows] == expected
    assert placed == ({id(c) for row in rows for c in row.chars} if expected else set())
    if expected:
        assert placed == {id(c) for c in chars}  # every character of the cells, none twice


@pytest.mark.parametrize("engine", ENGINES)
def test_the_fixtures_tables_are_found_and_fills_are_not(engine):
    """LibreOffice's bordered skills table is a table; Chromium's header band and shaded sidebar are not."""
    found = {}
    for name in ("word.pdf", "chromium-banded.pdf", "chromium-sidebar.pdf"):
        with _opener(engine)(FIXTURES / "layouts" / name, 10) as pdf:
            found[name] = [row.words[0].text for page in pdf.pages for row in table_rows(page)[0]]
    assert found == {
        "word.pdf": ["Languages | Python, SQL, Scala", "ML | PyTorch, XGBoost, scikit-learn, NLP", "Platform | Kubernetes, Docker, AWS, MLflow, Spark"],
        "chromium-banded.pdf": [],
        "chromium-sidebar.pdf": [],
    }
