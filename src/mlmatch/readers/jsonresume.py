"""JSON Resume (jsonresume.org schema): sections rebuilt as headed lines, work highlights as bullets,
skills keywords, dates as ranges. Line numbers are those of the JSON source where each value sits.
The same schema written as YAML comes here from yaml_resume.py, its values already carrying their lines."""

from __future__ import annotations

import json
import json.decoder
import json.scanner
from bisect import bisect_right
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeGuard

from ..document import Document, Line
from ..errors import UnreadableError
from .normalize import clean

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def looks_like_json_resume(data: object) -> TypeGuard[dict[str, Any]]:
    return isinstance(data, dict) and bool({"basics", "work"} & set(data)) and isinstance(data.get("basics", {}), dict)


def _date(value: str | None) -> str:
    """'2021-03-01' -> 'Mar 2021'; missing end -> 'Present'."""
    if not value:
        return "Present"
    parts = str(value).split("-")
    if len(parts) >= 2 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


class Located(str):
    """A string read from a structured file (a JSON or YAML value or key) and the source line it is on."""

    line: int

    def __new__(cls, text: str, line: int) -> Located:
        value = super().__new__(cls, text)
        value.line = line
        return value


_SPACE = " \t\n\r"  # JSON's whitespace


def _skip(text: str, at: int) -> int:
    """The offset of the first character at or after `at` that is not whitespace."""
    while at < len(text) and text[at] in _SPACE:
        at += 1
    return at


# The standard library's string scanner (the C one where built), which typeshed does not declare.
_scanstring: Callable[[str, int, bool], tuple[str, int]] = vars(json.decoder)["scanstring"]


def _located_loads(raw: str) -> Any:
    """The JSON of `raw` (already known to be valid) with every string, key or value, carrying its line,
    whatever order the keys are written in. The standard library's pure-Python scanner, given a string
    and an object parser of our own: the C scanner cannot be given either."""
    starts = [0] + [index + 1 for index, char in enumerate(raw) if char == "\n"]

    def line_at(offset: int) -> int:
        return bisect_right(starts, offset)

    def parse_string(text: str, end: int, strict: bool) -> tuple[str, int]:
        value, stop = _scanstring(text, end, strict)
        return Located(value, line_at(end - 1)), stop

    def parse_object(s_and_end: tuple[str, int], strict: bool, scan_once: Any, object_hook: Any, object_pairs_hook: Any, memo: Any = None) -> tuple[dict[str, Any], int]:
        text, end = s_and_end
        pairs: dict[str, Any] = {}
        end = _skip(text, end)
        if text[end : end + 1] == "}":
            return pairs, end + 1
        while True:
            key, end = parse_string(text, end + 1, strict)  # at the key's opening quote
            end = _skip(text, _skip(text, end) + 1)  # past the colon
            pairs[key], end = scan_once(text, end)
            end = _skip(text, end)
            if text[end] == "}":
                return pairs, end + 1
            end = _skip(text, end + 1)  # past the comma, at the next key

    decoder = json.JSONDecoder()
    decoder.parse_string = parse_string  # type: ignore[attr-defined]
    decoder.parse_object = parse_object  # type: ignore[attr-defined]
    decoder.scan_once = json.scanner.py_make_scanner(decoder)  # type: ignore[attr-defined]
    return decoder.decode(raw)


class _Lines:
    def __init__(self, raw: str) -> None:
        self.source = raw.splitlines()
        self.lines: list[Line] = []
        self.cursor = 0

    def line_of(self, text: str) -> int:
        """The line the value carries (a YAML scalar's), else the first source line at or after the
        last one found that holds it."""
        known: int | None = getattr(text, "line", None)
        if known is not None:
            self.cursor = max(self.cursor, known - 1)
            return known
        needle = json.dumps(text, ensure_ascii=False)[1:-1][:40]
        for index in range(self.cursor, len(self.source)):
            if needle and needle in self.source[index]:
                self.cursor = index
                return index + 1
        return self.cursor + 1

    def add(self, text: str | None, heading: int = 0, bullet: bool = False, anchor: str | None = None) -> None:
        cleaned = clean(str(text or ""))
        if cleaned and text is not None:  # (text is None only when nothing is left to add)
            self.lines.append(Line(text=cleaned, number=self.line_of(anchor or text), heading=heading, bullet=bullet))


