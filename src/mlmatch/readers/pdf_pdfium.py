"""Page content through pypdfium2 (PDFium, the PDF engine of Chromium): the same characters and shapes as
pdfplumber gives; a page is read into lines about 3.5 times faster (PDFium itself takes ~1 ms of it).

What PDFium does differently, and how the characters are made to match pdfplumber's:
- it adds characters of its own (spaces between words, line breaks): FPDFText_IsGenerated, skipped;
- it splits a ligature (U+FB00-FB06) into its letters, each with the ligature's box: joined again;
- a hyphen that ends a line reads as U+0002: FPDFText_IsHyphen, read as "-";
- a glyph with no Unicode mapping reads as its character code (FPDFText_HasUnicodeMapError): read as
  pdfminer reads it, "(cid:N)", or by the standard encoding when its font maps nothing at all;
- FPDFText_GetFontSize is the size set in the text state, before the text matrix scales it: multiplied
  by the matrix's vertical scale;
- the loose box (FPDFText_GetLooseCharBox) spans the glyph's advance from its origin, as pdfminer's box
  does; its height is the font's bounding box, so the height is made from the baseline instead
  (pdf_content.DESCENT), as for pdfplumber;
- text marked with /ActualText (Chromium's small caps and ligatures) is read as that text, spread evenly
  over the run: the marks are dropped (in memory) before the text is read, so the glyphs are read;
- it drops a glyph drawn again within 0.07 em of one of the seven before it (fake bold): so does the
  pdfplumber source.

PDFium is not thread-safe: one document at a time in a process.
"""

from __future__ import annotations

import ctypes
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ..errors import UnreadableError
from .pdf_content import Char, PageContent, PdfFile, Shape, char_at, file_dates

if TYPE_CHECKING:  # pypdfium2 ships no type information: its names document what a function takes
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

_LOCK = threading.Lock()
_BLANKS = (0x20, 0x0D, 0x0A)  # what PDFium generates; a real space is kept
_HYPHEN = 0x02
_RIGHT_ANGLES = {0: 0, 90: 1, 180: 2, 270: 3}


@contextmanager
def pdfium_file(path: Path | BytesIO, max_pages: int) -> Iterator[PdfFile]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    with _LOCK:
        try:
            pdf = pdfium.PdfDocument(path)
        except pdfium.PdfiumError as error:
            if error.err_code in (raw.FPDF_ERR_PASSWORD, raw.FPDF_ERR_SECURITY):
                raise UnreadableError("the PDF is encrypted with a password; mlmatch cannot read it") from None
            reason = re.search(r"PDFium: ([^)]+)", str(error))
            if reason and reason.group(1).strip().lower() == "success":
                # PDFium refuses a document whose page tree holds no page without naming an error
                raise UnreadableError("the PDF has no pages (its page tree is empty or broken)") from None
            raise UnreadableError(f"not a readable PDF (PDFium: {reason.group(1) if reason else error}): the file is damaged or truncated") from None
        try:
            try:
                dates = file_dates(pdf.get_metadata_dict())
            except (pdfium.PdfiumError, ValueError):  # an undecodable info dictionary: no dates, not a failure
                dates = ()
            page_count = len(pdf)
            yield PdfFile(page_count, dates, _pages(pdf, min(page_count, max_pages)))
        finally:
            pdf.close()


def _pages(pdf: pdfium.PdfDocument, count: int) -> Iterator[PageContent]:
    import pypdfium2 as pdfium

    for index in range(count):
        page = textpage = None
        try:
            page = pdf[index]
            box = page.get_mediabox(fallback_ok=False) or page.get_bbox()  # get_mediabox does not inherit it from the page tree
            frame = _Frame(box, page.get_rotation())
            shapes, images = _objects(page.raw, frame)  # before the text page: it drops /ActualText marks
            textpage = page.get_textpage()
            content = PageContent(index + 1, *frame.size, tuple(_chars(textpage.raw, frame)), tuple(shapes), images)
        except pdfium.PdfiumError as error:
            raise UnreadableError(f"page {index + 1} cannot be read ({error}): the file is damaged") from None
        finally:
            if textpage is not None:
                textpage.close()
            if page is not None:
                page.close()
        yield content


