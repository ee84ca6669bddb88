"""Map screen_file over a Dask distributed cluster (the optional extra mlmatch[dask]).

Every task is submitted with pure=False: Dask's default pure=True returns a cached result for repeated
arguments. The workers read the files by their paths, so the paths must mean the same files there (a
shared file system). Dask runs tasks on worker threads, where the reader's alarm cannot fire: the time
limit there is the reader's own clock between pages, and a worker that dies is restarted by its nanny.
"""

from __future__ import annotations

import os
import re
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


# The schemes of a scheduler in another process or on another machine, each HOST:PORT; and inproc://, one in
# this very process (a LocalCluster without processes, as screen() may be given), HOST/PID/N.
_SCHEMES = ("tcp", "tls", "ws", "wss", "ucx")
_IN_PROCESS = "inproc"
_IN_PROCESS_LOCATION = re.compile(r"[^/]+/\d+/\d+")


def check_address(address: str) -> None:
    """Refuse a scheduler address Dask could not use, as Dask itself parses it, before any connection:
    a Client given one fails in its constructor and, half made, stalls the interpreter's exit for 20 s
    and prints a traceback from its __del__."""
    try:
        from distributed.comm.addressing import parse_address, parse_host_port
        from distributed.comm.registry import get_backend
    except ImportError:
        raise MlmatchError("--scheduler needs Dask: pip install 'mlmatch[dask]'") from None
    try:
        scheme, location = parse_address(address)
        if scheme == _IN_PROCESS:
            if not _IN_PROCESS_LOCATION.fullmatch(location):
                raise ValueError(f"{location!r} is not HOST/PID/N")
            return
        if scheme not in _SCHEMES:
            raise ValueError(f"the scheme is {scheme!r}, not one of {', '.join(_SCHEMES)}")
        get_backend(scheme)  # ucx:// needs a package of its own
        host, port = parse_host_port(location)
        if not host or not 0 < port < 65536:
            raise ValueError(f"{location!r} has no host, or a port outside 1-65535")
    except ValueError as error:
        raise MlmatchError(f"--scheduler {address}: not a Dask scheduler address ({error}); give one like tcp://10.0.0.5:8786") from None


def connect(address: str) -> Client:
    check_address(address)
    from distributed import Client

    client = Client.__new__(Client)  # made first and started apart, so a failed start leaves nothing to stall the exit
    try:
        Client.__init__(client, address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except Exception as error:  # noqa: BLE001 - OSError, TimeoutError, and what a misconfigured TLS or UCX raises
        _abandon(client)
        raise MlmatchError(f"cannot reach the Dask scheduler at {address}: {error}") from None
    return client


def _abandon(client: Client) -> None:
    """A client whose start failed has nothing to close, but its __del__ would try and, at the exit, wait
    20 s for a close that cannot finish, then print a traceback. Mark it closed and stop its loop."""
    client.status = "closed"
    runner = getattr(client, "_loop_runner", None)
    if runner is not None:
        runner.stop()


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
