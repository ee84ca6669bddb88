"""PDF: a page's characters and shapes (from pdfium or pdfplumber, pdf_content.PageContent) -> rows in
reading order -> Lines, with ruled tables read row by row, bullets found, wrapped lines joined, running
headers, footers and page numbers dropped, and a check that every character of the text layer was placed."""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from contextlib import AbstractContextManager
from io import BytesIO
from itertools import pairwise
from pathlib import Path

from ..document import Document, FileDate, Line
from ..errors import UnreadableError
from .normalize import BULLET_GLYPHS, clean, drop_private_use, split_bullet
from .pdf_content import DEFAULT_ENGINE, ENGINES, Char, PageContent, PdfFile
from .pdf_layout import layout_rows
from .pdf_rows import Row, Word, is_icon_font
from .pdf_tables import table_rows
from .words import join_hyphenated

_PAGE_NUMBER = re.compile(r"^(page\s*)?\d{1,3}(\s*(of|/)\s*\d{1,3})?$|^-\s*\d{1,3}\s*-$", re.IGNORECASE)
_GARBLED = re.compile(r"\(cid:\d+\)|\ufffd")
_MARGIN = 0.08  # share of the page height at top and bottom where running headers and footers live
_FOLIO_BAND = 0.25  # a page number alone on the page's last row, this low, is dropped wherever it stands


def _markers(page: PageContent) -> list[tuple[float, float, float, float]]:
    """Small shapes a browser or word processor draws as list markers instead of a glyph."""
    return [(s.x0, s.top, s.x1, s.bottom) for s in page.shapes if s.kind in ("curve", "rect") and 1.0 <= s.width <= 7.0 and 1.0 <= s.height <= 7.0 and 0.6 <= s.width / s.height <= 1.6]


def _has_drawn_marker(row: Row, markers: list[tuple[float, float, float, float]]) -> bool:
    for _, top, x1, bottom in markers:
        middle = (top + bottom) / 2
        if row.top - 1 <= middle <= row.bottom + 1 and 0 <= row.x0 - x1 <= 2.5 * row.size:
            return True
    return False


def _icon_lead(row: Row) -> Char | None:
    """An icon-font glyph standing before the row's first word (a phone icon, or a list marker)."""
    glyphs = [c for c in row.chars if c.text.strip() and c.x1 <= row.words[0].x0 + 0.5]
    lead = min(glyphs, key=lambda c: c.x0, default=None)
    return lead if lead is not None and is_icon_font(lead.fontname) else None


def _icon_markers(rows: list[Row]) -> set[float]:
    """Where an icon font's glyph leads three rows or more at one x (moderncv sets its list markers in
    marvosym): a column of list markers, not icons."""
    places: list[float] = [round(lead.x0) for row in rows if (lead := _icon_lead(row)) is not None]
    return {x for x in set(places) if sum(abs(x - other) <= 1.5 for other in places) >= 3}


def _bullet(row: Row, markers: list[tuple[float, float, float, float]], icon_markers: AbstractSet[float] = frozenset()) -> tuple[bool, str, float]:
    """(is_bullet, text without the marker, x where the bullet's text starts)."""
    first = row.words[0]
    lead = _icon_lead(row) if icon_markers else None
    if lead is not None and any(abs(round(lead.x0) - x) <= 1.5 for x in icon_markers) and not _CONTACT.search(row.text()):
        return True, clean(drop_private_use(row.text())), row.x0
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


def _text(words: list[Word]) -> str:
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
    if right_edge - last_row.x1 > (row.words[0].x1 - row.words[0].x0) + 0.5 * row.size:
        return False  # the next word would have fitted on the line before: a line of its own, not a wrapped one
    if _CONTACT.search(last_text) or _CONTACT.search(text):
        return last_text.endswith(("-", "/")) and " " not in text  # a link broken at its hyphen
    if len(text.split()) <= 2 and not re.search(r"\d", text):
        return True  # the last word or two of a wrapped line
    return (
        text[0].islower()
        or last_text.endswith((",", "-", "/", "&"))
        or last_text.split()[-1].lower() in {"and", "or", "of", "the", "to", "in", "for", "with", "a", "an", "by", "from", "at", "on", "as", "into", "than"}
    )


def _tab_stopped(row: Row) -> bool:
    """A row with a wide gap inside it (a date pushed to the right margin) is not running prose."""
    return any(b.x0 - a.x1 > 2.5 * row.size for a, b in pairwise(row.words))


def _italic(row: Row) -> bool:
    return sum(bool(re.search(r"italic|oblique|cmti|-it\b|,it", w.fontname, re.I)) for w in row.words) * 2 > len(row.words)


def _join(first: str, second: str) -> str:
    """Join a wrapped line, mending a word hyphenated across the break."""
    if _CONTACT.search(first) and first.endswith(("-", "/")):
        return first + second
    if re.search(r"[a-z]-$", first) and second[:1].islower():
        return join_hyphenated(first, second)
    return f"{first} {second}"


