"""The command's own process starts with Python's cycle collector held off: spaCy's import, the lexicon
and the matcher make a million objects that live until the process exits, and collecting generations
over them cost ~0.1 s of a one-page check (tests/benchmark.py --cold). Once they are built, release()
freezes them (gc.freeze: the collector no longer scans them) and the collector runs as usual for the
documents, whose garbage it must collect. Only the console command holds it; `analyze` called from
Python, the test runner and batch workers never do."""

from __future__ import annotations

import gc

_held = False


def hold() -> None:
    global _held
    gc.disable()
    _held = True


def release() -> None:
    """Freeze what exists and collect as usual from now on; nothing if hold() was not called."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()
