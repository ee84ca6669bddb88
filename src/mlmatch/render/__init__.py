"""Report -> text. Each renderer formats; none computes."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..report import Report


class OutputFormat(str, Enum):
    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"
    CSV = "csv"  # batch: one row per resume
    JSONL = "jsonl"  # batch: one report per line, as each finishes
    LINT = "lint"  # findings, path:line:col: CODE message (one file or many)
    GITHUB = "github"  # findings as GitHub Actions workflow commands
    SARIF = "sarif"  # findings as SARIF 2.1.0


BATCH_FORMATS = (OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.CSV, OutputFormat.JSONL)
RESUMABLE_FORMATS = (OutputFormat.JSON, OutputFormat.CSV, OutputFormat.JSONL)
FINDINGS_FORMATS = (OutputFormat.LINT, OutputFormat.GITHUB, OutputFormat.SARIF)


def render(report: Report, output_format: OutputFormat, color: bool = False, explain: bool = False) -> str:
    if output_format is OutputFormat.JSON:
        from .json import render_json

        return render_json(report)
    if output_format is OutputFormat.MARKDOWN:
        from .markdown import render_markdown

        return render_markdown(report)
    from .text import render_text

    return render_text(report, color=color, explain=explain)


def where(report: Report, line: int, page: int) -> str:
    """'resume.md:12', or 'resume.pdf:p2:12' when the resume has more than one page."""
    return f"{report.file}:p{page}:{line}" if report.pages > 1 else f"{report.file}:{line}"
