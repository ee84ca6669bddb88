"""Batches as a user runs them, in a real subprocess: a parser stuck in C or in Python is stopped,
a worker that crashes is replaced, Ctrl-C and SIGTERM leave a valid output that --resume finishes,
and the progress bar shows on a terminal only.

tests/hooks/sitecustomize.py (on PYTHONPATH) makes the reader misbehave for files named hang-in-c,
hang-in-python, segfault, exits or slow, in every process of the run (workers included)."""

from __future__ import annotations

import csv
import fcntl
import io
import json
import os
import pty
import re
import shutil
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

from conftest import AS_OF, SAMPLES

HOOKS = Path(__file__).resolve().parent / "hooks"
RESUMES = sorted(SAMPLES.glob("*.md"))


def command(*args: str, slow: float = 0.0, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HOOKS), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep), "MLMATCH_TEST_SLOW_SECONDS": str(slow)}
    return subprocess.Popen([sys.executable, "-m", "mlmatch", *args, "--as-of", AS_OF.isoformat()], env=env, **kwargs)


def finish(process: subprocess.Popen, timeout: float = 90) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=timeout)
    return process.returncode, (out or b"").decode(), (err or b"").decode()


def folder_of(root: Path, names: dict[str, Path]) -> Path:
    folder = root / "in"
    folder.mkdir()
    for name, source in names.items():
        shutil.copy(source, folder / name)
    return folder


def test_hung_and_crashing_parsers_become_error_rows_and_the_batch_goes_on(tmp_path):
    resume = SAMPLES / "senior-hannah-brooks.md"
    names = {f"good-{i}.md": resume for i in range(6)}
    names |= {"hang-in-c.md": resume, "hang-in-python.md": resume, "segfault.md": resume, "exits.md": resume}
    folder = folder_of(tmp_path, names)
    out = tmp_path / "out.csv"
    # --timeout 0.2: the reader's alarm fires after 0.2 s; a worker is killed after 2.2 s
    code, _, err = finish(command(str(folder), "--format", "csv", "-o", str(out), "--jobs", "2", "--timeout", "0.2", stdout=subprocess.PIPE, stderr=subprocess.PIPE))
    assert code == 2, err
    rows = {Path(row["file"]).name: row for row in csv.DictReader(io.StringIO(out.read_text(), newline=""))}
    assert set(rows) == set(names)
    assert all(rows[f"good-{i}.md"]["level"] == "senior" for i in range(6))
    assert "the parser hung and was stopped" in rows["hang-in-c.md"]["error"]  # no Python handler could run: the worker was killed
    assert "reading took longer than the 0.2 s time limit" in rows["hang-in-python.md"]["error"]  # the reader's own alarm
    assert "crashed (killed by SIGSEGV)" in rows["segfault.md"]["error"]
    assert "crashed (exit code 3)" in rows["exits.md"]["error"]
    assert err.count("mlmatch: error: ") == 4 and "Traceback" not in err