class _Frame:
    """PDF user space -> pdfplumber's coordinates (top-left origin, y down) on a page with a /Rotate."""

    def __init__(self, box: tuple[float, float, float, float], rotation: int):
        self.x0, self.y0, self.x1, self.y1 = box
        self.turns = _RIGHT_ANGLES.get(rotation % 360, 0)

    @property
    def size(self) -> tuple[float, float]:
        width, height = self.x1 - self.x0, self.y1 - self.y0
        return (height, width) if self.turns % 2 else (width, height)

    def point(self, x: float, y: float) -> tuple[float, float]:
        if self.turns == 0:
            return x - self.x0, self.y1 - y
        if self.turns == 1:
            return y - self.y0, x - self.x0
        if self.turns == 2:
            return self.x1 - x, y - self.y0
        return self.y1 - y, self.x1 - x

    def box(self, left: float, bottom: float, right: float, top: float) -> tuple[float, float, float, float]:
        """(x0, top, x1, bottom) of a user-space rectangle."""
        (ax, ay), (bx, by) = self.point(left, bottom), self.point(right, top)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


class _Calls:
    """The per-character PDFium functions, declared to take the text page's address as an int and to
    hand back objects' addresses as ints: a third cheaper to call than pypdfium2's typed bindings, and
    an address is a dict key where a ctypes pointer object (a new one on every call) is not. Made once
    per process."""

    def __init__(self) -> None:
        import pypdfium2.raw as raw

        def declared(function: Any, result: Any, *arguments: Any) -> Callable[..., Any]:
            address = ctypes.cast(function, ctypes.c_void_p).value
            assert address is not None, "a function of the PDFium library pypdfium2 loaded"
            return ctypes.CFUNCTYPE(result, *arguments)(address)

        page, index, out = ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p
        self.unicode = declared(raw.FPDFText_GetUnicode, ctypes.c_uint, page, index)
        self.generated = declared(raw.FPDFText_IsGenerated, ctypes.c_int, page, index)
        self.unmapped = declared(raw.FPDFText_HasUnicodeMapError, ctypes.c_int, page, index)
        self.text_object = declared(raw.FPDFText_GetTextObject, ctypes.c_void_p, page, index)
        self.font = declared(raw.FPDFTextObj_GetFont, ctypes.c_void_p, ctypes.c_void_p)
        self.font_size = declared(raw.FPDFText_GetFontSize, ctypes.c_double, page, index)
        self.matrix = declared(raw.FPDFText_GetMatrix, ctypes.c_int, page, index, out)
        self.loose_box = declared(raw.FPDFText_GetLooseCharBox, ctypes.c_int, page, index, out)
        self.tight_box = declared(raw.FPDFText_GetCharBox, ctypes.c_int, page, index, out, out, out, out)
        self.origin = declared(raw.FPDFText_GetCharOrigin, ctypes.c_int, page, index, out, out)
        obj = ctypes.c_void_p
        self.object = declared(raw.FPDFPage_GetObject, obj, ctypes.c_void_p, index)
        self.object_type = declared(raw.FPDFPageObj_GetType, ctypes.c_int, obj)
        self.marks = declared(raw.FPDFPageObj_CountMarks, ctypes.c_int, obj)
        self.mark = declared(raw.FPDFPageObj_GetMark, ctypes.c_void_p, obj, ctypes.c_ulong)
        self.mark_value_type = declared(raw.FPDFPageObjMark_GetParamValueType, ctypes.c_int, ctypes.c_void_p, ctypes.c_char_p)


_calls: _Calls | None = None


def _loaded_calls() -> _Calls:
    global _calls
    if _calls is None:
        _calls = _Calls()
    return _calls


_SLANTED = re.compile(r"italic|oblique|slant|cmti|cmsl|-it\b|,it\b|kursiv", re.I)


