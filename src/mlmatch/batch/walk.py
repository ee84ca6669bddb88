"""Which files a batch screens: folders walked recursively, hidden files and formats mlmatch does not
read skipped and counted. A file named on the command line is always screened, whatever its name."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..readers import SUFFIXES

HIDDEN = "hidden"


@dataclass(frozen=True)
class Found:
    files: tuple[str, ...]
    skipped: dict[str, int]  # why -> how many: "hidden", or the suffix of a format mlmatch does not read

    def skipped_text(self) -> str:
        """'3 (2 hidden, 1 .doc)', or '' when nothing was skipped."""
        if not self.skipped:
            return ""
        parts = ", ".join(f"{count} {why}" for why, count in sorted(self.skipped.items(), key=lambda item: (-item[1], item[0])))
        return f"{sum(self.skipped.values())} ({parts})"


def find_resumes(paths: Iterable[str | os.PathLike[str]]) -> Found:
    """Every file to screen under `paths`, in a stable order (sorted within each folder), each once."""
    files: list[str] = []
    skipped: Counter[str] = Counter()
    seen: set[str] = set()

    def add(path: str) -> None:
        real = os.path.realpath(path)
        if real not in seen:
            seen.add(real)
            files.append(path)

    for given in paths:
        given = str(Path(given))
        if not os.path.isdir(given):
            add(given)  # missing or unreadable files become error rows, as for one resume
            continue
        for folder, folders, names in os.walk(given):
            hidden_folders = sum(1 for name in folders if name.startswith("."))
            if hidden_folders:
                skipped[HIDDEN] += hidden_folders
            folders[:] = sorted(name for name in folders if not name.startswith("."))
            for name in sorted(names):
                if name.startswith("."):
                    skipped[HIDDEN] += 1
                    continue
                suffix = Path(name).suffix.lower()
                if suffix not in SUFFIXES:
                    skipped[suffix or "without extension"] += 1
                    continue
                add(str(Path(folder, name)))
    return Found(tuple(files), dict(skipped))
