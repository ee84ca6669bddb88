"""Map screen_file over a Dask distributed cluster (the optional extra mlmatch[dask]).

Every task is submitted with pure=False: Dask's default pure=True returns a cached result for repeated
arguments. The workers read the files by their paths, so the paths must mean the same files there (a
shared file system). Dask runs tasks on worker threads, where the reader's alarm cannot fire: the time
limit there is the reader's own clock between pages, and a worker that dies is restarted by its nanny.
"""

from __future__ import annotations

import os
from collections.abc import Generator, Iterable
from typing import TYPE_CHECKING

from ..assess.posting import Posting
from ..errors import MlmatchError
from ..options import Options
from ..report import Report
from .result import FileError
from .walk import find_resumes
from .worker import screen_file

if TYPE_CHECKING:
    from dask.typing import Key
    from distributed import Client, Future

IN_FLIGHT_PER_THREAD = 4
CONNECT_TIMEOUT = "10s"


def connect(address: str) -> Client:
    try:
        from distributed import Client
    except ImportError:
        raise MlmatchError("--scheduler needs Dask: pip install 'mlmatch[dask]'") from None
    try:
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        raise MlmatchError(f"cannot reach the Dask scheduler at {address}: {error}") from None


def map_on_cluster(client: Client, paths: Iterable[str | os.PathLike[str]], options: Options, posting: Posting | None) -> Generator[Report | FileError, None, None]:
    """Each file's result as it finishes; the client is closed when the iteration ends."""
    from distributed import as_completed

    try:
        files = find_resumes(paths).files
        shared_posting = client.scatter(posting, broadcast=True) if posting is not None else None
        window = max(8, IN_FLIGHT_PER_THREAD * sum(client.nthreads().values()))
        queue = iter(files)
        pending: dict[Key, str] = {}  # a future's key -> its file

        def submit() -> Future[Report | FileError] | None:
            path = next(queue, None)
            if path is None:
                return None
            future = client.submit(screen_file, path, options, shared_posting, pure=False)
            pending[future.key] = path
            return future

        first = [future for future in (submit() for _ in range(window)) if future is not None]
        if not first:
            return
        running = as_completed(first, loop=client.loop)
        for future in running:
            path = pending.pop(future.key)
            try:
                result = future.result()
            except Exception as error:  # noqa: BLE001 - e.g. KilledWorker: the file crashed its workers
                result = FileError(path, f"could not be analysed on the cluster ({type(error).__name__}: {error})")
            future.release()
            following = submit()
            if following is not None:
                running.add(following)
            yield result
    finally:
        client.close()
