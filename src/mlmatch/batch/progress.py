"""A progress bar on stderr (count, rate, ETA) when stderr is a terminal; otherwise only messages.
tqdm draws it (already installed with spaCy): it sizes itself to the terminal, smooths the rate, and
writes messages above the bar without tearing it."""

from __future__ import annotations

import sys

import click


class Progress:
    def __init__(self, total: int, done: int = 0):
        self.stream = sys.stderr
        self.bar = None
        if self.stream.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, initial=done, file=self.stream, unit=" resumes", dynamic_ncols=True, smoothing=0.05, mininterval=0.25)

    def advance(self, files: int = 1) -> None:
        if self.bar is not None and files:
            self.bar.update(files)

    def say(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=self.stream)
        else:
            click.echo(message, err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
