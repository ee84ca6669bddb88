"""PDF through pdfplumber: words with positions -> lines in reading order, column by column."""

from __future__ import annotations

import re
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from ..document import Document, Line
from ..errors import UnreadableError
from .normalize import BULLET_GLYPHS, clean, drop_private_use, split_bullet
from .words import join_hyphenated

# A word gap narrower than this share of the font size is kerning, not a space. Tightly justified
# LaTeX sets spaces near 0.2 em, so pdfplumber's fixed 3 pt default glues words together.
_WORD_GAP_RATIO = 0.12
_PAGE_NUMBER = re.compile(r"^(page\s*)?\d{1,3}(\s*(of|/)\s*\d{1,3})?$", re.IGNORECASE)
_GARBLED = re.compile(r"\(cid:\d+\)|\ufffd")


@dataclass
class _Row:
    words: list[dict]
    top: float
    bottom: float
    x0: float
    x1: float
    column: int = 0

    @property
    def size(self) -> float:
        return statistics.median(w["size"] for w in self.words)

    @property
    def bold(self) -> bool:
        bold = sum(len(w["text"]) for w in self.words if re.search(r"bold|black|heavy|semibold", w["fontname"], re.I))
        return bold * 2 > sum(len(w["text"]) for w in self.words)

    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)


def _rows(words: list[dict]) -> list[_Row]:
    """Group words into visual rows by their vertical overlap."""
    rows: list[_Row] = []
    for word in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
        height = word["bottom"] - word["top"]
        for row in reversed(rows[-3:]):
            overlap = min(row.bottom, word["bottom"]) - max(row.top, word["top"])
            if overlap > 0.5 * min(height, row.bottom - row.top):
                row.words.append(word)
                row.top, row.bottom = min(row.top, word["top"]), max(row.bottom, word["bottom"])
                row.x0, row.x1 = min(row.x0, word["x0"]), max(row.x1, word["x1"])
                break
        else:
            rows.append(_Row([word], word["top"], word["bottom"], word["x0"], word["x1"]))
    for row in rows:
        row.words = _mend_small_caps(sorted(row.words, key=lambda w: w["x0"]))
    return rows


def _mend_small_caps(words: list[dict]) -> list[dict]:
    """Small caps set the first letter larger: 'P' + 'ROFESSIONAL' is one word, not two."""
    mended: list[dict] = []
    for word in words:
        if mended:
            last = mended[-1]
            gap = word["x0"] - last["x1"]
            initial = len(last["text"]) == 1 or (last["text"][-1:].isupper() and last.get("small_caps"))
            if initial and last["text"][-1:].isupper() and word["text"][:1].isupper() and word["size"] < last["size"] - 0.5 and gap < 0.35 * last["size"]:
                mended[-1] = {**last, "text": last["text"] + word["text"], "x1": word["x1"], "small_caps": True}
                continue
        mended.append(word)
    return mended


