"""Test-only. A subprocess started with PYTHONPATH=tests/hooks imports this in every Python process
it starts (the command, the fork server, each worker), and the reader then misbehaves for files whose
names say so, the way real parsers fail: stuck in C, stuck in Python, killed by a signal, exiting."""

import hashlib
import os
import signal
import time

import mlmatch.readers as readers

_read = readers._read


def _misbehaving_read(path, limits, *args, **kwargs):
    name = os.path.basename(path)
    if "hang-in-c" in name:
        # Minutes of work inside one C call that never checks for signals (unlike the regex engine,
        # which does): the reader's alarm cannot interrupt it, only killing the worker can.
        hashlib.pbkdf2_hmac("sha256", b"resume", b"salt", 2**31 - 1)
    elif "hang-in-python" in name:
        while True:
            time.sleep(0.05)
    elif "segfault" in name:
        os.kill(os.getpid(), signal.SIGSEGV)
    elif "exits" in name:
        os._exit(3)
    elif "slow" in name:
        time.sleep(float(os.environ.get("MLMATCH_TEST_SLOW_SECONDS", "0")))
    return _read(path, limits, *args, **kwargs)


readers._read = _misbehaving_read
