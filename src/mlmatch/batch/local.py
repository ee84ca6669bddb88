"""Map screen_file over a process pool on this machine: a per-file time limit that stops a hung parser
(even one stuck in C, where the reader's own alarm cannot reach), and a worker that dies replaced.

pebble's ProcessPool does both: on a timeout it kills the worker and starts another, and a worker that
dies fails only its own task. The standard library's ProcessPoolExecutor has no per-task timeout and
breaks the whole pool when one worker dies.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.spawn
import os
import signal
from collections.abc import Generator, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, wait
from concurrent.futures.process import BrokenProcessPool
from itertools import chain

import click

from ..assess.posting import Posting
from ..options import Options
from ..readers import Limits
from ..report import Report
from .result import FileError
from .walk import find_resumes
from .worker import screen_file, warm_up

# Imported once in the fork server, so each worker forked from it starts with them loaded.
PRELOAD = ["spacy", "pdfplumber", "pypdfium2", "rapidfuzz", "mlmatch.batch.worker"]
IN_FLIGHT_PER_WORKER = 4  # files queued ahead of each worker: enough to keep it busy, few enough to stay small


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def hard_limit(limits: Limits) -> float:
    """Seconds after which a worker is killed. The reader's own --timeout fires first where it can
    (an alarm on the worker's main thread); this catches what the alarm cannot interrupt."""
    return limits.timeout + max(2.0, limits.timeout / 2)


def _pool_context() -> multiprocessing.context.ForkServerContext:
    # Workers are forked from a single-threaded fork server that has already imported spaCy and
    # pdfplumber: forking the parent itself would copy pebble's manager threads mid-flight.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    return context


def _outcome(future: Future[Report | FileError], path: str, limit: float) -> Report | FileError:
    from pebble import ProcessExpired

    try:
        return future.result()
    except TimeoutError:
        return FileError(path, f"not finished after {limit:g} s: the parser hung and was stopped (see --timeout)")
    except ProcessExpired as error:
        code = error.exitcode
        how = f"killed by {signal.Signals(-code).name}" if code is not None and code < 0 and -code in signal.valid_signals() else f"exit code {code}"
        return FileError(path, f"the parser crashed ({how}); its worker was replaced")
    except Exception as error:  # noqa: BLE001 - e.g. a result that cannot be sent back
        return FileError(path, f"could not be analysed ({type(error).__name__}: {error})")


def map_locally(paths: Iterable[str | os.PathLike[str]], options: Options, posting: Posting | None, jobs: int) -> Generator[Report | FileError, None, None]:
    """Each file's result as it finishes, with at most IN_FLIGHT_PER_WORKER files queued per worker.
    Where worker processes cannot start (an interpreter this user may not run, a sandbox without
    fork or shared memory), the files left are screened in this process, one at a time, after a warning."""
    from pebble import ProcessPool

    files = find_resumes(paths).files
    if not files:
        return
    jobs = min(jobs, len(files))
    limit = hard_limit(options.limits)
    pending: dict[Future[Report | FileError], str] = {}
    queue = iter(files)
    unscheduled: list[str] = []
    executable = multiprocessing.spawn.get_executable()
    if not os.access(executable, os.X_OK):  # checked first: a pool that cannot start leaves noise on stderr
        _say_in_process(f"{os.fsdecode(executable)} may not be run by this user")
        yield from (screen_file(path, options, posting) for path in files)
        return
    pool = ProcessPool(max_workers=jobs, context=_pool_context(), initializer=warm_up, initargs=(options,))
    try:

        def refill() -> None:
            while not unscheduled and len(pending) < jobs * IN_FLIGHT_PER_WORKER:
                path = next(queue, None)
                if path is None:
                    return
                try:
                    pending[pool.schedule(screen_file, (path, options, posting), timeout=limit)] = path
                except (BrokenProcessPool, OSError) as error:
                    unscheduled.append(path)
                    cause = error.__cause__ or error
                    _say_in_process(f"{type(cause).__name__}: {cause}")

        refill()
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                path = pending.pop(future)
                yield _outcome(future, path, limit)
            refill()
    finally:
        pool.stop()
        pool.join()
    for path in chain(unscheduled, queue):
        yield screen_file(path, options, posting)


def _say_in_process(why: str) -> None:
    click.echo(f"mlmatch: warning: worker processes cannot start ({why}); the files left are screened in this process, one at a time", err=True)