def page_lines(page: PageContent) -> list[tuple[Row, str, bool]]:
    """The page's lines in reading order: (the row with every character it holds, text, is a bullet)."""
    tables, in_tables = table_rows(page)
    chars = [c for c in page.chars if id(c) not in in_tables] if in_tables else list(page.chars)
    rows = layout_rows(chars, page.width) if chars else []
    for table_row in tables:
        position = next((i for i, r in enumerate(rows) if r.top > table_row.top and r.column in (0, table_row.column)), len(rows))
        rows.insert(position, table_row)
    markers = _markers(page)
    icon_markers = _icon_markers(rows)
    right_edge = {column: max(r.x1 for r in rows if r.column == column) for column in {r.column for r in rows}}
    merged: list[tuple[Row, str, bool, float]] = []
    for row in rows:
        if merged:
            row = _dates_to_head(row, merged, markers, icon_markers, right_edge[row.column])
            if not row.words:
                continue  # the row was only the length of time, now on its entry's head line
        bullet, text, text_x = _bullet(row, markers, icon_markers)
        if not text:
            continue
        if not bullet and merged and _continues(merged[-1], row, text, right_edge[row.column]):
            last_row, last_text, was_bullet, last_x = merged[-1]
            merged[-1] = (Row(last_row.words + row.words, last_row.top, row.bottom, last_row.column, last_row.chars + row.chars), _join(last_text, text), was_bullet, last_x)
            continue
        merged.append((row, text, bullet, text_x))
    return [(row, text, bullet) for row, text, bullet, _ in merged]


def _dates_to_head(row: Row, merged: list[tuple[Row, str, bool, float]], markers: list[tuple[float, float, float, float]], icon_markers: AbstractSet[float], right_edge: float) -> Row:
    """An entry's dates set beside its bullets (RenderCV's date column: "Apr 2020 – present" beside the
    first bullet, "1 year 3 months" beside the second) belong to the entry's head line above, not to a
    bullet's text: they are moved onto the head (in `merged`), and the row comes back without them."""
    if merged[-1][2] and _DURATION.match(row.text()):
        body, tail = Row([], row.top, row.bottom, row.column, []), row
    else:
        split = _dated_tail(row)
        if split is None:
            return row
        body, tail = split
        bullet, text, _ = _bullet(body, markers, icon_markers)
        if not bullet and not (merged[-1][2] and _continues(merged[-1], body, text, right_edge)):
            return row  # dates beside a head or a line of prose stay on their row
    head = next((i for i in range(len(merged) - 1, -1, -1) if not merged[i][2] and merged[i][0].column == row.column), None)
    if head is None or head < len(merged) - _TAIL_REACH:
        return row
    head_row, head_text, _, head_x = merged[head]
    merged[head] = (Row(head_row.words + tail.words, head_row.top, head_row.bottom, head_row.column, head_row.chars + tail.chars), f"{head_text} {_text(tail.words)}", False, head_x)
    return body


_TAIL_REACH = 6  # lines back to the entry's head that a date beside a bullet is moved to
_RANGE_LIKE = re.compile(  # the dashes of dates.DASHES, which a reader may not import (DESIGN section 9)
    r"(?:19|20)\d\d\s*[-–—‐‑−~→]|[-–—‐‑−~→]\s*(?:(?:19|20)\d\d|present|current|now|today|ongoing)\b", re.I
)
_DURATION = re.compile(r"^(?:\d+\s*(?:years?|yrs?|y|months?|mos?|m)\b[\s,]*){1,2}$", re.I)


def _dated_tail(row: Row) -> tuple[Row, Row] | None:
    """(the row before a wide gap, the words after it) when those words are a date range or a length of
    time ("1 year 3 months") set at a tab stop; None otherwise."""
    cut = next((i for i in range(len(row.words) - 1, 0, -1) if row.words[i].x0 - row.words[i - 1].x1 > 2.5 * row.size), None)
    if cut is None or len(row.words) - cut > 6:
        return None
    tail_text = " ".join(w.text for w in row.words[cut:])
    if not (_RANGE_LIKE.search(tail_text) or _DURATION.match(tail_text)):
        return None
    edge = row.words[cut].x0 - 0.5
    body = Row(row.words[:cut], row.top, row.bottom, row.column, [c for c in row.chars if c.x0 < edge])
    tail = Row(row.words[cut:], row.top, row.bottom, row.column, [c for c in row.chars if c.x0 >= edge])
    return body, tail


def _text_layer(char: Char) -> bool:
    """A character a reader must account for: not blank, not an icon (icon font or private-use glyph)."""
    return bool(char.text.strip()) and not is_icon_font(char.fontname) and bool(drop_private_use(char.text).strip())


