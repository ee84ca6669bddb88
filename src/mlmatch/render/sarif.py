"""Findings as SARIF 2.1.0, the format code-scanning tools read (GitHub's upload-sarif among them): one
run, mlmatch's rules with their default levels, a result per finding. A finding about the whole file
has a location without a region. Files that could not be read are notifications of a failed run."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from ..rules import RULES, Finding, Severity

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "note"}


def artifact_uri(path: str) -> str:
    """A relative path stays relative (to the folder the tool ran in, the repository's root in CI); an
    absolute one becomes a file: URI."""
    posix = PurePath(path).as_posix()
    if PurePath(path).is_absolute():
        return "file://" + quote(posix)
    return quote(posix)


def _location(finding: Finding) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(finding.file)}}
    if finding.line is not None:
        physical["region"] = {"startLine": finding.line, "startColumn": finding.column}
    return {"physicalLocation": physical}


def render_sarif(findings: Sequence[Finding], errors: Sequence[tuple[str, str]] = (), version: str = "") -> str:
    index = {rule.code: number for number, rule in enumerate(RULES)}
    rules = [{"id": rule.code, "name": rule.name, "shortDescription": {"text": rule.summary}, "defaultConfiguration": {"level": LEVELS[rule.severity]}} for rule in RULES]
    results = []
    for finding in findings:
        result: dict[str, Any] = {"ruleId": finding.code, "ruleIndex": index[finding.code], "level": LEVELS[finding.severity], "message": {"text": finding.message}, "locations": [_location(finding)]}
        if finding.page_line is not None and finding.page_line != finding.line:
            result["properties"] = {"page": finding.page, "pageLine": finding.page_line}
        results.append(result)
    invocation: dict[str, Any] = {"executionSuccessful": not errors}
    if errors:
        invocation["toolExecutionNotifications"] = [
            {"level": "error", "message": {"text": reason}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(file)}}}]} for file, reason in errors
        ]
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "mlmatch", "version": version, "rules": rules}}, "invocations": [invocation], "results": results}],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
