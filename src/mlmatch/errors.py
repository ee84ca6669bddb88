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
    """An input file that cannot be read into a Document. Once the reader knows which file (and whether
    it is the resume or the job posting), the message names it: 'job posting jd.pdf: not a PDF'."""

    def __init__(self, reason: str, path: str | None = None, role: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.path = path
        self.role = role

    def about(self, path: str, role: str | None = None) -> UnreadableError:
        """The same error naming its file; a path or role already named is kept."""
        return UnreadableError(self.reason, self.path or path, self.role or role)

    def __str__(self) -> str:
        if self.path is None:
            return self.reason
        return f"{self.role} {self.path}: {self.reason}" if self.role else f"{self.path}: {self.reason}"
