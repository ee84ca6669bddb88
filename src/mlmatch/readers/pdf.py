"""PDF through pdfplumber: characters -> rows in reading order -> Lines, with bullets found, wrapped
lines joined, running headers, footers and page numbers dropped."""

from __future__ import annotations

import re
import time
from datetime import date
from pathlib import Path

from ..document import Document, FileDate, Line
from ..errors import UnreadableError
from .normalize import BULLET_GLYPHS, clean, drop_private_use, split_bullet
from .pdf_layout import inside, layout_rows, table_rows
from .pdf_rows import Row
from .words import join_hyphenated

_PAGE_NUMBER = re.compile(r"^(page\s*)?\d{1,3}(\s*(of|/)\s*\d{1,3})?$|^-\s*\d{1,3}\s*-$", re.IGNORECASE)
_GARBLED = re.compile(r"\(cid:\d+\)|\ufffd")
_MARGIN = 0.08  # share of the page height at top and bottom where running headers and footers live


def _markers(page) -> list[tuple[float, float, float, float]]:
    """Small filled shapes a browser or word processor draws as list markers instead of a glyph."""
    shapes = []
    for shape in list(page.curves) + list(page.rects):
        width, height = shape["x1"] - shape["x0"], shape["bottom"] - shape["top"]
        if 1.0 <= width <= 7.0 and 1.0 <= height <= 7.0 and 0.6 <= width / height <= 1.6:
            shapes.append((shape["x0"], shape["top"], shape["x1"], shape["bottom"]))
    return shapes


def _has_drawn_marker(row: Row, markers: list[tuple[float, float, float, float]]) -> bool:
    for _, top, x1, bottom in markers:
        middle = (top + bottom) / 2
        if row.top - 1 <= middle <= row.bottom + 1 and 0 <= row.x0 - x1 <= 2.5 * row.size:
            return True
    return False


def _bullet(row: Row, markers) -> tuple[bool, str, float]:
    """(is_bullet, text without the marker, x where the bullet's text starts)."""
    first = row.words[0]
    rest_x = row.words[1].x0 if len(row.words) > 1 else row.x0
    if first.symbol and len(first.text) <= 2:
        return True, _text(row.words[1:]), rest_x  # Zapf Dingbats "l", Wingdings "q" or "§"
    if _GARBLED.fullmatch(first.text) and len(row.words) > 1:
        return True, _text(row.words[1:]), rest_x  # a marker glyph with no Unicode mapping
    raw = row.text()
    bullet, text = split_bullet(raw)
    if bullet:
        return True, clean(drop_private_use(text)), rest_x if first.text in BULLET_GLYPHS or len(first.text) == 1 else row.x0
    if _has_drawn_marker(row, markers):
        return True, clean(drop_private_use(raw)), row.x0
    return False, clean(drop_private_use(raw)), row.x0


def _text(words) -> str:
    return clean(drop_private_use(Row(list(words), 0, 0).text())) if words else ""


_CONTACT = re.compile(r"@|https?://|www\.|\.(com|org|io|net|dev)\b|^\+?\d[\d ()-]{6,}$|linkedin|github", re.I)


def _continues(previous: tuple[Row, str, bool, float], row: Row, text: str, right_edge: float) -> bool:
    """Whether `row` wraps the line before it: same column, close below, same size, and either the
    hanging indent of a bullet or a sentence that reached the column's edge and visibly goes on."""
    last_row, last_text, was_bullet, text_x = previous
    if last_row.column != row.column or not text or not last_text:
        return False
    gap = row.top - last_row.bottom
    if gap > 0.8 * row.size or gap < -1 or abs(row.size - last_row.size) > 0.6 or row.bold != last_row.bold:
        return False
    reached_edge = last_row.x1 >= right_edge - 0.15 * (right_edge - last_row.x0)
    if was_bullet:
        return abs(row.x0 - text_x) < 3 or (reached_edge and text[0].islower() and last_row.x0 - 3 <= row.x0 <= text_x + 3)
    if last_row.bold and row.bold and row.size >= 14 and len(text.split()) <= 3 and abs(row.x0 - last_row.x0) < 3:
        return True  # a large title (a name) that wrapped in a narrow sidebar
    if abs(row.x0 - last_row.x0) >= 3 or _tab_stopped(last_row) or _italic(row) != _italic(last_row):
        return False
    if last_row.x1 < right_edge - 0.15 * (right_edge - last_row.x0):
        return False  # the line before ended early: a line of its own, not a wrapped one
    if _CONTACT.search(last_text) or _CONTACT.search(text):
        return last_text.endswith(("-", "/")) and " " not in text  # a link broken at its hyphen
    if len(text.split()) <= 2 and not re.search(r"\d", text):
        return True  # the last word or two of a wrapped line
    return text[0].islower() or last_text.endswith((",", "-", "/", "&")) or last_text.split()[-1].lower() in {"and", "or", "of", "the", "to", "in", "for", "with", "a", "an"}


def _tab_stopped(row: Row) -> bool:
    """A row with a wide gap inside it (a date pushed to the right margin) is not running prose."""
    return any(b.x0 - a.x1 > 2.5 * row.size for a, b in zip(row.words, row.words[1:]))


def _italic(row: Row) -> bool:
    return sum(bool(re.search(r"italic|oblique|cmti|-it\b|,it", w.fontname, re.I)) for w in row.words) * 2 > len(row.words)


def _join(first: str, second: str) -> str:
    """Join a wrapped line, mending a word hyphenated across the break."""
    if _CONTACT.search(first) and first.endswith(("-", "/")):
        return first + second
    if re.search(r"[a-z]-$", first) and second[:1].islower():
        return join_hyphenated(first, second)
    return f"{first} {second}"


