"""The console command holds the cycle collector off while it starts, then freezes what it built and
collects as usual while it reads documents; analyze() from Python never touches the collector."""

from __future__ import annotations

import subprocess
import sys

from conftest import SAMPLES

SPY = """
import gc, sys
from mlmatch import analysis, cli, readers
read = readers.read

def spying(*args, **kwargs):
    print("reading with the collector", "on" if gc.isenabled() else "off", "and", gc.get_freeze_count(), "objects frozen")
    return read(*args, **kwargs)

analysis.read = readers.read = spying
sys.argv = ["mlmatch", *sys.argv[1:]]
"""


def _spy(*args: str, entry: str) -> str:
    completed = subprocess.run([sys.executable, "-c", SPY + entry, *args], capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stderr
    return completed.stdout


def test_the_command_collects_as_usual_once_it_has_started():
    said = _spy(str(SAMPLES / "junior-ana-okafor.md"), "--as-of", "2026-11-01", entry="cli.entry()")
    line = next(line for line in said.splitlines() if line.startswith("reading with"))
    assert line.startswith("reading with the collector on and ")
    assert int(line.split(" and ")[1].split()[0]) > 100_000  # spaCy, the lexicon and the matcher


def test_findings_in_process_too():
    said = _spy(str(SAMPLES / "junior-ana-okafor.md"), "--format", "lint", entry="cli.entry()")
    assert "reading with the collector on and " in said


def test_analyze_from_python_leaves_the_collector_alone():
    said = _spy(entry=f"from mlmatch import analyze\nanalyze({str(SAMPLES / 'junior-ana-okafor.md')!r})")
    assert "reading with the collector on and 0 objects frozen" in said