class _Style(NamedTuple):
    """What every character of one text object shares."""

    size: float  # the font size as drawn: the text state's size times the matrix's vertical scale
    fontname: str
    upright: bool
    font_size: float  # the text state's size
    x_scale: float  # the matrix's horizontal scale
    font: int  # the font's address: which characters share a font
    slanted: bool = False  # an italic or oblique face, whose ink can overhang a glyph's advance


_StyleKey = tuple[int, float, float, float, float, float]  # the font's address, the text state's size, the matrix's a, b, c, d


def _chars(textpage: raw.FPDF_TEXTPAGE, frame: _Frame) -> list[Char]:
    import pypdfium2.raw as raw

    calls, page = _loaded_calls(), ctypes.cast(textpage, ctypes.c_void_p).value
    unicode_of, generated, unmapped, text_object, font_of, font_size_of = calls.unicode, calls.generated, calls.unmapped, calls.text_object, calls.font, calls.font_size
    loose, x, y, right, other = raw.FS_RECTF(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    matrix, name = raw.FS_MATRIX(), ctypes.create_string_buffer(256)
    matrix_at, loose_at, x_at, y_at, right_at, other_at = (ctypes.addressof(v) for v in (matrix, loose, x, y, right, other))
    styles: dict[_StyleKey, _Style] = {}
    style: _Style | None = None
    last_address = None
    chars: list[Char] = []
    unmapped_at: list[tuple[int, int, int]] = []  # (position in chars, code, font) of glyphs without Unicode
    mapped_fonts: set[int] = set()
    previous = None  # (origin, box) of the last character, to join a ligature's letters
    count = raw.FPDFText_CountChars(textpage)
    index = -1
    while index + 1 < count:
        index += 1
        code = unicode_of(page, index)
        if code in _BLANKS and generated(page, index):
            continue
        address = text_object(page, index)
        if not address:
            continue
        if address != last_address:  # Chromium draws nearly every glyph as a text object of its own
            last_address = address
            calls.matrix(page, index, matrix_at)
            key = (font_of(address), font_size_of(page, index), matrix.a, matrix.b, matrix.c, matrix.d)
            style = styles.get(key)
            if style is None:
                style = styles[key] = _style(textpage, index, key, name)
        assert style is not None  # the first character's text object is a new one
        at = index
        if code == _HYPHEN and raw.FPDFText_IsHyphen(textpage, index) == 1:
            text = "-"
        elif code == 0 or unmapped(page, index) == 1:
            text = f"(cid:{code})"
            unmapped_at.append((len(chars), code, style.font))
        elif 0xD800 <= code < 0xDC00 and index + 1 < count:  # a UTF-16 pair, where wchar_t is 16 bits
            index += 1
            low = unicode_of(page, index)
            text = chr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)) if 0xDC00 <= low < 0xE000 else "\ufffd"
        elif 0xD800 <= code < 0xE000:
            text = "\ufffd"
        else:
            text = chr(code)
            mapped_fonts.add(style.font)
        calls.loose_box(page, at, loose_at)
        calls.origin(page, at, x_at, y_at)
        spot = (x.value, y.value, loose.left, loose.right)
        if spot == previous:  # the next letter of a ligature PDFium spelled out: the ligature's advance
            chars[-1] = chars[-1]._replace(text=chars[-1].text + text, x1=loose.right - frame.x0)
            continue
        previous = spot
        if not (style.upright and frame.turns == 0):
            x0, top, x1, bottom = frame.box(loose.left, loose.bottom, loose.right, loose.top)
            chars.append(Char(text, x0, x1, top, bottom, style.size, style.fontname))
            continue
        # The loose box is the advance from the origin, widened by any ink beyond it (an italic f):
        # then the advance comes from the font's width for the character, as pdfminer takes it.
        end = loose.right
        if style.slanted:  # only a slanted face's ink reaches past the advance; the call costs per glyph
            calls.tight_box(page, at, other_at, right_at, other_at, other_at)
            if right.value >= end - 1e-3:
                end = _advance(code, style, x.value, end)
        chars.append(char_at(text, x.value - frame.x0, end - frame.x0, frame.y1 - y.value, style.size, style.fontname))
    for position, code, font in unmapped_at:
        if font not in mapped_fonts:  # a font with no Unicode map at all: read by its encoding
            chars[position] = chars[position]._replace(text=_by_encoding(code))
    return chars


