"""Batch benchmark (python tests/benchmark.py --batch): a generated folder of resumes screened by the
real command, as a user runs it. Numbers, not assertions; the machine is shared, so run it twice.

For every PDF engine asked for (--pdf-engine, passed through to mlmatch when it has that option):
  - the mixed folder (PDF and Markdown copies of the samples, plus broken files) with 1 and 2 jobs:
    resumes per second and peak memory of the whole process tree (mlmatch, the fork server, workers);
  - the first 100 files of it with 2 jobs: peak memory, to compare with 1,000 (flat is the goal);
  - only the PDFs with 2 jobs (ms per page), against bare pdfplumber extract_text() of the same PDFs
    with 2 processes, and against the same resumes screened from their Markdown.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "resumes"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
AS_OF = ["--as-of", "2026-11-01"]


def make_folders(root: Path, files: int) -> dict[str, Path]:
    """mixed (files in all, about 1% broken), small (its first 100), pdf and md (the same resumes)."""
    pdfs = sorted(SAMPLES.glob("*.pdf"))
    broken = {"empty.pdf": b"", "truncated.pdf": (FIXTURES / "truncated.pdf").read_bytes(), "encrypted.pdf": (FIXTURES / "encrypted.pdf").read_bytes(), "not-a-pdf.pdf": b"Dear hiring manager,\n"}
    folders = {name: root / name for name in ("mixed", "small", "pdf", "md")}
    for folder in folders.values():
        folder.mkdir()
    names = []
    for number in range(files):
        if number % 100 == 99:  # a broken file every hundred
            kind = list(broken)[(number // 100) % len(broken)]
            names.append((f"{number:05d}-{kind}", broken[kind]))
            continue
        source = pdfs[number // 2 % len(pdfs)]
        if number % 2:
            source = source.with_suffix(".md")
        names.append((f"{number:05d}-{source.name}", source.read_bytes()))
    for index, (name, data) in enumerate(names):
        (folders["mixed"] / name).write_bytes(data)
        if index < 100:
            (folders["small"] / name).write_bytes(data)
        if name.endswith(".pdf") and data.startswith(b"%PDF") and "encrypted" not in name and "truncated" not in name:
            (folders["pdf"] / name).write_bytes(data)
            markdown = SAMPLES / (name.split("-", 1)[1][: -len(".pdf")] + ".md")
            (folders["md"] / (name[: -len(".pdf")] + ".md")).write_bytes(markdown.read_bytes())
    return folders


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    parent = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(children.get(current, ()))
    return found


def _memory_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in kB; PSS splits pages shared by forked workers fairly."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


class TreeMemory:
    """Peak summed RSS and PSS of a process and all its descendants, sampled from /proc every 100 ms."""

    def __init__(self, pid: int):
        self.pid, self.peak_rss, self.peak_pss, self.peak_processes = pid, 0, 0, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            pids = _descendants(self.pid)
            sizes = [_memory_kb(pid) for pid in pids]
            self.peak_rss = max(self.peak_rss, sum(s[0] for s in sizes))
            self.peak_pss = max(self.peak_pss, sum(s[1] for s in sizes))
            self.peak_processes = max(self.peak_processes, len(pids))
            self._stop.wait(0.1)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def screen(folder: Path, jobs: int, engine: str | None) -> dict:
    args = [sys.executable, "-m", "mlmatch", str(folder), "--format", "csv", "--jobs", str(jobs), *AS_OF]
    if engine:
        args += ["--pdf-engine", engine]
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    memory = TreeMemory(process.pid)
    out, err = process.communicate()
    elapsed = time.perf_counter() - start
    memory.stop()
    rows = out.count(b"\r\n") - 1
    return {
        "load": os.getloadavg()[0],
        "seconds": elapsed,
        "rows": rows,
        "exit": process.returncode,
        "rss_mb": memory.peak_rss / 1024,
        "pss_mb": memory.peak_pss / 1024,
        "processes": memory.peak_processes,
        "summary": err.decode().strip().splitlines()[-1] if err else "",
    }


def _extract(path: str) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return sum(len(page.extract_text() or "") for page in pdf.pages)


def bare_pdfplumber(folder: Path, processes: int) -> float:
    """extract_text() of every PDF with a plain process pool, imports included (as mlmatch's are)."""
    files = sorted(str(p) for p in folder.iterdir())
    start = time.perf_counter()
    with ProcessPoolExecutor(processes) as pool:
        list(pool.map(_extract, files, chunksize=4))
    return time.perf_counter() - start


def has_engine_option() -> bool:
    helped = subprocess.run([sys.executable, "-m", "mlmatch", "--help"], capture_output=True, text=True)
    return "--pdf-engine" in helped.stdout


def main(files: int, engines: list[str | None]) -> None:
    if any(engines) and not has_engine_option():
        sys.exit("mlmatch has no --pdf-engine option yet: run without --pdf-engine")
    with tempfile.TemporaryDirectory(prefix="mlmatch-bench-") as temporary:
        folders = make_folders(Path(temporary), files)
        count = {name: len(list(folder.iterdir())) for name, folder in folders.items()}
        broken = sum(1 for p in folders["mixed"].iterdir() if p.name[6:] in ("empty.pdf", "truncated.pdf", "encrypted.pdf", "not-a-pdf.pdf"))
        print(f"batch: {count['mixed']} files (PDF and Markdown copies of the samples, {broken} broken); {count['pdf']} PDFs of one page and their {count['md']} Markdown twins")
        print(f"cores: {os.cpu_count()}, load average before: {os.getloadavg()[0]:.2f} (a shared machine: timings are noisy)\n")
        bare = bare_pdfplumber(folders["pdf"], 2)
        print(f"{'bare pdfplumber extract_text, 2 processes':58} {count['pdf'] / bare:7.1f} PDFs/s {bare / count['pdf'] * 1000:8.1f} ms/page  load after {os.getloadavg()[0]:.1f}")
        for engine in engines:
            label = f"[{engine or 'default engine'}]"
            runs = {}
            for name, folder, jobs in (("mixed", folders["mixed"], 1), ("mixed", folders["mixed"], 2), ("small", folders["small"], 2), ("pdf", folders["pdf"], 2), ("md", folders["md"], 2)):
                result = screen(folder, jobs, engine)
                runs[name, jobs] = result
                unit = f"{result['seconds'] / count[name] * 1000:8.1f} ms/page" if name == "pdf" else " " * 16
                print(
                    f"{label} mlmatch {name + '/':7} {count[name]:5d} files, {jobs} job{'s' if jobs > 1 else ' '} {count[name] / result['seconds']:10.1f} resumes/s {unit}"
                    f"  peak tree RSS {result['rss_mb']:4.0f} MB, PSS {result['pss_mb']:4.0f} MB ({result['processes']} processes)  exit {result['exit']}, load after {result['load']:.1f}"
                )
            one, two = runs["mixed", 1]["seconds"], runs["mixed", 2]["seconds"]
            print(f"{label} 2 jobs vs 1: {one / two:.2f}x faster (goal >= 1.8)")
            print(f"{label} PDFs screened vs bare pdfplumber extraction: {runs['pdf', 2]['seconds'] / bare:.2f}x the time (goal <= 1.15 with pdfplumber)")
            print(f"{label} PDFs vs the same resumes from Markdown: {runs['pdf', 2]['seconds'] / runs['md', 2]['seconds']:.2f}x the time (goal <= 1.5 with the fast engine)")
            print(
                f"{label} peak tree PSS, 100 vs {count['mixed']} files: {runs['small', 2]['pss_mb']:.0f} vs {runs['mixed', 2]['pss_mb']:.0f} MB"
                f" (RSS {runs['small', 2]['rss_mb']:.0f} vs {runs['mixed', 2]['rss_mb']:.0f}; goal: flat)"
            )
            print(f"{label} last line of the {count['mixed']}-file run: {runs['mixed', 2]['summary']}\n")
