"""PDF characters -> visual rows of words.

Word boundaries come from the glyphs' own gaps measured against the font size, not from a fixed
tolerance: tightly set LaTeX puts word spaces near 0.2 em (2 pt at 10 pt), which pdfplumber's default
3 pt tolerance glues together, while letter-spaced headings put 0.4 em between the letters of one word.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from .pdf_content import Char

# Fonts whose glyphs are pictures (envelope, phone, GitHub logo): never words.
ICON_FONT = re.compile(r"fontawesome|marvosym|academicons|wasy|fontello|icomoon|materialicons|ionicons|octicons|simpleicons", re.I)
# Fonts whose letters are list markers: Zapf Dingbats "l" is a disc, Wingdings "q"/"§" a box or bullet.
SYMBOL_FONT = re.compile(r"dingbat|wingding|webding|symbol|zapf|opensymbol|pzd", re.I)
BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|cmbx|cmb\d|cmssbx|-bd|,bd|bx\d", re.I)
WORD_GAP_EM = 0.06


@lru_cache(maxsize=256)
def is_icon_font(fontname: str) -> bool:
    return bool(ICON_FONT.search(fontname))


@lru_cache(maxsize=256)
def is_symbol_font(fontname: str) -> bool:
    return bool(SYMBOL_FONT.search(fontname))  # a gap this much wider than the line's letter spacing separates words


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    fontname: str
    symbol: bool = False  # set in a symbol font: a marker, not text


@dataclass
class Row:
    words: list[Word]
    top: float
    bottom: float
    column: int = 0
    chars: list[Char] = field(default_factory=list, repr=False)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def size(self) -> float:
        return statistics.median(w.size for w in self.words)

    @property
    def bold(self) -> bool:
        text = [w for w in self.words if not w.symbol]
        heavy = sum(len(w.text) for w in text if BOLD_FONT.search(w.fontname))
        return heavy * 2 > sum(len(w.text) for w in text)

    def text(self) -> str:
        parts: list[str] = []
        for index, word in enumerate(self.words):
            before = self.words[index - 1] if index else None
            if before and abs(word.bottom - before.bottom) < 1 and 0 <= word.x0 - before.x1 < WORD_GAP_EM * self.size:
                parts.append(word.text)  # a font change inside one word ("Languages" + ":")
            else:
                parts.append((" " if index else "") + word.text)
        return "".join(parts)


def group_rows(chars: list[Char]) -> list[Row]:
    """Cluster characters into rows by baseline, then split each row into words."""
    rows: list[list[Char]] = []
    bottoms: list[float] = []
    for char in sorted(chars, key=lambda c: (round(c.bottom, 1), c.x0)):
        size = char.size or 1.0
        for index in range(len(rows) - 1, max(-1, len(rows) - 4), -1):
            if abs(bottoms[index] - char.bottom) <= 0.35 * size:
                rows[index].append(char)
                break
        else:
            rows.append([char])
            bottoms.append(char.bottom)
    result = []
    for row_chars in rows:
        words = _words(sorted(row_chars, key=lambda c: c.x0))
        if words:
            result.append(Row(words, min(w.top for w in words), max(w.bottom for w in words), chars=row_chars))
    return sorted(result, key=lambda r: (r.top, r.x0))


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _words(chars: list[Char]) -> list[Word]:
    inked = [bool(c.text.strip()) for c in chars]
    icons = [is_icon_font(c.fontname) for c in chars]
    visible = [c for c, ink, icon in zip(chars, inked, icons, strict=True) if ink and not icon]
    if not visible:
        return []
    size = _median([c.size for c in visible]) or 1.0
    gaps = [b.x0 - a.x1 for a, b in pairwise(visible)]
    spacing = _median(gaps) if gaps else 0.0
    # Letter-spaced rows have a large median gap; ordinary rows one near zero.
    threshold = max(0.0, spacing) + WORD_GAP_EM * size
    overlapping = _overlapping_spaces(chars, inked)
    words: list[Word] = []
    current: list[Char] = []
    previous = None
    previous_symbol = False
    for index, char in enumerate(chars):
        blank = not inked[index]
        if blank and index in overlapping:
            continue
        if blank or icons[index]:
            if current:
                words.append(_word(current))
                current = []
            previous = None if blank else char
            previous_symbol = False if blank else is_symbol_font(char.fontname)
            continue
        if current and previous is not None and _over(char, previous):
            current.append(char)  # an accent over the letter before it: part of that letter
            continue
        symbol = is_symbol_font(char.fontname)
        separate = previous is not None and (char.x0 - previous.x1 > threshold or symbol != previous_symbol)
        if current and (separate or previous is None):
            words.append(_word(current))
            current = []
        current.append(char)
        previous, previous_symbol = char, symbol
    if current:
        words.append(_word(current))
    return words


def _overlapping_spaces(chars: list[Char], inked: list[bool]) -> set[int]:
    """Positions of spaces drawn over a letter rather than between two (Canva draws some): they separate
    nothing."""
    result = set()
    following_x0: list[float | None] = [None] * len(chars)
    upcoming = None
    for index in range(len(chars) - 1, -1, -1):
        following_x0[index] = upcoming
        if inked[index]:
            upcoming = chars[index].x0
    last_x1 = None
    for index, char in enumerate(chars):
        if inked[index]:
            last_x1 = char.x1
            continue
        middle = (char.x0 + char.x1) / 2
        following = following_x0[index]
        if (last_x1 is not None and middle < last_x1) or (following is not None and middle > following):
            result.add(index)
    return result


# Spacing accents TeX sets as glyphs of their own over a letter ("S" then "´" for Ś, "z" then "˙" for ż):
# NFKC would make each a space and a combining mark and split the word; set over the letter before them,
# they are that letter's combining mark.
_OVER_LETTER = {
    "\u00b4": "\u0301",
    "\u02db": "\u0328",
    "\u02d9": "\u0307",
    "\u00b8": "\u0327",
    "\u02c7": "\u030c",
    "\u00a8": "\u0308",
    "\u02d8": "\u0306",
    "\u02dd": "\u030b",
    "\u02da": "\u030a",
    "`": "\u0300",
}


def _over(char: Char, letter: Char) -> bool:
    """A spacing accent centred over the letter before it."""
    return char.text in _OVER_LETTER and letter.text.isalpha() and letter.x0 - 0.5 <= (char.x0 + char.x1) / 2 <= letter.x1 + 0.5


def _text_of(chars: list[Char]) -> str:
    return "".join(_OVER_LETTER[c.text] if i and _over(c, chars[i - 1]) else c.text for i, c in enumerate(chars))


def _word(chars: list[Char]) -> Word:
    fontnames = {c.fontname for c in chars}
    fontname = fontnames.pop() if len(fontnames) == 1 else Counter(c.fontname for c in chars).most_common(1)[0][0]
    sizes = sorted(c.size for c in chars)
    middle = len(sizes) // 2
    return Word(
        text=_text_of(chars),
        x0=chars[0].x0,
        x1=chars[-1].x1,
        top=min(c.top for c in chars),
        bottom=max(c.bottom for c in chars),
        size=sizes[middle] if len(sizes) % 2 else (sizes[middle - 1] + sizes[middle]) / 2,
        fontname=fontname,
        symbol=is_symbol_font(fontname),
    )
