"""Reading fidelity on the layout fixtures: how much of each golden file comes back, in order.

    python tests/fidelity.py                       # both PDF engines
    python tests/fidelity.py --engine pdfium       # one

For every tests/fixtures/layouts/NAME.pdf with a NAME.expected.txt beside it (one line per line a person
reads, in reading order; bullets start with "• "), prints, for each PDF engine, the share of expected
lines recovered in order (longest common subsequence), the bullets found against those expected, and one
summary line. For comparison it scores pdfplumber's own extract_text() on the same files (bullet marks
ignored).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

LAYOUTS = Path(__file__).resolve().parent / "fixtures" / "layouts"


def expected_lines(path: Path) -> list[str]:
    return [line.rstrip("\n") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_lines(pdf: Path, engine: str | None = None) -> list[str]:
    from mlmatch.readers import read

    return [("• " if line.bullet else "") + line.text for line in read(pdf, pdf_engine=engine).lines]


def baseline_lines(pdf: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        return [" ".join(line.split()) for page in document.pages for line in (page.extract_text() or "").splitlines() if line.strip()]


def in_order(expected: list[str], got: list[str]) -> int:
    """Length of the longest common subsequence: expected lines recovered in the right order."""
    previous = [0] * (len(got) + 1)
    for want in expected:
        current = [0]
        for index, have in enumerate(got):
            current.append(previous[index] + 1 if want == have else max(previous[index + 1], current[index]))
        previous = current
    return previous[-1]


def fidelity(pdf: Path, engine: str) -> dict:
    expected = expected_lines(pdf.with_suffix(".expected.txt"))
    start = time.perf_counter()
    got = read_lines(pdf, engine)
    elapsed = time.perf_counter() - start
    plain = [line.removeprefix("• ") for line in expected]
    baseline = baseline_lines(pdf)
    bullets_expected = {line for line in expected if line.startswith("• ")}
    bullets_found = {line for line in got if line.startswith("• ")}
    return {
        "name": pdf.name,
        "expected": len(expected),
        "in_order": in_order(expected, got),
        "extra": len(got) - in_order(expected, got),
        "bullets_expected": len(bullets_expected),
        "bullets_found": len(bullets_expected & bullets_found),
        "seconds": elapsed,
        "baseline": in_order(plain, [line.lstrip("•●▪-– ") for line in baseline]),
    }


def main(args: list[str]) -> int:
    from mlmatch.readers.pdf_content import ENGINES

    engines = [args[args.index("--engine") + 1]] if "--engine" in args else list(ENGINES)
    pdfs = [pdf for pdf in sorted(LAYOUTS.glob("*.pdf")) if pdf.with_suffix(".expected.txt").exists()]
    for engine in engines:
        if pdfs:
            read_lines(pdfs[0], engine)  # imports and caches warm, so the times below are reading alone
        results = [fidelity(pdf, engine) for pdf in pdfs]
        for r in results:
            print(
                f"{engine:10} {r['name']:24} lines {r['in_order']:3d}/{r['expected']:<3d} in order ({r['in_order'] / r['expected']:6.1%}), {r['extra']} extra; "
                f"bullets {r['bullets_found']}/{r['bullets_expected']}; {r['seconds'] * 1000:.0f} ms   [pdfplumber extract_text: {r['baseline'] / r['expected']:.1%}]"
            )
        lines = sum(r["in_order"] for r in results) / sum(r["expected"] for r in results)
        bullets = sum(r["bullets_found"] for r in results) / max(1, sum(r["bullets_expected"] for r in results))
        baseline = sum(r["baseline"] for r in results) / sum(r["expected"] for r in results)
        print(f"fidelity ({engine}): {len(results)} fixtures, {lines:.1%} of expected lines in order, {bullets:.1%} of bullets found (pdfplumber extract_text: {baseline:.1%} of lines)")
    return 0 if pdfs else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
