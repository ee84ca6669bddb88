"""Seeded byte-mutation fuzzing of the readers over the repository's own fixtures. A reader may return a
Document or raise UnreadableError; anything else (an escaped exception, a hang past the time limit) is a
crash. tests/test_fuzz.py runs a small fixed budget in CI; run this file for a longer hunt:

    python tests/fuzz_readers.py                       # 300 mutations a seed file, seed 0
    python tests/fuzz_readers.py 2000 7                # 2000 a seed file, seed 7
    python tests/fuzz_readers.py 2000 7 --save DIR     # keep each crashing input in DIR

A crash found becomes a small checked-in fixture under tests/fixtures/fuzz/ and a fix.
"""

from __future__ import annotations

import io
import random
import sys
import time
import traceback
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEEDS = {
    "pdf": [
        ROOT / "samples" / "resumes" / "junior-ana-okafor.pdf",
        HERE / "fixtures" / "layouts" / "latex-onecol.pdf",
        HERE / "fixtures" / "layouts" / "word.pdf",
        HERE / "fixtures" / "partly-garbled.pdf",
    ],
    "docx": [HERE / "fixtures" / "layouts" / "word.docx"],
    "text": [ROOT / "samples" / "resumes" / "senior-hannah-brooks.md", HERE / "fixtures" / "layouts" / "latex-onecol.tex", HERE / "fixtures" / "layouts" / "resume.json"],
}
INTERESTING = [
    b"0",
    b"-1",
    b"999999999",
    b"obj",
    b"endobj",
    b"stream",
    b"endstream",
    b"R",
    b"<<",
    b">>",
    b"[",
    b"]",
    b"(",
    b")",
    b"\\",
    b"/Length",
    b"/Kids",
    b"/Type /Pages",
    b"\x00",
    b"\xff",
    b"{",
    b"}",
    b"\\item",
    b"\\newcommand",
    b"\n- ",
    b"#",
]


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One to four random edits: flip bytes, overwrite, insert or delete a run, duplicate a chunk,
    splice in a token the format cares about, or truncate."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        if not out:
            out.extend(rng.choice(INTERESTING))
            continue
        at = rng.randrange(len(out))
        kind = rng.randrange(7)
        if kind == 0:
            for _ in range(rng.randint(1, 8)):
                out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
        elif kind == 1:
            out[at : at + 4] = rng.randbytes(4)
        elif kind == 2:
            out[at:at] = rng.randbytes(rng.randint(1, 64))
        elif kind == 3:
            del out[at : at + rng.randint(1, 512)]
        elif kind == 4:
            length = rng.randint(1, 2048)
            out[at:at] = out[rng.randrange(len(out)) : rng.randrange(len(out)) + length]
        elif kind == 5:
            out[at:at] = rng.choice(INTERESTING)
        else:
            del out[at:]
    return bytes(out)


def mutate_docx_part(data: bytes, rng: random.Random) -> bytes:
    """A well-formed zip whose document.xml (or another part) is mutated: python-docx's own parsing."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    victim = "word/document.xml" if rng.random() < 0.7 else rng.choice(names)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            content = source.read(name)
            target.writestr(name, mutate(content, rng) if name == victim else content)
    return out.getvalue()


def inputs(kind: str, budget: int, seed: int) -> Iterator[tuple[str, bytes]]:
    """(file name, bytes) for `budget` mutations of each seed file of a kind, deterministic in `seed`."""
    for path in SEEDS[kind]:
        rng = random.Random(f"{seed}:{path.name}")
        original = path.read_bytes()
        for index in range(budget):
            mutator: Callable[[bytes, random.Random], bytes] = mutate_docx_part if kind == "docx" and index % 2 else mutate
            yield f"{path.stem}-{index}{path.suffix}", mutator(original, rng)


def run(directory: Path, budget: int, seed: int, save: Path | None = None) -> list[str]:
    from mlmatch.errors import UnreadableError
    from mlmatch.readers import Limits, read

    crashes = []
    limits = Limits(max_pages=2, timeout=5.0)
    for kind in SEEDS:
        for name, data in inputs(kind, budget, seed):
            path = directory / name
            path.write_bytes(data)
            started = time.monotonic()
            try:
                read(path, limits)
            except UnreadableError:
                pass
            except Exception:
                crashes.append(f"{name}: {traceback.format_exc().splitlines()[-1]}")
                if save is not None:
                    save.mkdir(parents=True, exist_ok=True)
                    (save / name).write_bytes(data)
            if time.monotonic() - started > 2 * limits.timeout:
                crashes.append(f"{name}: took {time.monotonic() - started:.1f} s, past the time limit")
            path.unlink()
    return crashes


def main(argv: list[str]) -> None:
    import tempfile

    budget = int(argv[0]) if argv else 300
    seed = int(argv[1]) if len(argv) > 1 else 0
    save = Path(argv[argv.index("--save") + 1]) if "--save" in argv else None
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as work:
        crashes = run(Path(work), budget, seed, save)
    total = budget * sum(len(paths) for paths in SEEDS.values())
    print(f"{total} mutated inputs, seed {seed}, {time.monotonic() - started:.0f} s, {len(crashes)} crash(es)")
    for crash in crashes:
        print("  " + crash)


if __name__ == "__main__":
    main(sys.argv[1:])
