"""JSON Resume (jsonresume.org schema): sections rebuilt as headed lines, work highlights as bullets,
skills keywords, dates as ranges. Line numbers are those of the JSON source where each value sits.
The same schema written as YAML comes here from yaml_resume.py, its values already carrying their lines."""

from __future__ import annotations

import json
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
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise UnreadableError(f"not valid JSON (line {error.lineno}): {error.msg}") from None
    if not looks_like_json_resume(data):
        raise UnreadableError("a JSON file that is not a JSON Resume (no 'basics' or 'work'); see jsonresume.org")
    return json_resume_document(path, data, raw, "jsonresume")


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
            out.add(heading, heading=2, anchor=key)
        for job in entries:
            position, organisation = _scalar(job.get("position")), _scalar(job.get("name")) or _scalar(job.get("organization"))
            role = " | ".join(part for part in (position, organisation) if part)
            out.add(f"{role} | {_date(_scalar(job.get('startDate')))} – {_date(_scalar(job.get('endDate')))}", heading=3, anchor=position or organisation)
            out.add(_scalar(job.get("summary")))
            for highlight in _scalars(job.get("highlights")):
                out.add(highlight, bullet=True)
    schools = _entries(data, "education")
    if schools:
        out.add("Education", heading=2, anchor="education")
        for school in schools:
            degree = ", ".join(part for part in (_scalar(school.get(k)) for k in ("studyType", "area", "institution")) if part)
            out.add(f"{degree} | {_date(_scalar(school.get('startDate')))} – {_date(_scalar(school.get('endDate')))}", anchor=_scalar(school.get("institution")))
    skills = _entries(data, "skills")
    if skills:
        out.add("Skills", heading=2, anchor="skills")
        for skill in skills:
            name = _scalar(skill.get("name"))
            keywords = ", ".join(_scalars(skill.get("keywords")))
            out.add(f"{name or ''}: {keywords}" if keywords else name, anchor=name or (keywords or None))
    for key, heading in (("projects", "Projects"), ("publications", "Publications"), ("certificates", "Certifications"), ("awards", "Awards")):
        entries = _entries(data, key)
        if entries:
            out.add(heading, heading=2, anchor=key)
        for entry in entries:
            parts = [text for text in (_scalar(entry.get(k)) for k in ("name", "title", "publisher", "issuer", "awarder")) if text]
            out.add(" | ".join(parts), anchor=parts[0] if parts else None)
            out.add(_scalar(entry.get("description")) or _scalar(entry.get("summary")))
            for highlight in _scalars(entry.get("highlights")):
                out.add(highlight, bullet=True)
    if not out.lines:
        raise UnreadableError("the JSON Resume holds no text")
    return Document(path=str(path), format=format_name, lines=tuple(out.lines))