def _advance(code: int, style: _Style, origin: float, fallback: float) -> float:
    import pypdfium2.raw as raw

    width = ctypes.c_float()
    font = ctypes.cast(ctypes.c_void_p(style.font), raw.FPDF_FONT)
    if not style.font or not raw.FPDFFont_GetGlyphWidth(font, code, style.font_size, width) or width.value <= 0:
        return fallback
    return min(fallback, origin + width.value * style.x_scale)


def _by_encoding(code: int) -> str:
    """A glyph of a font with no Unicode map (a Type 3 bitmap font), as pdfminer reads it: by the base
    encoding (Adobe's StandardEncoding: ASCII bar two quotes) where that is printable, an accented Latin
    letter as PDFium names it, else "(cid:N)".
    A font that maps some glyphs but not this one keeps "(cid:N)", as in pdfminer."""
    if 0x20 <= code < 0x7F:
        return {0x27: "’", 0x60: "‘"}.get(code, chr(code))
    if 0xC0 <= code <= 0xFF and chr(code).isalpha():
        return chr(code)  # an accented letter PDFium found by the glyph's name (é from /eacute), where pdfminer guesses wrong
    return f"(cid:{code})"


def _style(textpage: raw.FPDF_TEXTPAGE, index: int, key: _StyleKey, name: ctypes.Array[ctypes.c_char]) -> _Style:
    """The style of the characters of one font at one size and matrix; `name` is a reusable buffer."""
    import pypdfium2.raw as raw

    font, font_size, a, b, c, d = key
    length = raw.FPDFText_GetFontInfo(textpage, index, name, len(name), None)
    if length > len(name):
        name = ctypes.create_string_buffer(length)
        raw.FPDFText_GetFontInfo(textpage, index, name, len(name), None)
    fontname = name.value.decode("utf-8", "replace")
    return _Style(font_size * (c * c + d * d) ** 0.5, fontname, b == 0 and c == 0 and a * d > 0, font_size, (a * a + b * b) ** 0.5, font or 0, bool(_SLANTED.search(fontname)))


def _objects(page: raw.FPDF_PAGE, frame: _Frame) -> tuple[list[Shape], int]:
    """Every painted path, split into subpaths as pdfminer does, and the number of images. Text objects
    lose their /ActualText marks on the way (in memory only): PDFium reads a marked run as its
    ActualText, spread evenly over the run, where pdfminer reads the glyphs drawn. Chromium marks its
    small caps ("Profile" drawn as "PROFILE") and ligatures this way."""
    import pypdfium2.raw as raw

    calls = _loaded_calls()
    shapes: list[Shape] = []
    images = 0

    def walk(address: int | None, outer: tuple[float, ...] | None) -> None:
        nonlocal images
        kind = calls.object_type(address)
        if kind == raw.FPDF_PAGEOBJ_TEXT:
            for index in reversed(range(calls.marks(address))):
                mark = calls.mark(address, index)
                if mark and calls.mark_value_type(mark, b"ActualText") != raw.FPDF_OBJECT_UNKNOWN:
                    raw.FPDFPageObj_RemoveMark(_typed(address), ctypes.cast(ctypes.c_void_p(mark), raw.FPDF_PAGEOBJECTMARK))
        elif kind == raw.FPDF_PAGEOBJ_IMAGE:
            images += 1
        elif kind == raw.FPDF_PAGEOBJ_PATH:
            obj = _typed(address)
            shapes.extend(_path_shapes(obj, _compose(_matrix(obj), outer), frame))
        elif kind == raw.FPDF_PAGEOBJ_FORM:
            obj = _typed(address)
            inner = _compose(_matrix(obj), outer)
            for index in range(raw.FPDFFormObj_CountObjects(obj)):
                walk(ctypes.cast(raw.FPDFFormObj_GetObject(obj, index), ctypes.c_void_p).value, inner)

    page_address = ctypes.cast(page, ctypes.c_void_p).value
    for index in range(raw.FPDFPage_CountObjects(page)):
        walk(calls.object(page_address, index), None)
    return shapes, images


