"""The bad-input corpus: files from strangers that must be read or refused cleanly, made here at test time
(nothing large is checked in). tests/test_bad_inputs.py runs every case; run this file to measure them:

    python tests/bad_inputs.py            # each case in its own `mlmatch` process: exit, time, peak memory
    python tests/bad_inputs.py --keep DIR # also leave the files in DIR to look at

Each PDF here is written by hand as bytes (the structure is the point: nested objects, a stream that never
ends, a broken cross-reference table, no pages), except the encrypted ones, which qpdf made, and the
image-only one, which Chromium made: checked-in fixtures (tests/fixtures/make_fixtures.py), so no case
needs a tool the test machine may lack.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import subprocess
import sys
import time
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
SAMPLES = HERE.parent / "samples" / "resumes"
AS_OF = ["--as-of", "2026-11-01"]
TIMEOUT = 10.0  # --timeout given to every case: a reader that hangs is cut here, whatever the input


@dataclass(frozen=True)
class Case:
    name: str  # the file (or link, folder, pipe) made in the corpus folder
    exit_code: int
    says: str  # what its stderr line (exit 2) or a report warning (exit 0) must contain
    args: tuple[str, ...] = ()
    notes: str = ""


def pdf_bytes(objects: list[bytes], root: int = 1, xref: bool = True, broken_xref: bool = False) -> bytes:
    """A PDF file of the numbered objects (1..n) with a cross-reference table (or a wrong one)."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    start = out.tell()
    if xref:
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
        for offset in offsets:
            out.write(b"%010d 00000 n \n" % (offset + 7919 if broken_xref else offset))
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, start + (13 if broken_xref else 0)))
    return out.getvalue()


def stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(content), extra) + content + b"\nendstream"


def text_content(lines: list[str]) -> bytes:
    body = [b"BT /F1 11 Tf 72 740 Td 14 TL"]
    for line in lines:
        body.append(b"(" + line.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b") '")
    body.append(b"ET")
    return b"\n".join(body)


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
RESUME_LINES = [
    "Noor Valdez",
    "Experience",
    "Machine Learning Engineer, Larkspur Labs, Mar 2021 - Present",
    "- Cut model serving latency by 35% with ONNX Runtime and Kubernetes.",
    "Skills",
    "Python, PyTorch, SQL, Docker",
]


def pages_pdf(page_lines: list[list[str]], broken_xref: bool = False) -> bytes:
    """Catalog 1, Pages 2, font 3, then a page and its content stream per page."""
    count = len(page_lines)
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(count))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count), FONT]
    for i, lines in enumerate(page_lines):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i))
        objects.append(stream(text_content(lines)))
    return pdf_bytes(objects, broken_xref=broken_xref)


