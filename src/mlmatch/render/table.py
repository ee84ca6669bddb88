"""The ranked batch as a terminal table, best first. File names and errors are shown with control
characters replaced, so a hostile file name cannot move the cursor or recolour the terminal."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import click

from .row import Row

FILE_WIDTH = 48
MISSING_SHOWN = 3
_CONTROL = {code: "?" for code in [*range(0x20), 0x7F, *range(0x80, 0xA0)]}


def printable(text: str) -> str:
    return text.translate(_CONTROL)


def _share(value: float | None) -> str:
    return "" if value is None else f"{value:.0%}"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else "…" + text[-(width - 1) :]


def render_table(rows: Iterable[Row], with_coverage: bool, with_match: bool, color: bool = False) -> Iterator[str]:
    """One line per resume (already in rank order), then nothing else: counts go to stderr."""

    def style(text: str, bold: bool | None = None, fg: str | None = None) -> str:
        return click.style(text, bold=bold, fg=fg) if color else text

    columns = (
        [("#", 4), ("level", 9), ("conf", 5), ("years", 5), ("ml/sw", 5)] + ([("cover", 5)] if with_coverage else []) + ([("match", 5)] if with_match else []) + [("outc", 5), ("file", FILE_WIDTH)]
    )
    header = " ".join(f"{name:<{width}}" if name in ("level", "file") else f"{name:>{width}}" for name, width in columns)
    if with_coverage or with_match:
        header += " missing"
    yield style(header.rstrip(), bold=True) + "\n"
    rank = 0
    for row in rows:
        file = f"{_clip(printable(row.file), FILE_WIDTH):<{FILE_WIDTH}}"
        if row.error is not None:
            blanks = " ".join(" " * width for _, width in columns[2:-1])
            yield f"{'-':>4} {'error':<9} {blanks} {file} {style(printable(row.error), fg='red')}\n"
            continue
        rank += 1
        cells = [f"{rank:>4}", f"{row.level:<9}", f"{_share(row.confidence):>5}", f"{row.years:>5g}", f"{row.relevant_years:>5g}"]
        cells += [f"{_share(row.coverage):>5}"] if with_coverage else []
        cells += [f"{_share(row.match_rate):>5}"] if with_match else []
        cells += [f"{_share(row.outcome_ratio):>5}", file]
        missing = ", ".join(printable(name) for name in row.missing[:MISSING_SHOWN])
        yield (" ".join(cells) + (" " + missing if missing else "")).rstrip() + "\n"