def _typed(address: int | None) -> raw.FPDF_PAGEOBJECT:
    import pypdfium2.raw as raw

    return ctypes.cast(ctypes.c_void_p(address), raw.FPDF_PAGEOBJECT)


def _matrix(obj: raw.FPDF_PAGEOBJECT) -> tuple[float, ...]:
    import pypdfium2.raw as raw

    matrix = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, matrix):
        return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    return (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)


def _compose(inner: tuple[float, ...], outer: tuple[float, ...] | None) -> tuple[float, ...]:
    """The matrix applying `inner`, then `outer`."""
    if outer is None:
        return inner
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _path_shapes(path: raw.FPDF_PAGEOBJECT, matrix: tuple[float, ...], frame: _Frame) -> list[Shape]:
    import pypdfium2.raw as raw

    fill, stroke = ctypes.c_int(), ctypes.c_int()
    raw.FPDFPath_GetDrawMode(path, fill, stroke)
    filled, stroked = fill.value != raw.FPDF_FILLMODE_NONE, bool(stroke.value)
    if not (filled or stroked):
        return []  # a clipping path or an invisible one
    a, b, c, d, e, f = matrix
    px, py = ctypes.c_float(), ctypes.c_float()
    subpaths: list[tuple[list[tuple[float, float]], bool, bool]] = []  # points, curved, closed
    bezier = 0
    for index in range(raw.FPDFPath_CountSegments(path)):
        segment = raw.FPDFPath_GetPathSegment(path, index)
        kind = raw.FPDFPathSegment_GetType(segment)
        raw.FPDFPathSegment_GetPoint(segment, px, py)
        point = frame.point(a * px.value + c * py.value + e, b * px.value + d * py.value + f)
        if kind == raw.FPDF_SEGMENT_MOVETO or not subpaths:
            subpaths.append(([point], False, False))
            bezier = 0
            continue
        points, curved, closed = subpaths[-1]
        if kind == raw.FPDF_SEGMENT_BEZIERTO:
            bezier += 1
            curved = True
            if bezier % 3 == 0:  # the end point; the two before it are control points (pdfminer keeps ends only)
                points.append(point)
        else:
            points.append(point)
        subpaths[-1] = (points, curved, closed or bool(raw.FPDFPathSegment_GetClose(segment)))
    shapes: list[Shape] = []
    for points, curved, closed in subpaths:
        if len(points) < 2:
            continue
        if len(points) > 2 and _near(points[-1], points[0]):
            points, closed = points[:-1], True
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        if not curved and len(points) == 2:
            kind = "line"
        elif not curved and len(points) == 4 and closed and _rectangle(points):
            kind = "rect"
        else:
            kind = "curve"
        shapes.append(Shape(kind, min(xs), min(ys), max(xs), max(ys), stroked, filled))
    return shapes


def _near(p: tuple[float, float], q: tuple[float, float]) -> bool:
    return abs(p[0] - q[0]) < 0.01 and abs(p[1] - q[1]) < 0.01


def _rectangle(points: list[tuple[float, float]]) -> bool:
    """Four corners joined by horizontal and vertical sides (as pdfminer tells an LTRect from a curve)."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points

    def same(u: float, v: float) -> bool:
        return abs(u - v) < 0.01

    return (same(x0, x1) and same(y1, y2) and same(x2, x3) and same(y3, y0)) or (same(y0, y1) and same(x1, x2) and same(y2, y3) and same(x3, x0))
