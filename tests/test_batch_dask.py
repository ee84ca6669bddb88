"""--scheduler: the same analysis mapped on a Dask cluster gives the same rows as the local pool.
The test starts its own LocalCluster (threads in this process: quick, and nothing left running)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from distributed import LocalCluster

from conftest import AS_OF, POSTINGS
from mlmatch.cli import main

ARGS = ["--format", "csv", "--target", "senior", "--jd", str(POSTINGS / "staff-ml-platform.md"), "--as-of", AS_OF.isoformat()]


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as local:
        yield local


def test_a_dask_cluster_gives_the_same_rows_as_the_local_pool(batch_folder, cluster):
    local = CliRunner().invoke(main, [str(batch_folder), *ARGS, "--jobs", "2"])
    remote = CliRunner().invoke(main, [str(batch_folder), *ARGS, "--scheduler", cluster.scheduler_address])
    assert remote.exit_code == local.exit_code == 2  # the broken files fail the same way
    assert remote.stdout == local.stdout  # same rows, same ranking, byte for byte
    assert len(remote.stdout.splitlines()) == 1 + 9  # the header and every file


def test_an_unreachable_scheduler_is_one_line_and_exit_2(batch_folder, monkeypatch):
    monkeypatch.setattr("mlmatch.batch.cluster.CONNECT_TIMEOUT", "1s")
    result = CliRunner().invoke(main, [str(batch_folder), "--scheduler", "tcp://127.0.0.1:9", "--as-of", AS_OF.isoformat()])
    assert result.exit_code == 2
    assert result.stderr.startswith("mlmatch: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9") and len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("address", ["foo", "bad://127.0.0.1:8786", "tcp://127.0.0.1", "tcp://127.0.0.1:99999", "inproc://x", "tls://127.0.0.1:1"])
def test_a_scheduler_address_dask_cannot_use_is_one_line_and_nothing_after_it(tmp_path, address):
    """In a process of its own: a half-made Dask client used to stall the exit for 20 s, then print a traceback."""
    import shutil
    import subprocess
    import sys

    from conftest import SAMPLES

    for name in ("junior-ana-okafor.md", "senior-kwame-asante.md"):
        shutil.copy(SAMPLES / name, tmp_path / name)
    completed = subprocess.run([sys.executable, "-m", "mlmatch", str(tmp_path), "--scheduler", address], capture_output=True, text=True, timeout=8)  # refused at once: no 10 s connect attempt
    assert (completed.returncode, completed.stderr.count("\n"), completed.stderr.startswith("mlmatch: error: ")) == (2, 1, True)