def read_json_resume(path: Path, raw: str) -> Document:
    try:
        data = json.loads(raw)  # the C parser: fast, and its errors say where
    except json.JSONDecodeError as error:
        raise UnreadableError(f"not valid JSON (line {error.lineno}): {error.msg}") from None
    if not looks_like_json_resume(data):
        raise UnreadableError("a JSON file that is not a JSON Resume (no 'basics' or 'work'); see jsonresume.org")
    return json_resume_document(path, _located_loads(raw), raw, "jsonresume")


def _mapping(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _entries(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    """The objects listed under `key`; anything else a hand-written file put there is passed over."""
    value = data.get(key)
    return [entry for entry in value if isinstance(entry, dict)] if isinstance(value, list) else []


def _scalar(value: object) -> str | None:
    """A text value as written (a YAML scalar keeps its line); numbers as text; lists and objects None."""
    if isinstance(value, str):
        return value or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _key(data: dict[str, Any], name: str) -> str:
    """The key as written in the file (carrying its line when the parser gives one), else the name."""
    return next((key for key in data if key == name), name)


def _located(*values: str | None) -> str | None:
    """The first value that knows its line, else the first there is: what a line built of several is anchored on."""
    present = [value for value in values if value]
    return next((value for value in present if getattr(value, "line", None) is not None), present[0] if present else None)


def _scalars(value: object) -> list[str]:
    return [text for text in map(_scalar, value) if text] if isinstance(value, list) else []


def json_resume_document(path: Path, data: dict[str, Any], raw: str, format_name: str) -> Document:
    """The Document of JSON Resume data, however it was written down."""
    out = _Lines(raw)
    basics = _mapping(data.get("basics"))
    out.add(_scalar(basics.get("name")), heading=1)
    out.add(_scalar(basics.get("label")))
    contact = [text for text in (_scalar(basics.get(k)) for k in ("email", "phone", "url")) if text]
    out.add(" | ".join(contact), anchor=contact[0] if contact else None)
    summary = _scalar(basics.get("summary"))
    if summary:
        out.add("Summary", heading=2, anchor=summary)
        out.add(summary)
    for key, heading in (("work", "Experience"), ("volunteer", "Volunteering")):
        entries = _entries(data, key)
        if entries:
            out.add(heading, heading=2, anchor=_key(data, key))
        for job in entries:
            position, organisation = _scalar(job.get("position")), _scalar(job.get("name")) or _scalar(job.get("organization"))
            role = " | ".join(part for part in (position, organisation) if part)
            out.add(f"{role} | {_date(_scalar(job.get('startDate')))} – {_date(_scalar(job.get('endDate')))}", heading=3, anchor=position or organisation)
            out.add(_scalar(job.get("summary")))
            for highlight in _scalars(job.get("highlights")):
                out.add(highlight, bullet=True)
    schools = _entries(data, "education")
    if schools:
        out.add("Education", heading=2, anchor=_key(data, "education"))
        for school in schools:
            study = [_scalar(school.get(k)) for k in ("studyType", "area", "institution")]
            degree = ", ".join(part for part in study if part)
            out.add(f"{degree} | {_date(_scalar(school.get('startDate')))} – {_date(_scalar(school.get('endDate')))}", anchor=_located(study[2], *study, _scalar(school.get("startDate"))))
    skills = _entries(data, "skills")
    if skills:
        out.add("Skills", heading=2, anchor=_key(data, "skills"))
        for skill in skills:
            name = _scalar(skill.get("name"))
            words = _scalars(skill.get("keywords"))
            keywords = ", ".join(words)
            out.add(f"{name or ''}: {keywords}" if keywords else name, anchor=_located(name, *words))
    for key, heading in (("projects", "Projects"), ("publications", "Publications"), ("certificates", "Certifications"), ("awards", "Awards")):
        entries = _entries(data, key)
        if entries:
            out.add(heading, heading=2, anchor=_key(data, key))
        for entry in entries:
            parts = [text for text in (_scalar(entry.get(k)) for k in ("name", "title", "publisher", "issuer", "awarder")) if text]
            out.add(" | ".join(parts), anchor=parts[0] if parts else None)
            out.add(_scalar(entry.get("description")) or _scalar(entry.get("summary")))
            for highlight in _scalars(entry.get("highlights")):
                out.add(highlight, bullet=True)
    if not out.lines:
        raise UnreadableError("the JSON Resume holds no text")
    return Document(path=str(path), format=format_name, lines=tuple(out.lines))
