"""YAML resumes: RenderCV's (`cv:` with `sections:` of typed entries) and JSON Resume written as YAML.

PyYAML's SafeLoader parses the file only as far as its node graph: no tag ever builds a Python object,
and every value keeps the source line it sits on. Aliases are followed within a budget, so a file of
aliases nesting into each other ("billion laughs") is refused instead of walked for ever. Any other YAML
is refused with a line saying which two layouts mlmatch reads."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from ..document import Document, Line
from ..errors import UnreadableError
from .jsonresume import _MONTHS, Located, json_resume_document, looks_like_json_resume
from .markdown import inline_text
from .normalize import clean

_VALUES_BUDGET = 100_000  # values visited, aliases counted each time they are followed
_NULL = "tag:yaml.org,2002:null"


def _plain(node: yaml.Node, budget: list[int]) -> object:
    """Nodes -> dicts, lists and Located strings (None for null); scalars keep their text as written."""
    budget[0] -= 1
    if budget[0] < 0:
        raise UnreadableError(f"the YAML expands to more than {_VALUES_BUDGET:,} values (aliases nested in aliases?)")
    if isinstance(node, yaml.ScalarNode):
        return None if node.tag == _NULL else Located(node.value, node.start_mark.line + 1)
    if isinstance(node, yaml.SequenceNode):
        return [_plain(item, budget) for item in node.value]
    mapping: dict[str, object] = {}
    for key, value in node.value:
        if isinstance(key, yaml.ScalarNode):
            mapping.setdefault(Located(key.value, key.start_mark.line + 1), _plain(value, budget))
    return mapping


def parse(raw: str) -> object:
    try:
        node = yaml.compose(raw, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise UnreadableError(f"not valid YAML{where}: {error.problem or error.context}") from None
    except yaml.YAMLError as error:
        raise UnreadableError(f"not valid YAML: {str(error).splitlines()[0] if str(error) else type(error).__name__}") from None
    return None if node is None else _plain(node, [_VALUES_BUDGET])


def read_yaml_resume(path: Path, raw: str) -> Document:
    data = parse(raw)
    if isinstance(data, dict) and isinstance(data.get("cv"), dict):
        return _rendercv(path, data["cv"])
    if looks_like_json_resume(data):
        return json_resume_document(path, data, raw, "jsonresume-yaml")
    raise UnreadableError("a YAML file that is neither a RenderCV CV ('cv:' with 'sections:') nor a JSON Resume ('basics:', 'work:'); mlmatch reads those two YAML layouts")


def _date(value: object) -> str:
    """RenderCV dates: '2021-03' or '2021-03-15' -> 'Mar 2021', '2021' -> '2021', 'present' -> 'Present'."""
    text = str(value).strip()
    if text.lower() == "present":
        return "Present"
    match = re.fullmatch(r"(\d{4})-(\d{1,2})(?:-\d{1,2})?", text)
    if match and 1 <= int(match.group(2)) <= 12:
        return f"{_MONTHS[int(match.group(2)) - 1]} {match.group(1)}"
    return text


def _dates(entry: dict[Any, Any]) -> str:
    start, end, date = entry.get("start_date"), entry.get("end_date"), entry.get("date")
    if isinstance(start, str) and start:
        return f"{_date(start)} – {_date(end) if isinstance(end, str) and end else 'Present'}"
    return _date(date) if isinstance(date, str) and date else ""


def _section_title(key: str) -> str:
    """RenderCV shows a snake_case key as Title Case and any other title as written."""
    return key.replace("_", " ").title() if re.fullmatch(r"[a-z0-9_]+", key) else key


class _Out:
    def __init__(self) -> None:
        self.lines: list[Line] = []

    def add(self, value: object, line: int, heading: int = 0, bullet: bool = False) -> None:
        if not isinstance(value, str):
            return
        text = clean(inline_text(str(value)))
        if text:
            self.lines.append(Line(text=text, number=getattr(value, "line", line), heading=heading, bullet=bullet))


def _line(*values: object, default: int) -> int:
    return next((value.line for value in values if isinstance(value, Located)), default)


def _texts(value: object) -> list[str]:
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _entry(out: _Out, entry: object, line: int) -> None:
    """One entry of a RenderCV section, whichever of its types it is."""
    if isinstance(entry, str):  # a text entry
        out.add(entry, line)
        return
    if not isinstance(entry, dict):
        return

    def field(name: str) -> str | None:
        value = entry.get(name)
        return value if isinstance(value, str) else None

    here = _line(*entry.keys(), default=line)
    dates = _dates(entry)
    if field("position") or field("company"):  # experience entry
        title = " | ".join(part for part in (field("position"), field("company"), field("location"), dates) if part)
        out.add(Located(title, _line(entry.get("position"), entry.get("company"), default=here)), here, heading=3)
    elif field("institution"):  # education entry
        degree = ", ".join(part for part in (field("degree"), field("area"), field("institution")) if part)
        out.add(Located(" | ".join(part for part in (degree, field("location"), dates) if part), _line(entry.get("institution"), default=here)), here)
    elif field("title") and "authors" in entry:  # publication entry
        out.add(Located(" | ".join(part for part in (field("title"), field("journal"), dates) if part), _line(entry.get("title"), default=here)), here)
        authors = ", ".join(_texts(entry.get("authors")))
        out.add(Located(authors, _line(*_texts(entry.get("authors")), default=here)) if authors else None, here)
    elif field("name"):  # normal entry
        out.add(Located(" | ".join(part for part in (field("name"), field("location"), dates) if part), _line(entry.get("name"), default=here)), here, heading=3)
    elif field("label"):  # one-line entry
        out.add(Located(f"{field('label')}: {field('details') or ''}".rstrip(": "), _line(entry.get("label"), default=here)), here)
    for key in ("bullet", "number", "reversed_number"):  # bullet and numbered entries
        if field(key):
            out.add(field(key), here, bullet=True)
    out.add(field("summary"), here)
    for highlight in _texts(entry.get("highlights")):
        for item in _nested(highlight):
            out.add(item, here, bullet=True)


_NESTED = re.compile(r"\s+-\s+(?=[A-Z0-9])")


def _nested(highlight: str) -> list[str]:
    """RenderCV writes sub-bullets as indented '- ' lines inside a highlight, which YAML folds into one
    string ("impact - ICML 2022 paper - NeurIPS workshop"): two or more such dashes are nested items,
    each kept on the highlight's source line."""
    pieces = _NESTED.split(str(highlight))
    if len(pieces) < 3:
        return [highlight]
    line = getattr(highlight, "line", None)
    return [Located(piece, line) if line is not None else piece for piece in pieces]


def _rendercv(path: Path, cv: dict[Any, Any]) -> Document:
    out = _Out()
    out.add(cv.get("name"), _line(*cv.keys(), default=1), heading=1)
    out.add(cv.get("headline") or cv.get("label"), 1)
    contact = [value for value in (cv.get(key) for key in ("location", "email", "phone", "website")) if isinstance(value, str) and value]
    if contact:
        out.add(Located(" | ".join(contact), _line(*contact, default=1)), 1)
    sections = cv.get("sections")
    if isinstance(sections, dict):
        for title, entries in sections.items():
            here = _line(title, default=1)
            out.add(Located(_section_title(title), here), here, heading=2)
            for entry in entries if isinstance(entries, list) else [entries]:
                _entry(out, entry, here)
    if not out.lines:
        raise UnreadableError("the RenderCV file holds no text")
    return Document(path=str(path), format="rendercv", lines=tuple(out.lines))
