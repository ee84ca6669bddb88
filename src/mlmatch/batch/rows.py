"""One batch row per file, built from its JSON record (so a row read back from an earlier output, for
--resume, is the same as a fresh one), and the order in which rows are ranked."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from ..levels import LEVEL_IDS
from ..render.row import Row
from ..report import Report
from .provenance import ScreenedWith
from .result import FileError

ERROR_SCHEMA = "mlmatch.error/1"
RankKey = tuple[int, float, float, int, float, float, str]  # failed last; match rate, coverage, level, confidence, outcome ratio, file
MISSING_IN_ROW = 5


@dataclass(frozen=True)
class Source:
    """The file as it was when screened; --resume re-screens a file whose size or time changed."""

    size: int | None = None
    modified: str | None = None  # ISO 8601, UTC, to the microsecond

    @classmethod
    def of(cls, path: str) -> Source:
        try:
            stat = os.stat(path)
        except OSError:
            return cls()
        seconds, nanoseconds = divmod(stat.st_mtime_ns, 1_000_000_000)
        when = datetime.fromtimestamp(seconds, timezone.utc).replace(microsecond=nanoseconds // 1000)
        return cls(stat.st_size, when.isoformat())

    @classmethod
    def of_row(cls, row: Row) -> Source:
        """The file as it was when the row was written."""
        return cls(row.size, row.modified)


def record(result: Report | FileError, source: Source, screened_with: ScreenedWith) -> dict[str, Any]:
    """The JSON object a batch writes for one file: the report contract (DESIGN section 7) with the
    file's size and time and the options it was screened with added, or {schema: mlmatch.error/1,
    file, error} with the same two."""
    data: dict[str, Any] = {"schema": ERROR_SCHEMA, "file": result.file, "error": result.error} if isinstance(result, FileError) else result.to_dict()
    data["source"] = {"size": source.size, "modified": source.modified}
    data["screened_with"] = screened_with.to_dict()
    return data


def _screened_with(data: dict[str, Any]) -> str:
    """The record's options as a row keeps them; empty when it has none (an earlier mlmatch's)."""
    try:
        return ScreenedWith.from_dict(data.get("screened_with")).to_text()
    except ValueError:
        return ""


def row_of(data: dict[str, Any]) -> Row:
    """The row of a record; raises KeyError/TypeError/ValueError on a record that is not ours."""
    source = data.get("source") or {}
    size, modified = source.get("size"), source.get("modified")
    if data.get("schema") == ERROR_SCHEMA:
        return Row(str(data["file"]), error=str(data["error"]), size=size, modified=modified, screened_with=_screened_with(data))
    target, jd = data.get("target"), data.get("jd")
    missing = jd["missing"] if jd else (target["missing"] if target else [])
    return Row(
        file=str(data["file"]),
        level=data["apparent_level"]["level"],
        confidence=float(data["apparent_level"]["confidence"]),
        years=float(data["experience"]["years"]),
        relevant_years=float(data["experience"]["relevant_years"]),
        coverage=float(target["coverage"]) if target else None,
        match_rate=float(jd["match_rate"]) if jd else None,
        outcome_ratio=float(data["outcome_ratio"]),
        missing=tuple(str(m["name"]) for m in missing[:MISSING_IN_ROW]),
        size=size,
        modified=modified,
        screened_with=_screened_with(data),
    )


def rank_key(row: Row) -> RankKey:
    """Best first: by match rate with --jd, else by coverage of --target, else by level; ties by level,
    confidence, outcome ratio, then file name. Files that failed come last, by name."""
    if row.error is not None or row.level is None:
        return (1, 0.0, 0.0, 0, 0.0, 0.0, row.file)
    return (0, -(row.match_rate or 0.0), -(row.coverage or 0.0), -LEVEL_IDS.index(row.level), -(row.confidence or 0.0), -(row.outcome_ratio or 0.0), row.file)
