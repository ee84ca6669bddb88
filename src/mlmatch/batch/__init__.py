"""Screen many resumes: find them, map analyze over a local process pool or a Dask cluster, and
yield each result as it finishes. `screen` is the public entry point; the command line uses it too."""

from __future__ import annotations

import os
from collections.abc import Generator, Iterable

from ..assess.posting import Posting
from ..options import Options
from ..report import Report
from .result import FileError
from .walk import Found, find_resumes

__all__ = ["FileError", "Found", "find_resumes", "screen"]


def screen(paths: Iterable[str | os.PathLike[str]], options: Options | None = None, *, jobs: int | None = None, scheduler: str | None = None) -> Generator[Report | FileError, None, None]:
    """Analyze every resume under `paths` (folders walked; see find_resumes) with the same options,
    yielding a Report or a FileError per file in the order they finish. Nothing raised for one file
    escapes: it is that file's FileError. `paths` is walked when the iteration starts.

    The lexicon and the posting (options.jd) are loaded here, once, before any file: a bad lexicon or
    an unreadable posting raises MlmatchError now, as does a malformed scheduler address. `jobs` worker
    processes (default: the cores), or the Dask cluster whose scheduler is at `scheduler` (e.g.
    'tcp://10.0.0.5:8786').
    """
    options = options or Options()
    return screen_with(paths, options, prepare(options, scheduler), jobs=jobs, scheduler=scheduler)


def prepare(options: Options, scheduler: str | None = None) -> Posting | None:
    """What every file of a batch shares, made once before the first: the scheduler's address checked
    (before anything slow), the lexicon loaded and checked, and the posting read (None without --jd)."""
    from ..analysis import prepare_posting
    from ..lexicon import load_lexicon

    if scheduler:
        from .cluster import check_address

        check_address(scheduler)
    lexicon = load_lexicon(options.lexicon_files)
    return prepare_posting(options.jd, options, lexicon) if options.jd else None


def screen_with(
    paths: Iterable[str | os.PathLike[str]], options: Options, posting: Posting | None, *, jobs: int | None = None, scheduler: str | None = None
) -> Generator[Report | FileError, None, None]:
    """screen() with the posting already prepared (see prepare)."""
    if scheduler:
        from .cluster import connect, map_on_cluster

        return map_on_cluster(connect(scheduler), paths, options, posting)
    from .local import default_jobs, map_locally

    return map_locally(paths, options, posting, jobs or default_jobs())
