"""Reading order on one PDF page: tables row by row, two columns (or a sidebar) column by column,
a margin of labels beside the text interleaved with it, tab-stop dates kept on their row."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from .pdf_rows import Row, Word, group_rows

_MIN_GUTTER = 6.0  # points of empty width between two columns


@dataclass(frozen=True)
class Gutter:
    x0: float
    x1: float

    @property
    def middle(self) -> float:
        return (self.x0 + self.x1) / 2


def _find_gutter(chars: list[dict], width: float) -> Gutter | None:
    """The widest vertical band, in the middle 70% of the page, that no character covers."""
    if len(chars) < 40:
        return None
    covered = bytearray(int(width) + 2)
    for char in chars:
        for x in range(max(0, int(char["x0"])), min(len(covered), int(char["x1"]) + 1)):
            covered[x] = 1
    best: tuple[int, int] | None = None
    start = None
    for x in range(int(width * 0.15), int(width * 0.85) + 1):
        if not covered[x]:
            start = x if start is None else start
            if best is None or x - start > best[1] - best[0]:
                best = (start, x)
        else:
            start = None
    if best is None or best[1] - best[0] < _MIN_GUTTER:
        return None
    return Gutter(float(best[0]), float(best[1]))


def _aligned_share(rows: list[Row], others: list[Row]) -> float:
    """Share of `rows` that sit on the baseline of some row in `others`."""
    if not rows:
        return 0.0
    bottoms = [r.bottom for r in others]
    return sum(any(abs(r.bottom - b) <= 1.5 for b in bottoms) for r in rows) / len(rows)


def _short(rows: list[Row]) -> bool:
    return bool(rows) and statistics.median(len(r.words) for r in rows) <= 4


def _spans_page(rows: list[Row], page_top: float, page_bottom: float) -> bool:
    return bool(rows) and (rows[-1].bottom - rows[0].top) >= 0.25 * (page_bottom - page_top)


def layout_rows(chars: list[dict], width: float) -> list[Row]:
    """Rows of one page (tables already removed) in reading order, each marked with its column."""
    gutter = _find_gutter(chars, width)
    if gutter is None:
        return group_rows(chars)
    spanning_chars = [c for c in chars if c["x0"] < gutter.middle < c["x1"]]
    left = group_rows([c for c in chars if c["x1"] <= gutter.middle])
    right = group_rows([c for c in chars if c["x0"] >= gutter.middle])
    everything = group_rows(chars)
    top, bottom = everything[0].top, everything[-1].bottom
    if _short(right) and _aligned_share(right, left) >= 0.7:
        return everything  # dates or locations at a tab stop: they belong to their row
    if _short(left) and _aligned_share(left, right) >= 0.7:
        # A margin of section labels beside the text: each label before the row it sits on.
        for row in left:
            row.column = 1
        for row in right:
            row.column = 2
        return sorted(group_rows(spanning_chars) + left + right, key=lambda r: (round(r.bottom), r.column))
    if not (_spans_page(left, top, bottom) and _spans_page(right, top, bottom)):
        return everything
    column_top = min(left[0].top, right[0].top)
    spanning = group_rows(spanning_chars)
    above = [r for r in spanning if r.bottom <= column_top + 1]
    below = [r for r in spanning if r.bottom > column_top + 1]
    if len(below) > 2:  # text runs across the gutter inside the body: not two columns after all
        return everything
    for column, side in ((1, left), (2, right)):
        for row in side:
            row.column = column
    return above + left + right + below


def table_rows(page) -> tuple[list[Row], list[tuple[float, float, float, float]]]:
    """Ruled tables read row by row: one Row per table row, its cells joined by ' | '."""
    if len(page.rects) + len(page.lines) < 4:
        return [], []
    rows: list[Row] = []
    boxes = []
    for table in page.find_tables():
        boxes.append(table.bbox)
        for table_row in table.rows:
            cells = []
            for cell in table_row.cells:
                if cell is None:
                    continue
                cell_chars = [c for c in page.chars if cell[0] <= (c["x0"] + c["x1"]) / 2 <= cell[2] and cell[1] <= (c["top"] + c["bottom"]) / 2 <= cell[3]]
                text = " ".join(r.text() for r in group_rows(cell_chars))
                if text:
                    cells.append((cell, text, cell_chars))
            if not cells:
                continue
            size = statistics.median(c["size"] for _, _, chars in cells for c in chars)
            first, last = cells[0][0], cells[-1][0]
            text = " | ".join(text for _, text, _ in cells)
            word = Word(text, first[0], last[2], min(c[0][1] for c in cells), max(c[0][3] for c in cells), size, cells[0][2][0].get("fontname", ""))
            rows.append(Row([word], word.top, word.bottom))
    return rows, boxes


def inside(char: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    return any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)
