"""mlmatch: what level an ML engineer's resume reads as, what it lacks, and which bullets state outcomes."""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["analyze", "screen", "FileError", "Options", "Level", "Report", "__version__"]

if TYPE_CHECKING:
    from .analysis import analyze
    from .batch import FileError, screen
    from .levels import Level
    from .options import Options
    from .report import Report


def __getattr__(name: str) -> object:
    # Lazy, so `mlmatch --help` does not pay for spaCy.
    if name == "analyze":
        from .analysis import analyze

        return analyze
    if name in ("screen", "FileError"):
        from . import batch

        return getattr(batch, name)
    if name == "Options":
        from .options import Options

        return Options
    if name == "Level":
        from .levels import Level

        return Level
    if name == "Report":
        from .report import Report

        return Report
    raise AttributeError(name)
