"""Batch rows as CSV, and back (for --resume). Resume text and file names come from strangers, and a
recruiter opens this in a spreadsheet: a cell that begins with = + - @, a tab or a carriage return would
run as a formula, so it is neutralised with a leading apostrophe (OWASP's advice on CSV injection)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from .row import Row

COLUMNS = ("file", "level", "confidence", "years", "relevant_years", "coverage", "match_rate", "outcome_ratio", "missing", "error", "size", "modified", "screened_with")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_QUOTE = "'"
MISSING_SEPARATOR = "; "


def neutralise(cell: str) -> str:
    # A cell already beginning with an apostrophe gets another, so reading back is exact.
    return _QUOTE + cell if cell.startswith(_FORMULA_START + (_QUOTE,)) else cell


def restore(cell: str) -> str:
    return cell[1:] if cell.startswith(_QUOTE) and cell[1:].startswith(_FORMULA_START + (_QUOTE,)) else cell


def _number(value: float | int | None) -> str:
    return "" if value is None else format(round(value, 3), "g")


def _line(cells: Iterable[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow([neutralise(cell) for cell in cells])
    return out.getvalue()


def csv_header() -> str:
    return _line(COLUMNS)


def csv_row(row: Row) -> str:
    return _line(
        [
            row.file,
            row.level or "",
            _number(row.confidence),
            _number(row.years),
            _number(row.relevant_years),
            _number(row.coverage),
            _number(row.match_rate),
            _number(row.outcome_ratio),
            MISSING_SEPARATOR.join(row.missing),
            row.error or "",
            "" if row.size is None else str(row.size),
            row.modified or "",
            row.screened_with,
        ]
    )


def read_csv_rows(text: str) -> Iterator[Row]:
    """The rows of a batch CSV this module wrote; a last line cut short (no line end) is dropped.
    Raises ValueError when the header is not ours."""
    complete = text[: text.rfind("\r\n") + 2] if "\r\n" in text else ""
    reader = csv.reader(io.StringIO(complete, newline=""))
    if tuple(restore(cell) for cell in next(reader, ())) != COLUMNS:
        raise ValueError("not a batch CSV written by this mlmatch (its header differs: another program's, or an earlier mlmatch's); start again without --resume")
    for cells in reader:
        if len(cells) != len(COLUMNS):
            continue
        yield _row(dict(zip(COLUMNS, (restore(cell) for cell in cells), strict=True)))


def _row(value: dict[str, str]) -> Row:
    def number(name: str) -> float | None:
        return float(value[name]) if value[name] else None

    return Row(
        file=value["file"],
        level=value["level"] or None,
        confidence=number("confidence"),
        years=number("years"),
        relevant_years=number("relevant_years"),
        coverage=number("coverage"),
        match_rate=number("match_rate"),
        outcome_ratio=number("outcome_ratio"),
        missing=tuple(value["missing"].split(MISSING_SEPARATOR)) if value["missing"] else (),
        error=value["error"] or None,
        size=int(value["size"]) if value["size"] else None,
        modified=value["modified"] or None,
        screened_with=value["screened_with"],
    )