def _page_lines(page, markers) -> list[tuple[Row, str, bool]]:
    tables, boxes = table_rows(page)
    chars = [c for c in page.chars if not inside(c, boxes)] if boxes else list(page.chars)
    rows = layout_rows(chars, float(page.width)) if chars else []
    for table_row in tables:
        position = next((i for i, r in enumerate(rows) if r.top > table_row.top and r.column in (0, table_row.column)), len(rows))
        rows.insert(position, table_row)
    right_edge = {column: max(r.x1 for r in rows if r.column == column) for column in {r.column for r in rows}}
    merged: list[tuple[Row, str, bool, float]] = []
    for row in rows:
        bullet, text, text_x = _bullet(row, markers)
        if not text:
            continue
        if not bullet and merged and _continues(merged[-1], row, text, right_edge[row.column]):
            last_row, last_text, was_bullet, last_x = merged[-1]
            merged[-1] = (Row(last_row.words + row.words, last_row.top, row.bottom, last_row.column), _join(last_text, text), was_bullet, last_x)
            continue
        merged.append((row, text, bullet, text_x))
    return [(row, text, bullet) for row, text, bullet, _ in merged]


def _running_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower())


def _cause(error: Exception) -> Exception:
    """What pdfplumber wrapped; our own UnreadableError (the time limit) goes straight through."""
    cause = error.args[0] if error.args and isinstance(error.args[0], Exception) else error
    if isinstance(cause, UnreadableError):
        raise cause from None
    if isinstance(error, UnreadableError):
        raise error
    return cause


_PDF_DATE = re.compile(r"^(?:D:)?((?:19|20)\d{2})(\d{2})(\d{2})?")


def file_dates(metadata: dict) -> tuple[FileDate, ...]:
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


def read_pdf(path: Path, max_pages: int, deadline: float | None = None) -> Document:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(path)
    except Exception as error:  # pdfminer raises many unrelated types for damaged files
        cause = _cause(error)
        if isinstance(cause, PDFPasswordIncorrect):
            raise UnreadableError("the PDF is encrypted with a password; mlmatch cannot read it") from None
        raise UnreadableError(f"not a readable PDF ({type(cause).__name__}): the file is damaged or truncated") from None
    warnings: list[str] = []
    dates = file_dates(pdf.metadata or {})
    pages_read: list[tuple[object, list[tuple[Row, str, bool]]]] = []
    images = 0
    with pdf:
        try:
            pages = pdf.pages
            page_count = len(pages)
        except Exception as error:
            raise UnreadableError(f"not a readable PDF ({type(_cause(error)).__name__}): the file is damaged or truncated") from None
        if page_count > max_pages:
            warnings.append(f"the PDF has {page_count} pages; only the first {max_pages} were read (--max-pages)")
        for page_number, page in enumerate(pages[:max_pages], start=1):
            if deadline is not None and time.monotonic() > deadline:
                raise UnreadableError(f"reading took longer than the time limit (at page {page_number}); see --timeout")
            try:
                images += len(page.images)
                pages_read.append((page, _page_lines(page, _markers(page))))
                page.flush_cache()
            except Exception as error:
                raise UnreadableError(f"page {page_number} cannot be read ({type(_cause(error)).__name__}): the file is damaged") from None
    return _document(path, pages_read, page_count, images, warnings, dates)


def _document(path: Path, pages_read, page_count: int, images: int, warnings: list[str], dates: tuple[FileDate, ...] = ()) -> Document:
    # A line at the top or bottom margin that repeats on several pages is a running header or footer.
    seen: dict[str, set[int]] = {}
    for number, (page, rows) in enumerate(pages_read, start=1):
        height = float(page.height)
        for row, text, _ in rows:
            if row.top < _MARGIN * height or row.bottom > (1 - _MARGIN) * height:
                seen.setdefault(_running_key(text), set()).add(number)
    running = {key for key, on_pages in seen.items() if len(on_pages) >= 2}
    lines: list[Line] = []
    chars = garbled = 0
    for page_number, (page, rows) in enumerate(pages_read, start=1):
        height = float(page.height)
        number = 0
        for row, text, bullet in rows:
            in_margin = row.top < _MARGIN * height or row.bottom > (1 - _MARGIN) * height
            if in_margin and (_running_key(text) in running or _PAGE_NUMBER.match(text)):
                continue
            glyphs = _GARBLED.findall(text)  # "(cid:12)" is one glyph, not eight characters
            garbled += len(glyphs)
            chars += len(text) - sum(len(g) for g in glyphs) + len(glyphs)
            text = clean(_GARBLED.sub("", text))
            if not text:
                continue
            number += 1
            lines.append(Line(text=text, number=number, page=page_number, column=row.column, font_size=round(row.size, 1), bold=row.bold, bullet=bullet))
    if not lines:
        if images:
            raise UnreadableError("the PDF has no text layer (a scanned image?); mlmatch does not do OCR")
        raise UnreadableError("the PDF contains no text")
    if chars and garbled / chars > 0.5:
        raise UnreadableError("the PDF's text layer is garbled (its fonts have no Unicode mapping); mlmatch cannot read it")
    if chars and garbled / chars > 0.02:
        warnings.append(f"{garbled / chars:.0%} of the text could not be decoded (fonts without Unicode mapping)")
    return Document(path=str(path), format="pdf", lines=tuple(lines), pages=page_count, warnings=tuple(warnings), file_dates=dates)
