"""Reading order on one PDF page: two columns (or a sidebar) column by column, a margin of labels
beside the text interleaved with it, tab-stop dates kept on their row."""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from itertools import accumulate, pairwise

from .pdf_content import Char
from .pdf_rows import Row, Word, group_rows

_MIN_GUTTER = 6.0  # points of empty width between two columns
_CARD_GUTTER = 0.1  # two cards side by side leave at most this share of the page width between them
_CARD_INDENT = 16.0  # points from a card's edge to its indented items


@dataclass(frozen=True)
class Gutter:
    x0: float
    x1: float

    @property
    def middle(self) -> float:
        return (self.x0 + self.x1) / 2


def _find_gutter(words: list[Word], width: float, min_words: int) -> Gutter | None:
    """The widest vertical band, in the middle 70% of the page, that (nearly) no word covers: a name or
    a rule across the top of a two-column page may cross it."""
    if len(words) < min_words:
        return None
    steps = [0] * (int(width) + 3)  # +1 where a word starts covering a point, -1 after it ends
    for word in words:
        first, after = max(0, int(word.x0)), min(len(steps) - 1, int(word.x1) + 1)
        if first < after:
            steps[first] += 1
            steps[after] -= 1
    covered = list(accumulate(steps[:-1]))
    for tolerance in (0, max(2, len(words) // 50)):  # an empty band first, then one a few words cross
        best: tuple[int, int] | None = None
        start = None
        for x in range(int(width * 0.15), int(width * 0.85) + 1):
            if covered[x] <= tolerance:
                start = x if start is None else start
                if best is None or x - start > best[1] - best[0]:
                    best = (start, x)
            else:
                start = None
        if best is not None and best[1] - best[0] >= _MIN_GUTTER:
            return Gutter(float(best[0]), float(best[1]))
    return None


def _aligned_share(rows: list[Row], others: list[Row]) -> float:
    """Share of `rows` that sit on the baseline of some row in `others`."""
    if not rows:
        return 0.0

    def beside(row: Row, other: Row) -> bool:
        """On one baseline, or, set in another size (a margin's headings), centred on the same line."""
        centre_gap = abs((row.top + row.bottom) - (other.top + other.bottom)) / 2
        return abs(row.bottom - other.bottom) <= 1.5 or (abs(row.size - other.size) > 2 and centre_gap <= 0.25 * max(row.size, other.size))

    return sum(any(beside(r, o) for o in others) for r in rows) / len(rows)


def _short(rows: list[Row]) -> bool:
    """Rows of a few words each (a dash between two dates is no word: "Jun 2014 – Aug 2014" is four)."""
    return bool(rows) and statistics.median(sum(any(ch.isalnum() for ch in w.text) for w in r.words) for r in rows) <= 4


def _headings_on_the_left_only(left: list[Row], right: list[Row]) -> bool:
    """A heading on the left, set larger than anything on the right, with the right side empty beside it
    and going on above and below it: the page's sections run across both sides (a grid of cards), where
    two columns run on past each other's headings."""
    largest_right = max(r.size for r in right)
    for row in left:
        if row.size <= largest_right + 1:
            continue
        gap = 0.5 * row.size
        beside = any(r.top < row.bottom + gap and r.bottom > row.top - gap for r in right)
        if not beside and any(r.bottom < row.top for r in right) and any(r.top > row.bottom for r in right):
            return True
    return False


def _cards_side_by_side(gutter: Gutter, left: list[Row], right: list[Row], width: float) -> bool:
    """Two cards: a narrow gutter, three rows or more a side, each right row starting at the right card's
    edge or its indent (dates at a tab stop leave a wide gutter and start wherever they end)."""
    if gutter.x1 - gutter.x0 > _CARD_GUTTER * width or len(left) < 3 or len(right) < 3:
        return False
    if sum(any(ch.isalnum() for w in r.words for ch in w.text) for r in left) < 0.8 * len(left):
        return False  # a column of list markers beside their items
    if max(sum(any(ch.isalnum() for ch in w.text) for w in r.words) for r in right) < 5:
        return False  # dates or places at a tab stop, however aligned: a card holds sentences
    return sum(0 <= r.words[0].x0 - gutter.x1 <= _CARD_INDENT for r in right) >= 0.8 * len(right)


def _spans_page(rows: list[Row], page_top: float, page_bottom: float) -> bool:
    return bool(rows) and (rows[-1].bottom - rows[0].top) >= 0.25 * (page_bottom - page_top)


def layout_rows(chars: list[Char], width: float) -> list[Row]:
    """Rows of one page (tables already removed) in reading order, each marked with its column."""
    everything = group_rows(chars)
    ordered = _split(chars, everything, width, min_words=30, columns=True)
    if ordered is not None:
        return ordered
    # No gutter down the whole page. A moderncv-style margin of dates may still sit beside the text
    # of each entry while the summary above runs full width: look block by block.
    # And a grid of cards side by side under a full-width heading is read card by card.
    result: list[Row] = []
    for block in _blocks(everything):
        chars_of = [c for row in block for c in row.chars]
        result += _split(chars_of, block, width, min_words=6, columns=False) or _split(chars_of, block, width, min_words=6, columns=True, cards=True) or block
    return result


def _blocks(rows: list[Row]) -> list[list[Row]]:
    """Rows cut where the vertical space between them is wider than a line."""
    if len(rows) < 2:
        return [rows]
    pitch = statistics.median(b.top - a.top for a, b in pairwise(rows) if b.top > a.top) if any(b.top > a.top for a, b in pairwise(rows)) else 12.0
    blocks = [[rows[0]]]
    for previous, row in pairwise(rows):
        if row.top - previous.top > 1.5 * pitch:
            blocks.append([])
        blocks[-1].append(row)
    return blocks


def _labels(rows: list[Row]) -> bool:
    """Short rows with words in them: dates or section names, not a column of bullet glyphs."""
    return _short(rows) and all(any(ch.isalnum() for w in r.words for ch in w.text) for r in rows)


def _tab_stops_only(rows: list[Row], gutter: Gutter) -> bool:
    """The quick form of the tab-stop test below: right of the gutter only a few words a row, each on the
    baseline of text left of it."""
    right = [[w for w in r.words if w.x0 >= gutter.middle] for r in rows]
    left = [[w for w in r.words if w.x1 <= gutter.middle] for r in rows]
    sides = [(l_words, r_words) for l_words, r_words in zip(left, right, strict=True) if r_words]
    if not sides or not any(left):
        return False
    counts = sorted(sum(any(ch.isalnum() for ch in w.text) for w in r_words) for _, r_words in sides)
    aligned = sum(bool(l_words) for l_words, _ in sides)
    return counts[len(counts) // 2] <= 4 and aligned >= 0.7 * len(sides) and not _crossing_rows(rows, gutter)


def _crossing_rows(rows: list[Row], gutter: Gutter) -> bool:
    return any(w.x0 < gutter.middle < w.x1 for r in rows for w in r.words)


def _split(chars: list[Char], everything: list[Row], width: float, min_words: int, columns: bool, cards: bool = False) -> list[Row] | None:
    """Reading order around a gutter, or None when there is none (or only tab-stop dates). With `cards`,
    only two cards side by side: a narrow gutter each right row starts at."""
    gutter = _find_gutter([w for r in everything for w in r.words], width, min_words)
    if gutter is None:
        return None
    if not cards and _tab_stops_only(everything, gutter):
        return None  # dates or locations at a tab stop, seen without regrouping the page (most pages)
    crossing = {id(c) for r in everything for w in r.words if w.x0 < gutter.middle < w.x1 for c in r.chars if w.x0 <= c.x0 and c.x1 <= w.x1}
    spanning = group_rows([c for c in chars if id(c) in crossing])
    left = group_rows([c for c in chars if id(c) not in crossing and c.x1 <= gutter.middle])
    right = group_rows([c for c in chars if id(c) not in crossing and c.x0 >= gutter.middle])
    if cards and not (left and right and not spanning and _cards_side_by_side(gutter, left, right, width)):
        return None
    if not left or not right or (not cards and _short(right) and _aligned_share(right, left) >= 0.7):
        return None  # dates or locations at a tab stop: they belong to their row
    if _labels(left) and _aligned_share(left, right) >= 0.7 and _aligned_share(right, left) >= 0.7:
        return None  # a list of "Label  value" rows: each label and its value are one row
    if _labels(left) and _aligned_share(left, right) >= 0.7:
        # A margin of labels beside the text: each label before the row it sits on, below a header band
        # (a name and contact lines above the margin begins) that keeps its rows whole.
        header_bottom = _header_bottom(everything, spanning, gutter, everything[0].top, everything[-1].bottom)
        above = [r for r in everything if r.bottom <= header_bottom + 1]
        left = _stack_labels([r for r in left if r.bottom > header_bottom + 1])
        right = [r for r in right if r.bottom > header_bottom + 1]
        for row in left:
            row.column = 1
        for row in right:
            row.column = 2
        text_size = statistics.median(r.size for r in right)

        def place(row: Row) -> tuple[int, int]:
            """A label before the row it sits on: on that row's baseline, or, set larger (a heading in the
            margin), level with its top."""
            return (round(row.top if row.column == 1 and row.size > text_size + 2 else row.words[0].bottom), row.column)

        return above + sorted([r for r in spanning if r.bottom > header_bottom + 1] + left + right, key=place)
    top, bottom = everything[0].top, everything[-1].bottom
    if not columns or not (_spans_page(left, top, bottom) and _spans_page(right, top, bottom)):
        return None
    if not cards and _headings_on_the_left_only(left, right):
        return None  # sections of cards two by two: the headings stand over both columns, set at the left
    header_bottom = _header_bottom(everything, spanning, gutter, top, bottom)
    above = [r for r in everything if r.bottom <= header_bottom + 1]
    # A long line of the left column may reach into the gutter, not over it: it is the left column's.
    reaching = [r for r in spanning if r.bottom > header_bottom + 1 and r.words[-1].x1 <= gutter.x1 + 1]
    below = [r for r in spanning if r.bottom > header_bottom + 1 and r not in reaching]
    if len(below) > 2:  # text runs across the gutter inside the body: not two columns after all
        return None
    inside = [c for r in right for c in r.chars if c.x1 <= gutter.x1 + 1]  # the rest of such a line, short of the right column
    if reaching or inside:
        left = group_rows([c for r in left + reaching for c in r.chars] + inside)
        right = group_rows([c for r in right for c in r.chars if c.x1 > gutter.x1 + 1]) if inside else right
    for column, side in ((1, left), (2, right)):
        for row in side:
            row.column = column
    return above + [r for r in left + right if r.bottom > header_bottom + 1] + below


def _header_bottom(everything: list[Row], spanning: list[Row], gutter: Gutter, top: float, bottom: float) -> float:
    """The header is everything down to the last full-width row near the top (name, contact line), and
    on through the full-width rows that follow it (a summary paragraph) until a row has text on both
    sides of the gutter."""
    header = max((r.bottom for r in spanning if r.bottom <= top + 0.2 * (bottom - top)), default=top - 1)
    for row in everything:
        if row.bottom <= header + 1:
            continue
        left = [w for w in row.words if w.x1 <= gutter.middle]
        right = [w for w in row.words if w.x0 >= gutter.middle]
        across = len(left) + len(right) < len(row.words)
        if not across and left and right and right[0].x0 - left[-1].x1 >= _MIN_GUTTER:
            break  # the columns have begun
        if across or (left and right):
            header = row.bottom
    return header


def _stack_labels(rows: list[Row]) -> list[Row]:
    """'SELECTED' over 'RESEARCH' over 'PROJECTS' in a label margin is one label; 'Languages' over 'Machine
    learning', or one date over another, are labels of their own rows."""
    stacked: list[Row] = []
    for row in rows:
        last = stacked[-1] if stacked else None
        if last is not None and 0 <= row.top - last.bottom < 0.8 * row.size and abs(row.size - last.size) < 0.5 and _one_label(last, row):
            stacked[-1] = Row(last.words + row.words, last.top, row.bottom, last.column, last.chars + row.chars)
        else:
            stacked.append(row)
    return stacked


def _one_label(upper: Row, lower: Row) -> bool:
    """Two stacked margin rows are one wrapped label when the first visibly goes on ("HONORS &", "July 2015
    –") or when both are set in capitals (a heading in the margin); two dates are two entries' labels."""
    first, second = upper.text(), lower.text()
    if first.rstrip().endswith(("&", ",", "-", "–", "—", "/")) or first.split()[-1].lower() in {"and", "of", "for", "the", "to"}:
        return True  # "HONORS &" over "AWARDS", "July 2015 –" over "May 2020"
    if _DATE_LIKE.search(first) and _DATE_LIKE.search(second):
        return False  # one entry's dates over the next one's
    return all(ch.isupper() for ch in first + second if ch.isalpha())


_DATE_LIKE = re.compile(r"(?:19|20)\d\d|\d{1,2}[./]\d")
