"""--show-text: the document as mlmatch read it, so a user can see why a resume scores oddly."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..document import Document, Line
    from ..segment import Placed, Segments


def render_document(document: Document, segments: Segments) -> str:
    """One row per line: page, line, column, section, and '#' for a heading or '•' for a bullet."""
    # Each line is found by what it is, not by where it stands: in a JSON Resume several lines share a
    # source line, and one sharing a heading's was shown as a heading, in the heading's section.
    in_document = {id(line) for line in document.lines}
    found: dict[int, tuple[bool, Placed]] = {id(p.line): (False, p) for p in segments.lines}
    found.update({id(p.line): (True, p) for p in segments.headings})
    # Lines the segmenter made of one it split (a heading set on the row of its first entry) stand where it stood.
    made: dict[tuple[int, int], list[tuple[bool, Placed]]] = {}
    for heading, p in [(True, p) for p in segments.headings] + [(False, p) for p in segments.lines]:
        if id(p.line) not in in_document:
            made.setdefault((p.line.page, p.line.number), []).append((heading, p))
    out = [f"{document.path}: {document.format}, {document.pages} page(s), {len(document.lines)} lines", "page line col section       text"]
    for line in document.lines:
        shown = [found[id(line)]] if id(line) in found else made.pop((line.page, line.number), [])
        if not shown:
            out.append(_row(line, False, ""))
        out += [_row(p.line, heading, p.section) for heading, p in shown]
    out += [f"warning: {warning}" for warning in document.warnings]
    return "\n".join(out) + "\n"


def _row(line: Line, heading: bool, section: str) -> str:
    mark = "# " if heading else ("• " if line.bullet else "  ")
    return f"p{line.page:<3} {line.number:>4} {line.column or '-':>3} {section:<13} {mark}{line.text}"
