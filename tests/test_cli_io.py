"""Where input comes from and output goes: stdin, errors naming the right file, colour, the -o format
rule, file permissions, and an output file that is never half-written, even when the run is killed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import POSTINGS, SAMPLES
from mlmatch.cli import main
from mlmatch.output import format_for, use_color, write_atomic

RESUME_MD = SAMPLES / "senior-hannah-brooks.md"
POSTING = POSTINGS / "senior-ml-engineer-ranking.txt"
AS_OF = ["--as-of", "2026-11-01"]


def invoke(args, **kwargs):
    return CliRunner().invoke(main, [*args, *AS_OF], **kwargs)


def test_resume_from_stdin_reads_like_the_file():
    piped = invoke(["-", "--format", "json"], input=RESUME_MD.read_bytes())
    direct = invoke([str(RESUME_MD), "--format", "json"])
    assert piped.exit_code == 0, piped.stderr
    piped_report, direct_report = json.loads(piped.stdout), json.loads(direct.stdout)
    assert piped_report["file"] == "<stdin>" and piped_report["format"] == "markdown"
    assert {k: v for k, v in piped_report.items() if k not in ("file", "jd")} == {k: v for k, v in direct_report.items() if k not in ("file", "jd")}


def test_posting_from_stdin():
    piped = invoke([str(RESUME_MD), "--jd", "-", "--format", "json"], input=POSTING.read_bytes())
    direct = invoke([str(RESUME_MD), "--jd", str(POSTING), "--format", "json"])
    assert piped.exit_code == 0, piped.stderr
    assert json.loads(piped.stdout)["jd"]["match_rate"] == json.loads(direct.stdout)["jd"]["match_rate"]


def test_stdin_for_both_is_a_usage_error():
    result = invoke(["-", "--jd", "-"], input=b"x")
    assert result.exit_code == 2 and "not both" in result.stderr


def test_empty_stdin_says_so():
    result = invoke(["-"], input=b"")
    assert result.exit_code == 2
    assert result.stderr == "mlmatch: error: <stdin>: standard input is empty\n"


def test_stdin_through_a_real_pipe():
    completed = subprocess.run([sys.executable, "-m", "mlmatch", "-", *AS_OF], input=RESUME_MD.read_bytes(), capture_output=True, timeout=120)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.startswith(b"<stdin> reads as SENIOR")


@pytest.mark.parametrize(
    "make, says",
    [
        (lambda tmp: tmp / "missing.txt", "no such file"),
        (lambda tmp: (tmp / "posting.pdf").write_text("<html>a web page saved as .pdf</html>") and tmp / "posting.pdf", "named .pdf but is not a PDF"),
        (lambda tmp: (tmp / "posting.txt").write_bytes(b"\x00\x01\x02\x03" * 100) and tmp / "posting.txt", "binary file"),
    ],
)
def test_posting_errors_name_the_posting(tmp_path, make, says):
    posting = make(tmp_path)
    result = invoke([str(RESUME_MD), "--jd", str(posting)])
    assert result.exit_code == 2
    assert result.stderr == f"mlmatch: error: job posting {posting}: {result.stderr.split(': ', 3)[-1]}"
    assert says in result.stderr and str(RESUME_MD) not in result.stderr


def test_resume_errors_name_the_resume(tmp_path):
    fake = tmp_path / "resume.pdf"
    fake.write_text("not a pdf")
    result = invoke([str(fake), "--jd", str(POSTING)])
    assert result.stderr == f"mlmatch: error: {fake}: the file is named .pdf but is not a PDF\n"


@pytest.mark.parametrize(
    "flag, env, tty, output, expected",
    [
        (None, {}, True, None, True),
        (None, {}, False, None, False),
        (None, {"NO_COLOR": "1"}, True, None, False),
        (None, {"NO_COLOR": ""}, True, None, True),  # no-color.org: only a non-empty value counts
        (True, {"NO_COLOR": "1"}, False, None, True),  # an explicit --color wins
        (False, {}, True, None, False),
        (None, {}, True, "out.txt", False),  # never into a file unless asked
    ],
)
def test_colour_choice(monkeypatch, flag, env, tty, output, expected):
    monkeypatch.delenv("NO_COLOR", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)

    class Stream:
        def isatty(self):
            return tty

    assert use_color(flag, output, Stream()) is expected


def test_color_flags_reach_the_report():
    forced = invoke([str(RESUME_MD), "--color"], color=True)
    assert "\x1b[" in forced.stdout
    plain = invoke([str(RESUME_MD), "--no-color"], color=True)
    assert "\x1b[" not in plain.stdout and "reads as SENIOR" in plain.stdout


def test_no_color_on_a_real_terminal():
    """NO_COLOR switches colour off even on a pseudo-terminal, where it is otherwise on."""
    import pty

    leader, follower = pty.openpty()
    env = {**os.environ, "NO_COLOR": "1"}
    completed = subprocess.run([sys.executable, "-m", "mlmatch", str(RESUME_MD), *AS_OF], stdout=follower, stderr=subprocess.PIPE, env=env, timeout=120)
    os.close(follower)
    output = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    os.close(leader)
    assert completed.returncode == 0, completed.stderr
    assert b"reads as SENIOR" in output and b"\x1b[" not in output


@pytest.mark.parametrize(
    "name, args, starts",
    [
        ("report.json", [], '{\n  "schema": "mlmatch.report/1"'),
        ("report.JSON", [], '{\n  "schema": "mlmatch.report/1"'),
        ("report.md", [], "# "),
        ("report.txt", [], f"{RESUME_MD} reads as SENIOR"),
        ("report.out", [], f"{RESUME_MD} reads as SENIOR"),
        ("report.json", ["--format", "markdown"], "# "),  # --format wins over the extension
    ],
)
def test_output_format_follows_the_extension(tmp_path, name, args, starts):
    target = tmp_path / name
    result = invoke([str(RESUME_MD), "-o", str(target), *args])
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_text().startswith(starts)
    assert format_for(None, None) == "text"


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_gets_the_usual_permissions(tmp_path, umask, mode):
    previous = os.umask(umask)
    try:
        write_atomic(tmp_path / "report.txt", "new\n")
    finally:
        os.umask(previous)
    assert (tmp_path / "report.txt").stat().st_mode & 0o777 == mode


def test_a_replaced_file_keeps_its_mode_and_a_link_is_followed(tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old")
    real.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_atomic(link, "new")
    assert link.is_symlink() and real.read_text() == "new"
    assert real.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json", "real.json"]


# The real command in a child process whose file writes stop halfway (they print a line on stderr and
# sleep), so the test can kill it at that exact point instead of racing a write that takes microseconds.
HALTING_CHILD = """
import os, sys, time
real_fdopen = os.fdopen

