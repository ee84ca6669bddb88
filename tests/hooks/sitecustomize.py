"""Test-only. A subprocess started with PYTHONPATH=tests/hooks imports this in every Python process
it starts (the command, the fork server, each worker), and the reader then misbehaves for files whose
names say so, the way real parsers fail: stuck in C, stuck in Python, killed by a signal, exiting."""

import os
import re
import signal
import time

import mlmatch.readers as readers

_read = readers._read


def _misbehaving_read(path, limits):
    name = path.name
    if "hang-in-c" in name:
        re.match(r"(a+)+$", "a" * 64 + "b")  # catastrophic backtracking inside the C regex engine: no Python signal handler runs until it returns
    elif "hang-in-python" in name:
        while True:
            time.sleep(0.05)
    elif "segfault" in name:
        os.kill(os.getpid(), signal.SIGSEGV)
    elif "exits" in name:
        os._exit(3)
    elif "slow" in name:
        time.sleep(float(os.environ.get("MLMATCH_TEST_SLOW_SECONDS", "0")))
    return _read(path, limits)


readers._read = _misbehaving_read
