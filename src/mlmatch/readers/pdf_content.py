"""What the PDF layout code reads from one page, whichever library read it: the characters with their
boxes and fonts, the shapes drawn on the page and its size. Both character sources (pdf_plumber.py,
pdf_pdfium.py) produce exactly this, so the layout code cannot tell them apart.

Coordinates are pdfplumber's: points from the page's top-left corner, `top` < `bottom`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from ..document import FileDate

ENGINES = ("pdfium", "pdfplumber")
DEFAULT_ENGINE = "pdfium"  # proven equal on every PDF in the repo (tests/test_pdf_engines.py), 3.5x faster

# The two libraries measure a glyph's height differently (pdfminer from the font descriptor's Descent,
# which LibreOffice writes as 0; pdfium from the font program), so both sources derive the box from what
# they agree on, the baseline and the font size: 0.8 em above the baseline and 0.2 em below it.
DESCENT = 0.2


class Char(NamedTuple):
    """One character of the page's text layer. A NamedTuple, not a dataclass: a page has thousands and
    building them is on the hot path of the fast engine."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    fontname: str


def char_at(text: str, x0: float, x1: float, baseline: float, size: float, fontname: str) -> Char:
    size = round(size, 2)  # pdfium computes in single precision: 11.04 is 11.0399999
    return Char(text, x0, x1, baseline - (1 - DESCENT) * size, baseline + DESCENT * size, size, fontname)


@dataclass(frozen=True)
class Shape:
    """A painted path: `kind` "line" (two points), "rect" (an axis-aligned rectangle) or "curve" (anything else)."""

    kind: str
    x0: float
    top: float
    x1: float
    bottom: float
    stroked: bool
    filled: bool

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True)
class PageContent:
    number: int  # 1-based
    width: float
    height: float
    chars: tuple[Char, ...]
    shapes: tuple[Shape, ...]
    images: int


@dataclass(frozen=True)
class PdfFile:
    """An opened PDF: its page count, the dates it records, and its pages read one at a time (each page's
    resources are freed before the next is read)."""

    page_count: int
    file_dates: tuple[FileDate, ...]
    pages: Iterator[PageContent]


_PDF_DATE = re.compile(r"^(?:D:)?((?:19|20)\d{2})(\d{2})(\d{2})?")


def file_dates(metadata: Mapping[str, object]) -> tuple[FileDate, ...]:
    """The document information dictionary's ModDate and CreationDate ("D:20221205185419Z"), valid ones only."""
    dates = []
    for key in ("ModDate", "CreationDate"):
        value = metadata.get(key)
        if isinstance(value, bytes):
            value = value.decode("latin-1", "replace")
        match = _PDF_DATE.match(str(value or "").strip())
        if match and 1 <= int(match.group(2)) <= 12:
            try:
                dates.append(FileDate(date(int(match.group(1)), int(match.group(2)), int(match.group(3) or 1)), f"PDF {key}"))
            except ValueError:
                continue
    return tuple(dates)