class HalfThenSleep:
    def __init__(self, stream):
        self.stream = stream
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return self.stream.__exit__(*exc)
    def write(self, text):
        self.stream.write(text[: len(text) // 2])
        self.stream.flush()
        sys.stderr.write("HALF-WRITTEN\\n")
        sys.stderr.flush()
        time.sleep(120)
        self.stream.write(text[len(text) // 2:])
    def __getattr__(self, name):
        return getattr(self.stream, name)

os.fdopen = lambda *args, **kwargs: HalfThenSleep(real_fdopen(*args, **kwargs))
from mlmatch.cli import main
main(sys.argv[1:])
"""


def _halted_child(target: Path) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-c", HALTING_CHILD, str(RESUME_MD), "-o", str(target), *AS_OF], stderr=subprocess.PIPE)
    line = child.stderr.readline()  # blocks until the child is halfway through writing
    assert line == b"HALF-WRITTEN\n", line + child.stderr.read()
    return child


@pytest.mark.parametrize("kill", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT])
def test_a_run_killed_while_writing_leaves_the_old_file_whole(tmp_path, kill):
    target = tmp_path / "out.txt"
    target.write_text("the previous report\n")
    child = _halted_child(target)
    temporary = [p for p in tmp_path.iterdir() if p.name.startswith(".out.txt.")]
    assert len(temporary) == 1 and 0 < temporary[0].stat().st_size  # half a report sits beside it
    child.send_signal(kill)
    child.wait(timeout=30)
    child.stderr.close()
    assert target.read_text() == "the previous report\n"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "out.txt"]
    if kill == signal.SIGKILL:
        assert leftovers == [temporary[0].name]  # nothing can clean up after SIGKILL; the target is untouched
    else:
        assert leftovers == [] and child.returncode != 0  # SIGTERM and Ctrl-C remove the temporary file
    completed = subprocess.run([sys.executable, "-m", "mlmatch", str(RESUME_MD), "-o", str(target), *AS_OF], capture_output=True, timeout=120)
    assert completed.returncode == 0
    assert target.read_text().startswith(f"{RESUME_MD} reads as SENIOR") and target.read_text().endswith("\n")


def test_sigterm_while_writing_ends_the_process_by_that_signal(tmp_path):
    child = _halted_child(tmp_path / "out.json")
    started = time.monotonic()
    child.send_signal(signal.SIGTERM)
    child.wait(timeout=30)
    child.stderr.close()
    assert child.returncode == -signal.SIGTERM and time.monotonic() - started < 10
    assert list(tmp_path.iterdir()) == []