def zero_pages_pdf() -> bytes:
    return pdf_bytes([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def nested_pdf(depth: int = 100_000) -> bytes:
    """A page whose resources hold an array nested `depth` deep."""
    nested = b"[" * depth + b"1" + b"]" * depth
    return pdf_bytes(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            FONT,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> /Deep " + nested + b" >> /Contents 5 0 R >>",
            stream(text_content(RESUME_LINES)),
        ]
    )


def page_tree_cycle_pdf() -> bytes:
    """A page tree whose /Kids point back up at itself."""
    return pdf_bytes([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>", b"<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>"])


def endless_stream_pdf() -> bytes:
    """A content stream that claims a huge /Length and never reaches 'endstream'; no xref either."""
    content = text_content(RESUME_LINES) + b"\n" + b"0 0 m 1 1 l S\n" * 20_000
    return (
        pdf_bytes(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
                FONT,
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
            ],
            xref=False,
        )
        + b"5 0 obj\n<< /Length 999999999 >>\nstream\n"
        + content
    )


def flate_bomb_pdf(megabytes: int = 400) -> bytes:
    """A content stream that inflates from under a megabyte to `megabytes` MB of spaces."""
    compressor = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    packed = b"".join(compressor.compress(chunk) for _ in range(megabytes)) + compressor.flush()
    return pdf_bytes(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            FONT,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
            stream(packed, b"/Filter /FlateDecode"),
        ]
    )


def docx_zip_bomb(megabytes: int = 300) -> bytes:
    """A .docx whose document.xml inflates to `megabytes` MB (and whose directory says so)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
            chunk = b" " * (1 << 20)
            for _ in range(megabytes):
                member.write(chunk)
            member.write(b"</w:body></w:document>")
    return out.getvalue()


def png_bytes() -> bytes:
    header = (8).to_bytes(4, "big") + (8).to_bytes(4, "big") + bytes([8, 0, 0, 0, 0])

    def chunk(kind: bytes, data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")

    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(72))) + chunk(b"IEND", b"")


RESUME_TEXT = """Noor Valdez
Machine Learning Engineer

Experience
Machine Learning Engineer, Larkspur Labs, Mar 2021 – Present
- Cut model serving latency by 35% with ONNX Runtime on Kubernetes.
- Built the feature store in Spark; training runs went from 9 hours to 2.

Skills
Python, PyTorch, SQL, Docker, Kubernetes — Zürich résumé “quoted”
"""

LATEX_BOMB = (
    "\\documentclass{article}\n"
    + "".join(f"\\newcommand{{\\{a}}}{{\\{b}\\{b}\\{b}\\{b}\\{b}\\{b}\\{b}\\{b}}}\n" for a, b in zip("abcdefgh", "bcdefghi", strict=True))
    + "\\newcommand{\\i}{expand}\n\\begin{document}\n\\a\\a\\a\\a\n\\end{document}\n"
)
LATEX_SELF = "\\documentclass{article}\n\\def\\loop{\\loop\\loop}\n\\begin{document}\nText \\loop\n\\end{document}\n"
YAML_LAUGHS = (
    "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(8))
    + "cv:\n  name: Lol\n  sections:\n    experience: *i\n"
)


def cases() -> list[Case]:
    return [
        Case("empty.pdf", 2, "the file is empty"),
        Case("zero-pages.pdf", 2, "has no pages"),
        Case("truncated.pdf", 2, "damaged or truncated", notes="the first 40% of a sample PDF"),
        Case("broken-xref.pdf", 0, "", notes="every xref offset wrong: pdfminer rebuilds the table by scanning"),
        Case("encrypted-user-password.pdf", 2, "encrypted with a password", notes="qpdf, AES-256, a user password (checked-in fixture)"),
        Case("encrypted-owner-only.pdf", 0, "", notes="qpdf, AES-256, an owner password only: opens without one (checked-in fixture)"),
        Case("image-only.pdf", 2, "no text layer", notes="Chromium printing a picture of text (checked-in fixture)"),
        Case("png-named.pdf", 2, "named .pdf but is a PNG image"),
        Case("zip-named.pdf", 2, "named .pdf but is a zip archive"),
        Case("not-a-zip.docx", 2, "not a readable .docx"),
        Case("zip-bomb.docx", 2, "zip bomb", notes="document.xml inflates to 300 MB"),
        Case("300-pages.pdf", 0, "has 300 pages; only the first 10 were read"),
        Case("nested-objects.pdf", 0, "", notes="an array nested 100,000 deep in the page resources"),
        Case("page-tree-cycle.pdf", 2, "cannot be read", notes="/Kids pointing back at their parent"),
        Case("endless-stream.pdf", 2, "the PDF contains no text", notes="/Length 999999999, no endstream, no xref: the page object is found, its content is not"),
        Case("flate-bomb.pdf", 2, "a decompression bomb", notes="a content stream inflating to 400 MB of spaces"),
        Case("utf16-bom.md", 0, "", notes="Windows Notepad 'Unicode': UTF-16-LE with a BOM"),
        Case("utf16-no-bom.txt", 0, "UTF-16 without a byte-order mark"),
        Case("utf32-bom.txt", 0, ""),
        Case("windows-1252.txt", 0, "read as Windows-1252 (a guess"),
        Case("latin-1.txt", 0, "read as Latin-1 (a guess"),
        Case("nul-bytes.md", 0, "NUL byte(s) in the file were dropped"),
        Case("random-bytes.txt", 2, "binary file"),
        Case("19mb.txt", 0, "only its beginning was read", notes="under the size limit: cut to --max-pages dense pages of text, with a warning"),
        Case("20mb-one-line.md", 0, "only its beginning was read", notes="20 MB without a line break"),
        Case("50mb.txt", 2, "the file is 50.0 MB, over the 21 MB limit (--max-size)"),
        Case("x.pdf", 2, "is a folder", notes="a directory"),
        Case("no-permission.txt", 2, "Permission denied", notes="mode 000 (as root: run with CAP_DAC_OVERRIDE dropped)"),
        Case("symlink-loop.md", 2, "a symbolic link that loops"),
        Case("fifo.txt", 2, "not a regular file", notes="a named pipe nobody writes to"),
        Case("macro-bomb.tex", 2, "expand without end", notes="8 macros each calling the next 8 times"),
        Case("macro-self.tex", 2, "expand without end (\\loop calls itself)", notes="\\def\\loop{\\loop\\loop}"),
        Case("unbalanced-braces.tex", 2, "the LaTeX document has no text", notes="1 MB of '{' after \\section"),
        Case("billion-laughs.yaml", 2, "more than 100,000 values"),
        Case("deep-nesting.yaml", 2, "nested too deeply", notes="a flow sequence nested 50,000 deep"),
        Case("python-tag.yaml", 2, "neither a RenderCV CV", notes="!!python/object/apply:os.system; nothing is run"),
        Case("other.yaml", 2, "neither a RenderCV CV"),
        Case("not-json.json", 2, "not valid JSON"),
        Case("utf8-bom-jsonresume.json", 0, ""),
    ]


def make(directory: Path) -> list[Case]:
    """Write every case into `directory`."""
    sample = (SAMPLES / "mid-mei-takahashi.pdf").read_bytes()
    latin = RESUME_TEXT.translate(str.maketrans({"—": "-", "–": "-", "“": '"', "”": '"'}))
    files = {
        "empty.pdf": b"",
        "zero-pages.pdf": zero_pages_pdf(),
        "truncated.pdf": sample[: int(len(sample) * 0.4)],
        "broken-xref.pdf": pages_pdf([RESUME_LINES], broken_xref=True),
        "encrypted-user-password.pdf": (FIXTURES / "encrypted.pdf").read_bytes(),
        "encrypted-owner-only.pdf": (FIXTURES / "encrypted-owner-only.pdf").read_bytes(),
        "image-only.pdf": (FIXTURES / "image-only.pdf").read_bytes(),
        "png-named.pdf": png_bytes(),
        "zip-named.pdf": _zip({"notes.txt": "hello"}),
        "not-a-zip.docx": b"<html><body>Exported from a web page, saved as .docx</body></html>\n",
        "zip-bomb.docx": docx_zip_bomb(),
        "300-pages.pdf": pages_pdf([[*RESUME_LINES[:3], f"Page {n} of 300: Shipped model update {n} with PyTorch"] for n in range(1, 301)]),
        "nested-objects.pdf": nested_pdf(),
        "page-tree-cycle.pdf": page_tree_cycle_pdf(),
        "endless-stream.pdf": endless_stream_pdf(),
        "flate-bomb.pdf": flate_bomb_pdf(),
        "utf16-bom.md": "# Noor Valdez\n\n".encode("utf-16") + RESUME_TEXT.encode("utf-16-le").replace(b"\n\x00", b"\r\x00\n\x00"),
        "utf16-no-bom.txt": RESUME_TEXT.encode("utf-16-le"),
        "utf32-bom.txt": RESUME_TEXT.encode("utf-32"),
        "windows-1252.txt": RESUME_TEXT.encode("cp1252"),
        "latin-1.txt": latin.encode("latin-1") + b"\x81",
        "nul-bytes.md": ("# Noor Valdez\n\n" + RESUME_TEXT).encode().replace(b"Experience", b"Exper\x00ience").replace(b"Skills", b"Skills\x00\x00") + b"\x00" * 512,
        "random-bytes.txt": random.Random(10).randbytes(4096),
        "macro-bomb.tex": LATEX_BOMB.encode(),
        "macro-self.tex": LATEX_SELF.encode(),
        "unbalanced-braces.tex": b"\\documentclass{article}\n\\begin{document}\n\\section" + b"{" * 1_000_000 + b"\n\\end{document}\n",
        "billion-laughs.yaml": YAML_LAUGHS.encode(),
        "deep-nesting.yaml": b"cv: " + b"[" * 50_000 + b"]" * 50_000 + b"\n",
        "python-tag.yaml": b"name: !!python/object/apply:os.system ['touch pwned']\nwork_history: [1, 2]\n",
        "other.yaml": b"basic:\n  name: Sam Ortiz\nexperience:\n  - title: Research Assistant\n    time: 2016 - Present\n",
        "not-json.json": b'{"basics": {"name": "Sam"},\n "work": [\n',
        "utf8-bom-jsonresume.json": (
            '\ufeff{"basics": {"name": "Noor Valdez"}, "work": [{"name": "Larkspur Labs", "position": "ML Engineer", "startDate": "2021-03-01", "highlights": ["Cut latency by 35% with ONNX"]}]}'
        ).encode(),
        "no-permission.txt": RESUME_TEXT.encode(),
    }
    for name, data in files.items():
        (directory / name).write_bytes(data)
    (directory / "no-permission.txt").chmod(0)
    with open(directory / "50mb.txt", "wb") as handle:
        line = b"Built a data pipeline in Spark and PyTorch that cut costs by 10%.\n"
        for _ in range(50 * (1 << 20) // len(line) + 1):
            handle.write(line)
    with open(directory / "19mb.txt", "wb") as handle:
        for _ in range(19 * (1 << 20) // len(line)):
            handle.write(line)
    with open(directory / "20mb-one-line.md", "wb") as handle:
        for _ in range(20):
            handle.write(b"word " * ((1 << 20) // 5))
    (directory / "x.pdf").mkdir()
    (directory / "symlink-loop.md").symlink_to(directory / "symlink-loop-2.md")
    (directory / "symlink-loop-2.md").symlink_to(directory / "symlink-loop.md")
    os.mkfifo(directory / "fifo.txt")
    return cases()


def _zip(members: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return out.getvalue()


def command(case: Case, directory: Path) -> list[str]:
    """The mlmatch arguments of a case: the file, the JSON report, a timeout, and 21 MB as the size limit
    (so the 50 MB file is refused and the 300 MB bombs are measured against it)."""
    return [str(directory / case.name), "--format", "json", "--timeout", str(TIMEOUT), "--max-size", "21", *AS_OF, *case.args]


def unprivileged_prefix() -> list[str]:
    """Running as root, file permissions do not bind: drop the capabilities that bypass them."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    return [setpriv, "--inh-caps=-dac_override,-dac_read_search", "--bounding-set=-dac_override,-dac_read_search", "--"] if setpriv else []


def measure(directory: Path) -> None:
    rows = []
    for case in make(directory):
        prefix = unprivileged_prefix() if case.name == "no-permission.txt" else []
        started = time.perf_counter()
        process = subprocess.Popen([*prefix, sys.executable, "-m", "mlmatch", *command(case, directory)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        stderr = process.stderr.read().decode(errors="replace").strip()
        process.stderr.close()
        code = os.waitstatus_to_exitcode(status)
        rows.append((elapsed, usage.ru_maxrss / 1024, case.name))
        print(f"{case.name:30} exit {code}  {elapsed:6.2f} s  {usage.ru_maxrss / 1024:7.0f} MB  {stderr.splitlines()[-1][:110] if stderr else ''}")
    worst_time, worst_memory = max(rows), max(rows, key=lambda row: row[1])
    print(f"\nworst time   {worst_time[0]:.2f} s ({worst_time[2]})\nworst memory {worst_memory[1]:.0f} MB peak RSS ({worst_memory[2]})")


def main(argv: list[str]) -> None:
    import tempfile

    if argv[:1] == ["--keep"]:
        directory = Path(argv[1])
        directory.mkdir(parents=True, exist_ok=False)
        measure(directory)
        return
    with tempfile.TemporaryDirectory() as work:
        try:
            measure(Path(work))
        finally:
            (Path(work) / "no-permission.txt").chmod(0o600)


if __name__ == "__main__":
    main(sys.argv[1:])
