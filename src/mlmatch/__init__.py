"""mlmatch: what level an ML engineer's resume reads as, what it lacks, and which bullets state outcomes."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["analyze", "screen", "FileError", "Options", "Level", "Limits", "Report", "MlmatchError", "UnreadableError", "__version__"]

if TYPE_CHECKING:
    from .analysis import analyze
    from .batch import FileError, screen
    from .errors import MlmatchError, UnreadableError
    from .levels import Level
    from .options import Options
    from .readers import Limits
    from .report import Report

# Each public name and the module it lives in: imported when first used, so `mlmatch --help` does not pay for spaCy.
_HOMES = {
    "analyze": ".analysis",
    "screen": ".batch",
    "FileError": ".batch",
    "Options": ".options",
    "Level": ".levels",
    "Limits": ".readers",
    "Report": ".report",
    "MlmatchError": ".errors",
    "UnreadableError": ".errors",
}


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'mlmatch' has no attribute {name!r}")
    return getattr(import_module(home, __name__), name)


def __dir__() -> list[str]:
    return sorted(set(__all__) | {name for name in globals() if name.startswith("__")})
