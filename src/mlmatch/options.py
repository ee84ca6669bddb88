"""Everything that shapes one analysis, validated once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .levels import Level
from .readers import Limits
from .readers.pdf_content import DEFAULT_ENGINE, ENGINES


@dataclass(frozen=True)
class Options:
    target: Level | str | None = None  # a Level, or its name ("senior"): read as a Level (`target_level`)
    jd: str | None = None
    lexicon_files: tuple[str, ...] = ()
    as_of: date | None = None  # what "Present" means; None: the document's own date, else today
    limits: Limits = Limits()
    pdf_engine: str = DEFAULT_ENGINE  # "pdfium" or "pdfplumber": which library reads a PDF's characters
    ignore_concepts: tuple[str, ...] = ()  # concept ids never listed missing (the config's ignore-concepts)

    def __post_init__(self) -> None:
        if isinstance(self.target, str):
            try:
                object.__setattr__(self, "target", Level.parse(self.target))
            except ValueError as error:
                raise ValueError(f"target: {error}") from None
        elif self.target is not None and not isinstance(self.target, Level):
            raise TypeError(f"target must be a Level or a level's name, not {type(self.target).__name__}")
        if self.pdf_engine not in ENGINES:
            raise ValueError(f"pdf_engine must be one of {', '.join(ENGINES)}, not {self.pdf_engine!r}")

    @property
    def target_level(self) -> Level | None:
        """The target as a Level (a name given is converted when the Options are made)."""
        return Level.parse(self.target) if isinstance(self.target, str) else self.target
