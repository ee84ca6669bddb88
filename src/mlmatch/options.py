"""Everything that shapes one analysis, validated once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .levels import Level
from .readers import Limits
from .readers.pdf_content import DEFAULT_ENGINE, ENGINES


@dataclass(frozen=True)
class Options:
    target: Level | None = None
    jd: str | None = None
    lexicon_files: tuple[str, ...] = ()
    as_of: date | None = None  # what "Present" means; None: the document's own date, else today
    limits: Limits = Limits()
    pdf_engine: str = DEFAULT_ENGINE  # "pdfium" or "pdfplumber": which library reads a PDF's characters

    def __post_init__(self) -> None:
        if self.pdf_engine not in ENGINES:
            raise ValueError(f"pdf_engine must be one of {', '.join(ENGINES)}, not {self.pdf_engine!r}")
