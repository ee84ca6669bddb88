"""Page content through pdfplumber (pdfminer.six): the reference character source, pure Python, ~70 ms a page."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import UnreadableError
from .pdf_content import Char, PageContent, PdfFile, Shape, char_at, file_dates

if TYPE_CHECKING:
    from pdfplumber.page import Page
    from pdfplumber.pdf import PDF


def cause(error: Exception) -> Exception:
    """What pdfplumber wrapped; our own UnreadableError (the time limit) goes straight through."""
    wrapped = error.args[0] if error.args and isinstance(error.args[0], Exception) else error
    if isinstance(wrapped, UnreadableError):
        raise wrapped from None
    if isinstance(error, UnreadableError):
        raise error
    return wrapped


@contextmanager
def pdfplumber_file(path: Path | BytesIO, max_pages: int) -> Iterator[PdfFile]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(path)
    except Exception as error:  # pdfminer raises many unrelated types for damaged files
        wrapped = cause(error)
        if isinstance(wrapped, PDFPasswordIncorrect):
            raise UnreadableError("the PDF is encrypted with a password; mlmatch cannot read it") from None
        raise UnreadableError(f"not a readable PDF ({type(wrapped).__name__}): the file is damaged or truncated") from None
    try:
        dates = file_dates(pdf.metadata or {})
        try:
            pages = pdf.pages
            page_count = len(pages)
        except Exception as error:
            raise UnreadableError(f"not a readable PDF ({type(cause(error)).__name__}): the file is damaged or truncated") from None
        yield PdfFile(page_count, dates, _pages(pages[:max_pages]))
    finally:
        _close(pdf)


def _close(pdf: PDF) -> None:
    """Close the file; closing walks the page tree again, which in a damaged file raises anew and
    would hide the reason already given."""
    try:
        pdf.close()
    except Exception:
        pdf.stream.close()


def _pages(pages: Iterable[Page]) -> Iterator[PageContent]:
    for number, page in enumerate(pages, start=1):
        try:
            content = PageContent(number, float(page.width), float(page.height), _drawn_once(_char(c) for c in page.chars), _shapes(page), len(page.images))
        except Exception as error:
            raise UnreadableError(f"page {number} cannot be read ({type(cause(error)).__name__}): the file is damaged") from None
        finally:
            page.close()  # pdfplumber caches the page's layout objects until told to let go
        yield content


# PDFium spells a ligature out ("ﬁ" -> "fi"); so does this source, so both count the same letters.
_LIGATURES = {chr(code): unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}


def _char(char: dict[str, Any]) -> Char:
    text = _LIGATURES.get(char["text"], char["text"])
    a, b, c, d, _, f = char["matrix"]
    if b or c or a * d <= 0:  # rotated or mirrored text: keep pdfminer's box
        return Char(text, char["x0"], char["x1"], char["top"], char["bottom"], char["size"], char["fontname"])
    # pdfplumber's `top` is (page top) - y1, so the baseline y = f in the same coordinates is:
    baseline = char["top"] + char["y1"] - f
    return char_at(text, char["x0"], char["x1"], baseline, char["size"], char["fontname"])


def _drawn_once(chars: Iterable[Char]) -> tuple[Char, ...]:
    """The characters without a glyph drawn again on itself (a word processor's fake bold): the same
    letter in the same font within 0.07 em of one of the seven drawn just before it, the rule PDFium
    applies while it reads, so both sources keep the same characters."""
    kept: list[Char] = []
    for char in chars:
        near = 0.07 * char.size
        if char.text.strip() and any(other.text == char.text and other.fontname == char.fontname and abs(other.x0 - char.x0) < near and abs(other.bottom - char.bottom) < near for other in kept[-7:]):
            continue
        kept.append(char)
    return tuple(kept)


def _shapes(page: Page) -> tuple[Shape, ...]:
    shapes: list[Shape] = []
    for kind, objects in (("rect", page.rects), ("line", page.lines), ("curve", page.curves)):
        for shape in objects:
            shapes.append(Shape(kind, shape["x0"], shape["top"], shape["x1"], shape["bottom"], bool(shape.get("stroke")), bool(shape.get("fill"))))
    return tuple(shapes)
