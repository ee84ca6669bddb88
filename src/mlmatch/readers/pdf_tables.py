"""Ruled tables, found from the rules drawn on the page and read row by row.

A table is a grid of cells closed by rules on all four sides, with at least two rows that each hold text
in two or more cells. A background fill, a shaded box, a sidebar or a lone rule is not a table: a filled
rectangle is a rule only when it is thin (a border drawn as a fill), and a grid with one column (a box
around a section, rules under headings) is not read as a table. Only the characters inside an accepted
table's cells leave the ordinary reading order; everything else on the page is read as usual.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from .pdf_content import Char, PageContent, Shape
from .pdf_rows import Row, Word, group_rows

_RULE = 2.0  # points: a rectangle at most this thin is a rule, not a box
_SNAP = 2.0  # points: rules this close are one rule, a crossing this close is a corner
_MIN_LENGTH = 3.0


@dataclass(frozen=True)
class _Edge:
    horizontal: bool
    at: float  # y of a horizontal rule, x of a vertical one
    start: float
    end: float


@dataclass(frozen=True)
class Cell:
    x0: float
    top: float
    x1: float
    bottom: float

    def holds(self, char: Char) -> bool:
        x, y = (char.x0 + char.x1) / 2, (char.top + char.bottom) / 2
        return self.x0 <= x <= self.x1 and self.top <= y <= self.bottom


def _edges(shapes: tuple[Shape, ...]) -> list[_Edge]:
    edges = []
    for shape in shapes:
        if shape.kind == "curve":
            continue
        if shape.height <= _RULE and shape.width >= _MIN_LENGTH and (shape.stroked or shape.filled):
            edges.append(_Edge(True, (shape.top + shape.bottom) / 2, shape.x0, shape.x1))
        elif shape.width <= _RULE and shape.height >= _MIN_LENGTH and (shape.stroked or shape.filled):
            edges.append(_Edge(False, (shape.x0 + shape.x1) / 2, shape.top, shape.bottom))
        elif shape.kind == "rect" and shape.stroked:  # an outlined box: its four sides are rules
            edges += [
                _Edge(True, shape.top, shape.x0, shape.x1),
                _Edge(True, shape.bottom, shape.x0, shape.x1),
                _Edge(False, shape.x0, shape.top, shape.bottom),
                _Edge(False, shape.x1, shape.top, shape.bottom),
            ]
    return _merged(edges)


def _merged(edges: list[_Edge]) -> list[_Edge]:
    """Rules on one line (within _SNAP) that touch or overlap become one."""
    result: list[_Edge] = []
    for horizontal in (True, False):
        lines: list[list[_Edge]] = []
        for edge in sorted((e for e in edges if e.horizontal == horizontal), key=lambda e: e.at):
            if lines and edge.at - lines[-1][0].at <= _SNAP:
                lines[-1].append(edge)
            else:
                lines.append([edge])
        for line in lines:
            at = statistics.median(e.at for e in line)
            spans = sorted((e.start, e.end) for e in line)
            start, end = spans[0]
            for s, e in spans[1:]:
                if s <= end + _SNAP:
                    end = max(end, e)
                else:
                    result.append(_Edge(horizontal, at, start, end))
                    start, end = s, e
            result.append(_Edge(horizontal, at, start, end))
    return result


def _cells(edges: list[_Edge]) -> list[Cell]:
    """The smallest rectangles closed by rules on all four sides."""
    horizontal = [e for e in edges if e.horizontal]
    vertical = [e for e in edges if not e.horizontal]
    corners = {(v.at, h.at) for h in horizontal for v in vertical if h.start - _SNAP <= v.at <= h.end + _SNAP and v.start - _SNAP <= h.at <= v.end + _SNAP}

    def joined_across(y: float, x0: float, x1: float) -> bool:
        return any(h.at == y and h.start - _SNAP <= x0 and x1 <= h.end + _SNAP for h in horizontal)

    def joined_down(x: float, y0: float, y1: float) -> bool:
        return any(v.at == x and v.start - _SNAP <= y0 and y1 <= v.end + _SNAP for v in vertical)

    cells = []
    for x, y in sorted(corners, key=lambda p: (p[1], p[0])):
        below = sorted(q[1] for q in corners if q[0] == x and q[1] > y)
        right = sorted(q[0] for q in corners if q[1] == y and q[0] > x)
        found = False
        for bottom in below:
            if not joined_down(x, y, bottom):
                break
            for far in right:
                if not joined_across(y, x, far):
                    break
                if (far, bottom) in corners and joined_down(far, y, bottom) and joined_across(bottom, x, far):
                    cells.append(Cell(x, y, far, bottom))
                    found = True
                    break
            if found:
                break
    return cells


def _tables(cells: list[Cell]) -> list[list[Cell]]:
    """Cells that share a corner belong to one table."""
    tables: list[tuple[set[tuple[float, float]], list[Cell]]] = []
    for cell in cells:
        corners = {(cell.x0, cell.top), (cell.x1, cell.top), (cell.x0, cell.bottom), (cell.x1, cell.bottom)}
        touching = [t for t in tables if t[0] & corners]
        merged = (set(corners), [cell])
        for table in touching:
            merged[0].update(table[0])
            merged[1].extend(table[1])
            tables.remove(table)
        tables.append(merged)
    return [sorted(t[1], key=lambda c: (c.top, c.x0)) for t in tables]


def table_rows(page: PageContent) -> tuple[list[Row], set[int]]:
    """Each accepted table's rows, one Row per table row with its cells joined by ' | ', and the ids of
    the characters those rows hold."""
    edges = _edges(page.shapes)
    if sum(e.horizontal for e in edges) < 2 or sum(not e.horizontal for e in edges) < 2:
        return [], set()
    rows: list[Row] = []
    placed: set[int] = set()
    for cells in _tables(_cells(edges)):
        table = _read(cells, page.chars)
        if table is None:
            continue
        for cell_texts, chars in table:
            size = statistics.median(c.size for c in chars)
            top, bottom = min(c.top for _, c in cell_texts), max(c.bottom for _, c in cell_texts)
            text = " | ".join(text for text, _ in cell_texts)
            word = Word(text, cell_texts[0][1].x0, cell_texts[-1][1].x1, top, bottom, size, chars[0].fontname)
            rows.append(Row([word], top, bottom, chars=chars))
            placed.update(id(c) for c in chars)
    return rows, placed


def _read(cells: list[Cell], chars: tuple[Char, ...]) -> list[tuple[list[tuple[str, Cell]], list[Char]]] | None:
    """[(cells with their text, the row's characters)] of a real table, else None."""
    by_top: dict[float, list[Cell]] = {}
    for cell in cells:
        by_top.setdefault(cell.top, []).append(cell)
    table: list[tuple[list[tuple[str, Cell]], list[Char]]] = []
    for top in sorted(by_top):
        row_cells: list[tuple[str, Cell]] = []
        row_chars: list[Char] = []
        for cell in sorted(by_top[top], key=lambda c: c.x0):
            inside = [c for c in chars if cell.holds(c)]
            text = " ".join(r.text() for r in group_rows(inside))
            if text:
                row_cells.append((text, cell))
                row_chars += inside
        if row_cells:
            table.append((row_cells, row_chars))
    if sum(len(row_cells) >= 2 for row_cells, _ in table) < 2:
        return None
    return table
