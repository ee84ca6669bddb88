"""Findings as GitHub Actions workflow commands, which the runner turns into annotations on the pull
request: `::warning file=resume.md,line=12,col=3,title=MM101::message`. Values are escaped as the
runner unescapes them (%, CR and LF everywhere; also : and , in the properties), so resume text cannot
end a command early or start another."""

from __future__ import annotations

from collections.abc import Sequence

from ..rules import Finding, Severity

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(name: str, properties: dict[str, str], message: str) -> str:
    listed = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    return f"::{name} {listed}::{escape_data(message)}\n"


def render_github(findings: Sequence[Finding], errors: Sequence[tuple[str, str]] = ()) -> str:
    """`errors`: (file, reason) for each file that could not be read."""
    out = []
    for f in findings:
        properties = {"file": f.file, **({"line": str(f.line), "col": str(f.column)} if f.line is not None else {}), "title": f"{f.code} {f.rule.name}"}
        out.append(_command(COMMANDS[f.severity], properties, f.message))
    for file, reason in errors:
        out.append(_command("error", {"file": file, "title": "mlmatch could not read this file"}, reason))
    return "".join(out)
