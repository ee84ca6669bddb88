"""What a batch yields for a file it could not screen."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FileError:
    """A file that could not be screened and why, in one line (the same words as for one resume)."""

    file: str
    error: str
