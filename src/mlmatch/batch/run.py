"""`mlmatch PATH...` when it means a batch: screen every resume, write rows as they finish, rank them,
say what failed, and stop cleanly on Ctrl-C or SIGTERM with every finished row kept."""

from __future__ import annotations

import signal
import threading
from collections.abc import Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass

from ..errors import ExitCode, MlmatchError
from ..options import Options
from ..render import OutputFormat
from ..render.table import printable
from ..thresholds import Thresholds, failures
from . import screen
from .output import BatchOutput
from .progress import Progress
from .result import FileError
from .rows import Source, record, row_of
from .walk import find_resumes


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


class _Signals:
    def __init__(self):
        self.pending: int | None = None
        self.in_row = False
        self.previous: dict = {}

    def __enter__(self):
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGINT, signal.SIGTERM):
                self.previous[signum] = signal.signal(signum, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        for signum, handler in self.previous.items():
            signal.signal(signum, handler)

    def _handle(self, signum, frame) -> None:
        self.pending = signum
        if not self.in_row:
            raise Interrupted(signum)

    @contextmanager
    def row(self):
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
        skipped = f"; skipped {found.skipped_text()}" if found.skipped else ""
        raise MlmatchError(f"no resume to screen in {', '.join(paths)}{skipped}")
    sources = {path: Source.of(path) for path in found.files}
    output = BatchOutput(settings.output_format, settings.output, settings.color, with_coverage=options.target is not None, with_match=options.jd is not None)
    screened = failed = below = 0
    stopped_by: int | None = None
    progress = None
    with _Signals() as signals:
        try:
            # Reads the posting, or reaches the cluster, before the output is touched: a bad --jd or
            # --scheduler must not clobber an earlier output. The files are walked when iterated.
            results = screen((path for path in found.files if path not in output.done), options, jobs=settings.jobs, scheduler=settings.scheduler)
            with closing(results):
                output.open(sources, settings.resume)
                progress = Progress(total=len(found.files), done=output.kept)
                for result in results:
                    with signals.row():
                        data = record(result, sources.get(result.file, Source()))
                        output.add(data, row_of(data))
                        progress.advance()
                        screened += 1
                        if isinstance(result, FileError):
                            failed += 1
                            progress.say(printable(f"mlmatch: error: {result.file}: {result.error}"))
                            continue
                        reasons = failures(result, settings.thresholds)
                        below += bool(reasons)
                        for reason in reasons:
                            progress.say(printable(f"mlmatch: below threshold: {result.file}: {reason}"))
        except Interrupted as stop:
            stopped_by = stop.signum
        finally:
            if progress is not None:
                progress.close()
    output.finish()
    _summary(found, output, settings, screened, failed, stopped_by)
    if stopped_by is not None:
        return ExitCode.INTERRUPTED if stopped_by == signal.SIGINT else ExitCode.TERMINATED
    if failed:
        return ExitCode.ERROR
    return ExitCode.BELOW_THRESHOLD if below else ExitCode.OK


def _summary(found, output: BatchOutput, settings: BatchSettings, screened: int, failed: int, stopped_by: int | None) -> None:
    import click

    parts = [f"{screened} screened" + (f", {failed} could not be read" if failed else "")]
    if output.kept:
        parts.append(f"{output.kept} kept from the earlier {settings.output}")
    if found.skipped:
        parts.append(f"skipped {found.skipped_text()}")
    where = f" in {settings.output}" if settings.output else ""
    if stopped_by is not None:
        done = output.kept + screened
        click.echo(printable(f"mlmatch: interrupted after {done} of {len(found.files)} files ({'; '.join(parts)}); the finished rows are{where or ' above'}; run the same command with --resume -o FILE to finish"), err=True)
    else:
        click.echo(printable(f"mlmatch: {len(found.files)} files: {'; '.join(parts)}"), err=True)