def unplaced(page: PageContent, lines: list[tuple[Row, str, bool]]) -> str | None:
    """A warning when some of the page's text layer is in no line, or in more than one."""
    expected = {id(c) for c in page.chars if _text_layer(c)}
    placed = Counter(id(c) for row, _, _ in lines for c in row.chars)
    missing = len(expected - placed.keys())
    repeated = sum(1 for key, times in placed.items() if times > 1 and key in expected)
    if not expected or not (missing or repeated):
        return None
    problems = []
    if missing:
        problems.append(f"{missing} of its {len(expected)} characters ({missing / len(expected):.0%}) are in no line")
    if repeated:
        problems.append(f"{repeated} are in more than one line")
    return f"page {page.number}: " + " and ".join(problems) + "; the text read may be incomplete"


def _running_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower())


def _opener(engine: str) -> Callable[[Path | BytesIO, int], AbstractContextManager[PdfFile]]:
    if engine == "pdfium":
        from .pdf_pdfium import pdfium_file

        return pdfium_file
    if engine == "pdfplumber":
        from .pdf_plumber import pdfplumber_file

        return pdfplumber_file
    raise ValueError(f"unknown PDF engine {engine!r}; choose one of {', '.join(ENGINES)}")


def read_pdf(path: Path | BytesIO, max_pages: int, deadline: float | None = None, engine: str = DEFAULT_ENGINE) -> Document:
    warnings: list[str] = []
    pages_read: list[tuple[float, list[tuple[Row, str, bool]]]] = []
    images = 0
    with _opener(engine)(path, max_pages) as pdf:
        if pdf.page_count > max_pages:
            warnings.append(f"the PDF has {pdf.page_count} pages; only the first {max_pages} were read (--max-pages)")
        pages = iter(pdf.pages)
        for page_number in range(1, min(pdf.page_count, max_pages) + 1):
            if deadline is not None and time.monotonic() > deadline:
                raise UnreadableError(f"reading took longer than the time limit (at page {page_number}); see --timeout")
            try:
                page = next(pages)
                lines = page_lines(page)
            except UnreadableError:
                raise
            except Exception as error:
                raise UnreadableError(f"page {page_number} cannot be read ({type(error).__name__}): the file is damaged") from None
            images += page.images
            problem = unplaced(page, lines)
            if problem:
                warnings.append(problem)
            pages_read.append((page.height, lines))
    return _document(path, pages_read, pdf.page_count, images, warnings, pdf.file_dates)


def _document(path: Path | BytesIO, pages_read: list[tuple[float, list[tuple[Row, str, bool]]]], page_count: int, images: int, warnings: list[str], dates: tuple[FileDate, ...] = ()) -> Document:
    # A line at the top or bottom margin that repeats on several pages is a running header or footer.
    seen: dict[str, set[int]] = {}
    for number, (height, rows) in enumerate(pages_read, start=1):
        for row, text, _ in rows:
            if row.top < _MARGIN * height or row.bottom > (1 - _MARGIN) * height:
                seen.setdefault(_running_key(text), set()).add(number)
    running = {key for key, on_pages in seen.items() if len(on_pages) >= 2}
    lines: list[Line] = []
    running_lines: dict[str, Line] = {}  # the first of each, kept for what it says of the document ("Updated on 2023-11-06")
    chars = garbled = 0
    for page_number, (height, rows) in enumerate(pages_read, start=1):
        number = 0
        lowest = max((row.bottom for row, _, _ in rows), default=0.0)
        for row, text, bullet in rows:
            in_margin = row.top < _MARGIN * height or row.bottom > (1 - _MARGIN) * height
            # LaTeX sets the page number well above the margin band, below the text: the page's last row
            folio = row.bottom == lowest and row.top > (1 - _FOLIO_BAND) * height and _PAGE_NUMBER.match(text)
            key = _running_key(text)
            if folio or in_margin and (key in running or _PAGE_NUMBER.match(text)):
                if key in running:
                    running_lines.setdefault(key, Line(text=clean(text), number=number + 1, page=page_number, column=row.column))
                continue
            glyphs = _GARBLED.findall(text)  # "(cid:12)" is one glyph, not eight characters
            garbled += len(glyphs)
            chars += len(text) - sum(len(g) for g in glyphs) + len(glyphs)
            text = clean(_GARBLED.sub("", text))
            if not text:
                continue
            number += 1
            lines.append(Line(text=text, number=number, page=page_number, column=row.column, font_size=round(row.size, 1), bold=row.bold, bullet=bullet))
    if chars and garbled / chars > 0.5:  # before "no text": a layer of nothing but unmapped glyphs is garbled
        raise UnreadableError("the PDF's text layer is garbled (its fonts have no Unicode mapping); mlmatch cannot read it")
    if not lines:
        if images:
            raise UnreadableError("the PDF has no text layer (a scanned image?); mlmatch does not do OCR")
        raise UnreadableError("the PDF contains no text")
    if chars and garbled / chars > 0.02:
        warnings.append(f"{garbled / chars:.0%} of the text could not be decoded (fonts without Unicode mapping)")
    return Document(path=str(path), format="pdf", lines=tuple(lines), pages=page_count, warnings=tuple(warnings), file_dates=dates, running_lines=tuple(running_lines.values()))
