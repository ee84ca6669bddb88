"""`mlmatch PATH...` when it means a batch: screen every resume, write rows as they finish, rank them,
say what failed, and stop cleanly on Ctrl-C or SIGTERM with every finished row kept."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from types import FrameType
from typing import Any

import click

from ..check import check_posting
from ..errors import ExitCode, MlmatchError
from ..levels import Level
from ..options import Options
from ..render import OutputFormat
from ..render.row import Row
from ..render.table import printable
from ..thresholds import Thresholds, failures_of
from . import prepare, screen_with
from .output import BatchOutput
from .progress import Progress
from .provenance import ScreenedWith
from .rows import Source, record, row_of
from .walk import Found, find_resumes


@dataclass(frozen=True)
class BatchSettings:
    output_format: OutputFormat
    output: str | None = None
    resume: bool = False
    jobs: int | None = None
    scheduler: str | None = None
    thresholds: Thresholds = Thresholds()
    color: bool = False


class Interrupted(BaseException):
    """SIGINT or SIGTERM arrived; raised between rows, never while one is being written."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


_Handler = Callable[[int, FrameType | None], Any] | int | signal.Handlers | None  # what signal.signal returns


class _Signals:
    def __init__(self) -> None:
        self.pending: int | None = None
        self.in_row = False
        self.previous: dict[signal.Signals, _Handler] = {}

    def __enter__(self) -> _Signals:
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGINT, signal.SIGTERM):
                self.previous[signum] = signal.signal(signum, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        for signum, handler in self.previous.items():
            signal.signal(signum, handler)

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        self.pending = signum
        if not self.in_row:
            raise Interrupted(signum)

    @contextmanager
    def row(self) -> Iterator[None]:
        """Hold a signal until the row is written whole."""
        self.in_row = True
        try:
            yield
        finally:
            self.in_row = False
        if self.pending is not None:
            raise Interrupted(self.pending)


def run_batch(paths: Sequence[str], options: Options, settings: BatchSettings) -> ExitCode:
    found = find_resumes(paths)
    if not found.files:
        skipped = f" (skipped {found.skipped_text()})" if found.skipped else ""
        where = f"{paths[0]}: is a folder with" if len(paths) == 1 else f"{', '.join(paths)}: these folders hold"
        raise MlmatchError(f"{where} no resume to screen{skipped}")
    sources = {path: Source.of(path) for path in found.files}
    # The posting is read, the lexicon loaded and the scheduler's address checked before the output is
    # touched: a bad --jd, --lexicon or --scheduler must not clobber an earlier output.
    posting = prepare(options, settings.scheduler)
    check_posting(posting, settings.thresholds)
    made_with = ScreenedWith.of(options, posting)
    output = BatchOutput(settings.output_format, settings.output, settings.color, made_with)
    tally = _Tally(settings.thresholds, options.target_level)
    stopped_by: int | None = None
    progress = None
    with _Signals() as signals:
        try:
            # Reaches the cluster before the output is touched, too. The files are walked when iterated.
            results = screen_with((path for path in found.files if path not in output.done), options, posting, jobs=settings.jobs, scheduler=settings.scheduler)
            with closing(results):
                output.open(sources, settings.resume, on_kept=tally.count)
                progress = Progress(total=len(found.files), done=output.kept)
                tally.say = progress.say
                for result in results:
                    with signals.row():
                        data = record(result, sources.get(result.file, Source()), made_with)
                        row = row_of(data)
                        output.add(data, row)
                        progress.advance()
                        tally.screened += 1
                        tally.count(row)
        except Interrupted as stop:
            stopped_by = stop.signum
        finally:
            if progress is not None:
                progress.close()
    output.finish()
    _summary(found, output, settings, tally, stopped_by)
    if stopped_by is not None:
        return ExitCode.INTERRUPTED if stopped_by == signal.SIGINT else ExitCode.TERMINATED
    if tally.failed:
        return ExitCode.ERROR
    return ExitCode.BELOW_THRESHOLD if tally.below else ExitCode.OK


class _Tally:
    """Counts rows, and says on stderr which files failed and which resumes are below a threshold:
    for rows screened now and rows kept by --resume alike, so the exit code is the whole output's."""

    def __init__(self, thresholds: Thresholds, target: Level | None):
        self.thresholds, self.target = thresholds, target
        self.screened = self.failed = self.below = 0
        self.say: Callable[[str], None] = lambda message: click.echo(message, err=True)

    def count(self, row: Row) -> None:
        if row.error is not None:
            self.failed += 1
            self.say(printable(f"mlmatch: error: {row.file}: {row.error}"))
            return
        assert row.level is not None and row.outcome_ratio is not None  # a row without an error has its measures
        reasons = failures_of(Level.parse(row.level), self.target, row.coverage, row.outcome_ratio, row.match_rate, self.thresholds)
        self.below += bool(reasons)
        for reason in reasons:
            self.say(printable(f"mlmatch: below threshold: {row.file}: {reason}"))


def _files(count: int) -> str:
    return f"{count} file" if count == 1 else f"{count} files"


def _summary(found: Found, output: BatchOutput, settings: BatchSettings, tally: _Tally, stopped_by: int | None) -> None:
    parts = [f"{tally.screened} screened"] + ([f"{tally.failed} could not be read"] if tally.failed else [])
    if output.kept:
        parts.append(f"{output.kept} kept from the earlier {settings.output}")
    if found.skipped:
        parts.append(f"skipped {found.skipped_text()}")
    if stopped_by is None:
        click.echo(printable(f"mlmatch: {_files(len(found.files))}: {'; '.join(parts)}"), err=True)
        return
    done = f"mlmatch: interrupted after {output.kept + tally.screened} of {_files(len(found.files))} ({'; '.join(parts)})"
    then = (
        f"the finished rows are in {settings.output}, ranked; run the same command with --resume to finish"
        if settings.output
        else "the finished rows were printed; with -o FILE a run can be finished later by --resume"
    )
    click.echo(printable(f"{done}; {then}"), err=True)
