"""Everything that shapes one analysis, validated once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .levels import Level
from .readers import Limits


@dataclass(frozen=True)
class Options:
    target: Level | None = None
    jd: str | None = None
    lexicon_files: tuple[str, ...] = ()
    as_of: date | None = None  # what "Present" means; None: the document's own date, else today
    limits: Limits = Limits()
