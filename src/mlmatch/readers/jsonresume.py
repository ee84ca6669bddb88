"""JSON Resume (jsonresume.org schema): sections rebuilt as headed lines, work highlights as bullets,
skills keywords, dates as ranges. Line numbers are those of the JSON source where each value sits."""

from __future__ import annotations

import json
from pathlib import Path

from ..document import Document, Line
from ..errors import UnreadableError
from .normalize import clean

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def looks_like_json_resume(data: object) -> bool:
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
    def __init__(self, raw: str):
        self.source = raw.splitlines()
        self.lines: list[Line] = []
        self.cursor = 0

    def line_of(self, text: str) -> int:
        """The first source line at or after the last one found that holds this value."""
        needle = json.dumps(text, ensure_ascii=False)[1:-1][:40]
        for index in range(self.cursor, len(self.source)):
            if needle and needle in self.source[index]:
                self.cursor = index
                return index + 1
        return self.cursor + 1

    def add(self, text: str | None, heading: int = 0, bullet: bool = False, anchor: str | None = None) -> None:
        text = clean(str(text or ""))
        if text:
            self.lines.append(Line(text=text, number=self.line_of(anchor or text), heading=heading, bullet=bullet))


def read_json_resume(path: Path, raw: str) -> Document:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise UnreadableError(f"not valid JSON (line {error.lineno}): {error.msg}") from None
    if not looks_like_json_resume(data):
        raise UnreadableError("a JSON file that is not a JSON Resume (no 'basics' or 'work'); see jsonresume.org")
    out = _Lines(raw)
    basics = data.get("basics") or {}
    out.add(basics.get("name"), heading=1)
    out.add(basics.get("label"))
    out.add(" | ".join(str(basics[k]) for k in ("email", "phone", "url") if basics.get(k)), anchor=basics.get("email") or basics.get("phone"))
    if basics.get("summary"):
        out.add("Summary", heading=2, anchor=basics["summary"])
        out.add(basics["summary"])
    for key, heading in (("work", "Experience"), ("volunteer", "Volunteering")):
        entries = data.get(key) or []
        if entries:
            out.add(heading, heading=2, anchor=key)
        for job in entries:
            role = " | ".join(part for part in (job.get("position"), job.get("name") or job.get("organization")) if part)
            out.add(f"{role} | {_date(job.get('startDate'))} – {_date(job.get('endDate'))}", heading=3, anchor=job.get("position") or job.get("name"))
            out.add(job.get("summary"))
            for highlight in job.get("highlights") or []:
                out.add(highlight, bullet=True)
    if data.get("education"):
        out.add("Education", heading=2, anchor="education")
        for school in data["education"]:
            degree = ", ".join(part for part in (school.get("studyType"), school.get("area"), school.get("institution")) if part)
            out.add(f"{degree} | {_date(school.get('startDate'))} – {_date(school.get('endDate'))}", anchor=school.get("institution"))
    if data.get("skills"):
        out.add("Skills", heading=2, anchor="skills")
        for skill in data["skills"]:
            keywords = ", ".join(skill.get("keywords") or [])
            out.add(f"{skill.get('name', '')}: {keywords}" if keywords else skill.get("name"), anchor=skill.get("name"))
    for key, heading in (("projects", "Projects"), ("publications", "Publications"), ("certificates", "Certifications"), ("awards", "Awards")):
        entries = data.get(key) or []
        if entries:
            out.add(heading, heading=2, anchor=key)
        for entry in entries:
            out.add(" | ".join(str(entry[k]) for k in ("name", "title", "publisher", "issuer", "awarder") if entry.get(k)))
            out.add(entry.get("description") or entry.get("summary"))
            for highlight in entry.get("highlights") or []:
                out.add(highlight, bullet=True)
    if not out.lines:
        raise UnreadableError("the JSON Resume holds no text")
    return Document(path=str(path), format="jsonresume", lines=tuple(out.lines))
