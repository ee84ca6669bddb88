"""Word .docx through python-docx: headings from paragraph styles, list paragraphs as bullets, tables
row by row. Line numbers count the document's paragraphs and table rows in order."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ..document import Document, FileDate, Line
from ..errors import UnreadableError
from .normalize import clean, drop_private_use, split_bullet

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.opc.coreprops import CoreProperties
    from docx.table import Table as WordTable
    from docx.text.paragraph import Paragraph as WordParagraph


def _is_list(paragraph: WordParagraph) -> bool:
    style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
    properties = paragraph._p.pPr
    return "list" in style or (properties is not None and properties.numPr is not None)


def _heading_level(paragraph: WordParagraph) -> int:
    style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
    if style == "title":
        return 1
    if style.startswith("heading"):
        digits = "".join(ch for ch in style if ch.isdigit())
        return int(digits) + 1 if digits else 2
    return 0


def read_docx(source: Path | BinaryIO) -> Document:
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:  # pragma: no cover - python-docx is a declared dependency
        raise UnreadableError("reading .docx needs python-docx") from None
    try:
        word = docx.Document(str(source) if isinstance(source, Path) else source)
    except UnreadableError:
        raise
    except Exception as error:
        raise UnreadableError(f"not a readable .docx ({type(error).__name__}): the file is damaged or not Word") from None
    try:
        return Document(path=str(source) if isinstance(source, Path) else "", format="docx", lines=tuple(_lines(word, Paragraph, Table)), file_dates=_file_dates(word.core_properties))
    except (AttributeError, KeyError, IndexError, TypeError, ValueError) as error:
        # python-docx trusts the XML's shape: a part with the wrong root or a style that is not there.
        raise UnreadableError(f"not a readable .docx ({type(error).__name__}): the file is damaged") from None


def _lines(word: WordDocument, Paragraph: type[WordParagraph], Table: type[WordTable]) -> list[Line]:  # noqa: N803 - python-docx's classes, imported lazily
    lines: list[Line] = []
    number = 0
    for block in word.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(block, word)
            number += 1
            for part in paragraph.text.split("\n"):
                text = clean(drop_private_use(part.replace("\t", "  ")))
                if not text:
                    continue
                bullet, body = split_bullet(text)
                bold = bool(paragraph.runs) and all(run.bold for run in paragraph.runs if run.text.strip())
                lines.append(Line(text=body, number=number, bullet=bullet or _is_list(paragraph), heading=_heading_level(paragraph), bold=bold))
        elif tag == "tbl":
            for row in Table(block, word).rows:
                number += 1
                cells = list(dict.fromkeys(clean(cell.text) for cell in row.cells if clean(cell.text)))
                if cells:
                    lines.append(Line(text=" | ".join(cells), number=number))
    return lines


def _file_dates(properties: CoreProperties) -> tuple[FileDate, ...]:
    """Core properties' modified and created dates (Word sets both on save)."""
    dates = []
    for name in ("modified", "created"):
        value = getattr(properties, name, None)
        if value is not None:
            dates.append(FileDate(value.date(), f"DOCX {name}"))
    return tuple(dates)
