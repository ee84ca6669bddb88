"""One resume in a batch's ranked table: what the table and CSV renderers print, and what a CSV reads back
as. batch/rows.py builds a row from a report's JSON record and ranks the rows."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    file: str
    level: str | None = None
    confidence: float | None = None
    years: float | None = None  # professional years: jobs, founder time, research outside a degree
    relevant_years: float | None = None  # the ML, data and software part of them: what bounds the level
    coverage: float | None = None  # of --target
    match_rate: float | None = None  # against --jd
    outcome_ratio: float | None = None
    missing: tuple[str, ...] = ()  # the posting's first missing concepts with --jd, else the target's
    error: str | None = None
    size: int | None = None
    modified: str | None = None
    screened_with: str = ""  # the options the row was made with, as one line of JSON (batch/provenance.py)