def wait_for_rows(path: Path, rows: int, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, "the batch ended before it could be interrupted"
        if path.exists() and path.read_bytes().count(b'"schema"' if path.suffix != ".csv" else b"\r\n") > rows:
            return
        time.sleep(0.05)
    raise AssertionError("no rows were written")


def stop_and_resume(tmp_path: Path, output_format: str, signum: int) -> tuple[list[str], list[str], str]:
    folder = folder_of(tmp_path, {f"slow-{i:02d}-{p.name}": p for i, p in enumerate(RESUMES * 2)})
    out = tmp_path / f"out.{output_format}"
    process = command(str(folder), "--format", output_format, "-o", str(out), "--jobs", "2", slow=0.3, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_for_rows(out, 3, process)
    process.send_signal(signum)
    code, _, err = finish(process)
    assert code == 128 + signum, err
    assert "interrupted after" in err and "--resume" in err and "Traceback" not in err
    before = files_in(out, output_format)  # valid, or this raises
    assert 3 <= len(before) < 20 and len(set(before)) == len(before)
    code, _, err = finish(command(str(folder), "--format", output_format, "-o", str(out), "--resume", stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
    assert code == 0, err
    assert f"{len(before)} kept" in err and f"{20 - len(before)} screened" in err
    return before, files_in(out, output_format), out.read_text()


def files_in(out: Path, output_format: str) -> list[str]:
    text = out.read_text()
    if output_format == "csv":
        return [row["file"] for row in csv.DictReader(io.StringIO(text, newline=""))]
    if output_format == "json":
        return [item["file"] for item in json.loads(text)]
    return [json.loads(line)["file"] for line in text.splitlines()]


def test_ctrl_c_leaves_a_valid_csv_that_resume_completes_without_duplicates(tmp_path):
    before, after, text = stop_and_resume(tmp_path, "csv", signal.SIGINT)
    assert len(after) == len(set(after)) == 20 and set(before) <= set(after)
    levels = [row["level"] for row in csv.DictReader(io.StringIO(text, newline=""))]
    order = ["principal", "staff", "senior", "mid", "junior"]
    assert [order.index(level) for level in levels] == sorted(order.index(level) for level in levels)  # ranked


def test_sigterm_leaves_a_valid_json_array_that_resume_completes(tmp_path):
    before, after, _ = stop_and_resume(tmp_path, "json", signal.SIGTERM)
    assert len(after) == len(set(after)) == 20 and set(before) <= set(after)


def test_json_lines_are_streamed_as_files_finish(tmp_path):
    folder = folder_of(tmp_path, {f"slow-{i}.md": p for i, p in enumerate(RESUMES[:4])})
    process = command(str(folder), "--format", "jsonl", "--jobs", "1", slow=0.4, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = process.stdout.readline()  # arrives while the other files are still being read
    assert process.poll() is None and json.loads(first)["schema"] == "mlmatch.report/1"
    code, rest, _ = finish(process)
    assert code == 0 and len(rest.splitlines()) == 3


def read_terminal(leader: int) -> bytes:
    output = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            return output
        if not chunk:
            return output
        output += chunk


def test_progress_bar_on_a_terminal_only(tmp_path):
    folder = folder_of(tmp_path, {p.name: p for p in RESUMES[:3]})
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a terminal has a size; a new pty has none
    process = command(str(folder), "--format", "csv", "--jobs", "2", stdout=subprocess.PIPE, stderr=follower)
    os.close(follower)
    code, out, _ = finish(process)
    shown = read_terminal(leader).decode(errors="replace")
    os.close(leader)
    assert code == 0
    # count, elapsed<ETA, rate (tqdm writes a rate below one a second the other way up: "1.44s/ resumes")
    assert re.search(r"100%\|[^|]*\| 3/3 \[\d\d:\d\d<\d\d:\d\d, +[\d.]+(?: resumes/s|s/ resumes)\]", shown), shown
    assert "3 files: 3 screened" in shown
    assert "resumes/s" not in out and len(out.splitlines()) == 4  # stdout is the CSV alone
    piped = command(str(folder), "--format", "csv", "--jobs", "2", stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    code, _, err = finish(piped)
    assert code == 0 and err.strip() == "mlmatch: 3 files: 3 screened"  # no bar when stderr is not a terminal


def test_where_worker_processes_cannot_start_the_files_are_screened_in_this_process(tmp_path):
    # An interpreter the worker pool cannot start (as when a venv's python lies in another user's home):
    # the batch warns once, screens every file in its own process and exits 0.
    failing = tmp_path / "python-that-cannot-start"
    failing.write_text("#!/bin/sh\nexit 1\n")
    failing.chmod(0o644)
    folder = folder_of(tmp_path, {path.name: path for path in RESUMES[:3]})
    out = tmp_path / "out.csv"
    script = f"import multiprocessing, sys; multiprocessing.set_executable({str(failing)!r}); from mlmatch.cli import entry; sys.argv[0] = 'mlmatch'; entry()"
    process = subprocess.run([sys.executable, "-c", script, str(folder), "--format", "csv", "-o", str(out), "--jobs", "2", "--as-of", AS_OF.isoformat()], capture_output=True, text=True, timeout=90)
    assert process.returncode == 0, process.stderr
    warnings = [line for line in process.stderr.splitlines() if "worker processes cannot start" in line]
    assert len(warnings) == 1, process.stderr
    assert "Traceback" not in process.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(), newline="")))
    assert sorted(Path(row["file"]).name for row in rows) == sorted(path.name for path in RESUMES[:3])
    assert all(row["level"] and not row["error"] for row in rows)
