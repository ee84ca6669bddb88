"""Markdown: headings from '#', list items as bullets, inline markup and HTML comments removed, source line
numbers kept."""

from __future__ import annotations

import re
from pathlib import Path

from ..document import Document, Line
from .normalize import clean, drop_private_use, split_bullet

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^(={3,}|-{3,})\s*$")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_THEMATIC_BREAK = re.compile(r"^(?:\*\s*){3,}$|^(?:_\s*){3,}$")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")
_COMMENT = re.compile(r"<!--.*?-->", re.S)  # never rendered; its newlines stay so line numbers hold


def _inline(text: str) -> tuple[str, bool]:
    """Strip inline markup; say whether the whole line was bold."""
    whole_bold = bool(re.fullmatch(r"(\*\*|__)(.+)\1", text.strip()))
    text = _HTML_TAG.sub(" ", _LINK.sub(r"\1", text))
    previous = None
    while previous != text:
        previous, text = text, _EMPHASIS.sub(r"\2", text)
    if text.startswith("|") and text.endswith("|"):
        text = " | ".join(cell.strip() for cell in text.strip("|").split("|") if cell.strip())
    return text.replace("\\", ""), whole_bold


def inline_text(text: str) -> str:
    """Text with Markdown's inline markup (emphasis, links, code, HTML tags) removed."""
    return _inline(text)[0]


# Front matter (Jekyll, Hugo, Pandoc): YAML between '---' and '---' or '...', TOML between '+++' lines, at the
# very top. It describes the page and is never rendered.
_FRONT_MATTER = {"---": ("---", "..."), "+++": ("+++",)}


def _front_matter_lines(raw_lines: list[str]) -> int:
    """How many lines at the top are front matter (0 without any: a lone '---' is a rule)."""
    closing = _FRONT_MATTER.get(raw_lines[0].lstrip("\ufeff").rstrip()) if raw_lines else None
    if closing is None:
        return 0
    return next((index + 1 for index in range(1, len(raw_lines)) if raw_lines[index].rstrip() in closing), 0)


def read_markdown(path: Path, raw: str) -> Document:
    lines: list[Line] = []
    in_code = False
    raw_lines = _COMMENT.sub(lambda comment: "\n" * comment.group().count("\n"), raw).splitlines()
    front_matter = _front_matter_lines(raw_lines)
    for number, source in enumerate(raw_lines, start=1):
        if number <= front_matter:
            continue
        stripped = source.strip()
        if stripped.startswith("```"):
            in_code = not in_code
            continue
        if not stripped or _THEMATIC_BREAK.match(stripped):
            continue
        if _SETEXT.match(stripped) and lines and lines[-1].number == number - 1 and not lines[-1].bullet and "|" not in raw_lines[number - 2]:
            # "Programming Skills" over "------": a heading, not a table's rule
            last = lines.pop()
            lines.append(Line(text=last.text, number=last.number, heading=1 if stripped[0] == "=" else 2, bold=True))
            continue
        if _TABLE_RULE.match(stripped) or _SETEXT.match(stripped):
            continue
        heading = _HEADING.match(stripped)
        if heading:
            text, _ = _inline(heading.group(2))
            text = clean(drop_private_use(text))
            if text:
                lines.append(Line(text=text, number=number, heading=len(heading.group(1)), bold=True))
            continue
        bullet, body = (False, stripped) if in_code else split_bullet(stripped)
        if stripped.startswith(">"):
            body = stripped.lstrip("> ")
        text, bold = _inline(body)
        text = clean(drop_private_use(text))
        if text:
            lines.append(Line(text=text, number=number, bullet=bullet, bold=bold))
    return Document(path=str(path), format="markdown", lines=tuple(lines))
