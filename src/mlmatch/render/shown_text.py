"""--show-text: the document as mlmatch read it, so a user can see why a resume scores oddly."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..document import Document
    from ..segment import Segments


def render_document(document: Document, segments: Segments) -> str:
    """One row per line: page, line, column, section, and '#' for a heading or '•' for a bullet."""
    # Keyed by position: a heading set on the row of its first entry is split into two lines.
    headings = {(p.line.page, p.line.number) for p in segments.headings}
    section_of = {(p.line.page, p.line.number): p.section for p in list(segments.headings) + list(segments.lines)}
    out = [f"{document.path}: {document.format}, {document.pages} page(s), {len(document.lines)} lines", "page line col section       text"]
    for line in document.lines:
        where = (line.page, line.number)
        mark = "# " if where in headings else ("• " if line.bullet else "  ")
        out.append(f"p{line.page:<3} {line.number:>4} {line.column or '-':>3} {section_of.get(where, ''):<13} {mark}{line.text}")
    out += [f"warning: {warning}" for warning in document.warnings]
    return "\n".join(out) + "\n"