def _gutter(words: list[dict], width: float) -> float | None:
    """The x of an empty vertical band that splits the page into two columns, if there is one."""
    if len(words) < 30:
        return None
    covered = [0] * (int(width) + 2)
    for word in words:
        for x in range(max(0, int(word["x0"])), min(len(covered), int(word["x1"]) + 1)):
            covered[x] += 1
    tolerance = max(1, len(words) // 100)
    best: tuple[int, int] | None = None
    start = None
    low, high = int(width * 0.18), int(width * 0.82)
    for x in range(low, high + 1):
        if covered[x] <= tolerance:
            start = x if start is None else start
            if best is None or x - start > best[1] - best[0]:
                best = (start, x)
        else:
            start = None
    if best is None or best[1] - best[0] < 6:
        return None
    middle = (best[0] + best[1]) / 2
    left = sum(1 for w in words if w["x1"] <= middle)
    right = sum(1 for w in words if w["x0"] >= middle)
    if min(left, right) < 0.12 * len(words):
        return None
    return middle


def _page_rows(page, words: list[dict]) -> list[_Row]:
    """Rows in reading order: full-width rows above the columns, then the left column, then the right."""
    gutter = _gutter(words, float(page.width))
    if gutter is None:
        return _rows(words)
    spanning = [w for w in words if w["x0"] < gutter < w["x1"]]
    left = [w for w in words if w["x1"] <= gutter]
    right = [w for w in words if w["x0"] >= gutter]
    rows = _rows(spanning)
    for column, side in enumerate((left, right), start=1):
        for row in _rows(side):
            row.column = column
            rows.append(row)
    return rows


def _markers(page) -> list[tuple[float, float, float, float]]:
    """Small filled shapes a browser or word processor draws as list markers instead of a glyph."""
    shapes = []
    for shape in list(page.curves) + list(page.rects):
        width, height = shape["x1"] - shape["x0"], shape["bottom"] - shape["top"]
        if 1.0 <= width <= 7.0 and 1.0 <= height <= 7.0 and 0.6 <= width / height <= 1.6:
            shapes.append((shape["x0"], shape["top"], shape["x1"], shape["bottom"]))
    return shapes


def _has_drawn_marker(row: _Row, markers: list[tuple[float, float, float, float]]) -> bool:
    for x0, top, x1, bottom in markers:
        middle = (top + bottom) / 2
        if row.top - 1 <= middle <= row.bottom + 1 and 0 <= row.x0 - x1 <= 2.5 * row.size:
            return True
    return False


def _merge_wrapped(rows: list[_Row], markers: list[tuple[float, float, float, float]]) -> list[tuple[_Row, str, bool]]:
    """(row, text, is_bullet), with a bullet's wrapped continuation rows joined into it."""
    merged: list[tuple[_Row, str, bool]] = []
    bullet_text_x: float | None = None
    for row in rows:
        raw = clean(drop_private_use(row.text()))
        if not raw:
            continue
        glyph_first = row.words[0]["text"][:1]
        bullet, text = split_bullet(raw)
        if not bullet and _has_drawn_marker(row, markers):
            bullet, text = True, raw
        if bullet:
            second = row.words[1]["x0"] if len(row.words) > 1 and row.words[0]["text"] in BULLET_GLYPHS else row.x0
            bullet_text_x = second
            merged.append((row, text, True))
            continue
        if merged and bullet_text_x is not None:
            previous, previous_text, was_bullet = merged[-1]
            gap = row.top - previous.bottom
            same_indent = abs(row.x0 - bullet_text_x) < 3 and glyph_first not in BULLET_GLYPHS
            if was_bullet and same_indent and previous.column == row.column and gap < row.size and abs(row.size - previous.size) < 0.6:
                merged[-1] = (row_union(previous, row), _join(previous_text, text), True)
                continue
        bullet_text_x = None if abs(row.x0 - (bullet_text_x or -99)) >= 3 else bullet_text_x
        merged.append((row, text, False))
    return merged


def row_union(first: _Row, second: _Row) -> _Row:
    return _Row(first.words + second.words, first.top, second.bottom, min(first.x0, second.x0), max(first.x1, second.x1), first.column)


def _join(first: str, second: str) -> str:
    """Join a wrapped line, mending a word hyphenated across the break."""
    if re.search(r"[a-z]-$", first) and second[:1].islower():
        return join_hyphenated(first, second)
    return f"{first} {second}"


def read_pdf(path: Path, max_pages: int, deadline: float | None = None) -> Document:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(path)
    except Exception as error:  # pdfminer raises many unrelated types for damaged files
        cause = error.args[0] if error.args and isinstance(error.args[0], Exception) else error
        if isinstance(cause, PDFPasswordIncorrect):
            raise UnreadableError("the PDF is encrypted with a password; mlmatch cannot read it") from None
        raise UnreadableError(f"not a readable PDF ({type(cause).__name__}): the file is damaged or truncated") from None
    lines: list[Line] = []
    warnings: list[str] = []
    chars = garbled = images = 0
    with pdf:
        try:
            pages = pdf.pages
        except Exception as error:
            raise UnreadableError(f"not a readable PDF ({type(error).__name__}): the file is damaged or truncated") from None
        if len(pages) > max_pages:
            warnings.append(f"the PDF has {len(pages)} pages; only the first {max_pages} were read (--max-pages)")
        for page_number, page in enumerate(pages[:max_pages], start=1):
            if deadline is not None and time.monotonic() > deadline:
                raise UnreadableError(f"reading took longer than the time limit (at page {page_number}); see --timeout")
            try:
                words = page.extract_words(x_tolerance_ratio=_WORD_GAP_RATIO, keep_blank_chars=False, use_text_flow=False, extra_attrs=["size", "fontname"])
            except Exception as error:
                raise UnreadableError(f"page {page_number} cannot be read ({type(error).__name__}): the file is damaged") from None
            images += len(page.images)
            rows = _page_rows(page, words)
            number = 0
            for row, text, bullet in _merge_wrapped(rows, _markers(page)):
                chars += len(text)
                garbled += sum(len(m.group()) for m in _GARBLED.finditer(text))
                if _PAGE_NUMBER.match(text) and (row.top < 60 or row.bottom > float(page.height) - 60):
                    continue
                number += 1
                lines.append(Line(text=_GARBLED.sub("", text).strip() or text, number=number, page=page_number, column=row.column, font_size=round(row.size, 1), bold=row.bold, bullet=bullet))
        page_count = len(pages)
    if not lines:
        if images:
            raise UnreadableError("the PDF has no text layer (a scanned image?); mlmatch does not do OCR")
        raise UnreadableError("the PDF contains no text")
    if chars and garbled / chars > 0.5:
        raise UnreadableError("the PDF's text layer is garbled (its fonts have no Unicode mapping); mlmatch cannot read it")
    if chars and garbled / chars > 0.02:
        warnings.append(f"{garbled / chars:.0%} of the text could not be decoded (fonts without Unicode mapping)")
    return Document(path=str(path), format="pdf", lines=tuple(lines), pages=page_count, warnings=tuple(warnings))
