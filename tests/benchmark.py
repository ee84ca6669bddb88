"""Benchmark: cold starts, per-resume time by stage, throughput and peak memory, and per PDF engine the
time to read a page and the memory over 1,000 reads.

    python tests/benchmark.py            # every sample resume (PDF and Markdown)
    python tests/benchmark.py FILE...    # your own files
    python tests/benchmark.py --batch [--files N] [--pdf-engine ENGINE[,ENGINE]]
                                         # mlmatch FOLDER on a generated folder (benchmark_batch.py)
    python tests/benchmark.py --cold [FILE] [--runs N]
                                         # the hook's cold start on a one-page Markdown resume, against
                                         # the spaCy floor (the README's 1.25x target)

Numbers, not assertions: tests stay free of timing. Run it on a quiet machine.
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "resumes"


def cold(args: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "mlmatch", *args], capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


FLOOR = ["-c", "import spacy; spacy.blank('en')"]


def cold_check(resume: Path, runs: int = 11, args: tuple[str, ...] = ()) -> tuple[float, float]:
    """The pre-commit hook's cold start: `python -m mlmatch RESUME` in a new process against the floor,
    Python importing spaCy and making a blank English pipeline. Runs alternate between the two so a busy
    machine slows both alike; medians. Run from an empty folder, so no config file is found."""
    import tempfile

    floor, check = [], []
    with tempfile.TemporaryDirectory() as empty:
        for _ in range(runs):
            for times, command in ((floor, FLOOR), (check, ["-m", "mlmatch", *args, str(resume.resolve())])):
                start = time.perf_counter()
                subprocess.run([sys.executable, *command], capture_output=True, check=False, cwd=empty)
                times.append(time.perf_counter() - start)
    return statistics.median(floor), statistics.median(check)


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:  # Linux; resident pages
        return int(statm.read().split()[1]) * resource.getpagesize() / 1e6


def engines(pdfs: list[Path]) -> None:
    """Per PDF engine: the time to read one page (characters, layout, lines), wall and CPU, best of
    three rounds over the PDFs; then the resident memory after 100 and 1,000 reads with each."""
    from mlmatch.readers import read
    from mlmatch.readers.pdf_content import ENGINES

    if not pdfs:
        return
    print(f"\n{'engine':12} {'pages':>5} {'read/page wall':>15} {'read/page cpu':>14}  (best of 3 rounds over {len(pdfs)} PDFs)")
    for engine in ENGINES:
        read(pdfs[0], pdf_engine=engine)  # imports and caches warm
        best_wall = best_cpu = float("inf")
        for _ in range(3):
            wall, cpu, pages = time.perf_counter(), time.process_time(), 0
            for pdf in pdfs:
                pages += read(pdf, pdf_engine=engine).pages
            best_wall = min(best_wall, (time.perf_counter() - wall) / pages)
            best_cpu = min(best_cpu, (time.process_time() - cpu) / pages)
        print(f"{engine:12} {pages:5d} {best_wall * 1000:12.1f} ms {best_cpu * 1000:11.1f} ms")
    for engine in ENGINES:
        sizes = {}
        for count in range(1, 1001):
            read(pdfs[count % len(pdfs)], pdf_engine=engine)
            if count in (100, 1000):
                sizes[count] = _rss_mb()
        print(f"memory      {engine:12} resident {sizes[100]:6.0f} MB after 100 reads, {sizes[1000]:6.0f} MB after 1,000")


def main(paths: list[str]) -> None:
    files = [Path(p) for p in paths] or sorted(p for p in SAMPLES.iterdir() if p.suffix in (".pdf", ".md"))
    sample_pdf = next((f for f in files if f.suffix == ".pdf"), files[0])
    print(f"cold start  mlmatch --help            {cold(['--help']) * 1000:7.0f} ms (median of 5)")
    print(f"cold start  mlmatch {sample_pdf.name} --target senior {cold([str(sample_pdf), '--target', 'senior'], 3) * 1000:7.0f} ms (median of 3)")
    one_page = next((f for f in files if f.suffix == ".md"), SAMPLES / "senior-hannah-brooks.md")
    floor, check = cold_check(one_page)
    print(f"cold check  mlmatch {one_page.name} {check * 1000:7.0f} ms; floor (import spacy; spacy.blank('en')) {floor * 1000:5.0f} ms; ratio {check / floor:.2f} (median of 11, alternating)")

    start = time.perf_counter()
    from mlmatch.analysis import analyze_document
    from mlmatch.asof import resolve_as_of
    from mlmatch.assess.entries import gradeable
    from mlmatch.assess.gaps import target_gap
    from mlmatch.assess.level import estimate_level
    from mlmatch.assess.outcomes import grade_entries
    from mlmatch.experience import find_roles
    from mlmatch.levels import Level
    from mlmatch.lexicon import load_lexicon
    from mlmatch.matching import matcher_for, with_implied
    from mlmatch.options import Options
    from mlmatch.readers import read
    from mlmatch.segment import segment_resume

    lexicon = load_lexicon()
    matcher = matcher_for(lexicon)
    print(f"in-process  imports + lexicon + matcher build {(time.perf_counter() - start) * 1000:7.0f} ms (once per process)")

    engines([f for f in files if f.suffix == ".pdf"])
    options = Options(target=Level.SENIOR, as_of=date(2026, 11, 1))
    analyze_document(read(files[0]), options, lexicon)  # warm caches
    print(f"\n{'file':42} {'pages':>5} {'read':>8} {'segment':>8} {'match':>8} {'assess':>8} {'total':>8}  ms")
    rows = []
    for path in files:
        t0 = time.perf_counter()
        document = read(path)
        t1 = time.perf_counter()
        segments = segment_resume(document, lexicon.signals)
        t2 = time.perf_counter()
        hits = with_implied(matcher.match(list(segments.lines)), lexicon)
        t3 = time.perf_counter()
        found = {h.concept for h in hits}
        as_of = resolve_as_of(document, lexicon.signals["dates"], options.as_of)
        experience = find_roles(segments, lexicon.signals, as_of.date)
        estimate_level(experience, segments, found, lexicon)
        grade_entries(gradeable(segments, experience, lexicon.signals["section_use"]["graded"]), lexicon.signals)
        target_gap(lexicon, found, Level.SENIOR)
        t4 = time.perf_counter()
        row = (path, document.pages, t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0)
        rows.append(row)
        print(f"{path.name[:42]:42} {document.pages:5d} " + " ".join(f"{v * 1000:8.1f}" for v in row[2:]))
    for suffix in sorted({r[0].suffix for r in rows}):
        group = [r for r in rows if r[0].suffix == suffix]
        means = [statistics.mean(r[i] for r in group) * 1000 for i in range(2, 7)]
        pages = sum(r[1] for r in group)
        print(f"{'mean ' + suffix:42} {'':5} " + " ".join(f"{m:8.1f}" for m in means))
        if suffix == ".pdf":
            print(f"{'pdf read per page':42} {'':5} {sum(r[2] for r in group) / pages * 1000:8.1f}")

    rounds = max(1, 60 // len(files))
    start = time.perf_counter()
    for _ in range(rounds):
        for path in files:
            analyze_document(read(path), options, lexicon)
    elapsed = time.perf_counter() - start
    print(f"\nthroughput  {rounds * len(files) / elapsed:6.1f} resumes/s in one process ({rounds * len(files)} analyses, {elapsed:.1f} s)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:6.0f} MB (max RSS of this process)")


if __name__ == "__main__":
    if "--cold" in sys.argv[1:]:
        import argparse

        parser = argparse.ArgumentParser(description="The hook's cold start against the spaCy floor.")
        parser.add_argument("--cold", action="store_true")
        parser.add_argument("file", nargs="?", type=Path, default=SAMPLES / "senior-hannah-brooks.md")
        parser.add_argument("--runs", type=int, default=11)
        arguments = parser.parse_args()
        for args in ((), ("--format", "lint")):  # the report, and what the pre-commit hook runs
            floor, check = cold_check(arguments.file, arguments.runs, args)
            command = " ".join(("python -m mlmatch", *args, arguments.file.name))
            print(f"{command:52} {check * 1000:6.0f} ms; floor {floor * 1000:6.0f} ms; ratio {check / floor:.2f} (medians of {arguments.runs}, alternating)")
    elif "--batch" in sys.argv[1:]:
        import argparse

        from benchmark_batch import main as batch_main

        parser = argparse.ArgumentParser(description="Batch benchmark on a generated folder.")
        parser.add_argument("--batch", action="store_true")
        parser.add_argument("--files", type=int, default=1000, help="files in the generated folder (default 1000)")
        parser.add_argument("--pdf-engine", default="", help="comma-separated engines passed to mlmatch --pdf-engine (default: its default engine)")
        arguments = parser.parse_args()
        batch_main(arguments.files, [engine or None for engine in arguments.pdf_engine.split(",")])
    else:
        main(sys.argv[1:])
