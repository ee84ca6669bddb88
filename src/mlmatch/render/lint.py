"""Findings as a linter prints them, one a line: `path:line:col: CODE message` (sqlfluff, ruff). A
finding about the whole file points at 1:1. Nothing at all when there is nothing to say."""

from __future__ import annotations

from collections.abc import Sequence

from ..rules import Finding
from .table import printable


def render_lint(findings: Sequence[Finding]) -> str:
    return "".join(printable(f"{f.file}:{f.line or 1}:{f.column}: {f.code} {f.message}") + "\n" for f in findings)
