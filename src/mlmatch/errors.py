"""Exit codes and the one error type the command line turns into a clean message."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    BELOW_THRESHOLD = 1
    ERROR = 2
    INTERRUPTED = 130  # 128 + SIGINT: Ctrl-C stopped a batch; the rows done are kept
    TERMINATED = 143  # 128 + SIGTERM


class MlmatchError(Exception):
    """A problem the user can fix: unreadable input, bad option, bad lexicon. Shown as one line."""


class UnreadableError(MlmatchError):
    """An input file that cannot be read into a Document."""
