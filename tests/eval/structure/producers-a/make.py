#!/usr/bin/env python3
"""Regenerate the held-out structure test set from src/.

    python3 make.py            # build everything
    python3 make.py 03 10      # build only the documents whose name starts with these prefixes

Producers:
  src/NN-*.tex    -> pdflatex (or xelatex when the first line says "% !TEX program = xelatex"), run twice
  src/NN-*.docx.py -> python-docx writes build/NN-*.docx, then LibreOffice converts it to PDF
  src/NN-*.html   -> headless Chromium --print-to-pdf
  src/NN-*.md / .txt -> copied as they are (the files themselves are the test documents)

Outputs land next to this script as NN-*.pdf / .md / .txt; intermediates go to build/.
PDF metadata: LaTeX sources set their own CreationDate/ModDate (\\pdfinfo or hyperref); Chromium and
LibreOffice stamp the render time, which is why those documents are either written "as of now"
(December 2026) or carry a visible date (see labels.json).
"""

import glob
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
BUILD = os.path.join(HERE, "build")


def run(cmd, cwd=None, env=None):
    print("+", " ".join(cmd), flush=True)
    r = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0:
        print(r.stdout[-4000:])
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return r.stdout


def build_tex(path):
    name = os.path.splitext(os.path.basename(path))[0]
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    engine = "xelatex" if "xelatex" in first else "pdflatex"
    shutil.copy(path, os.path.join(BUILD, name + ".tex"))
    for _ in range(2):
        run([engine, "-interaction=nonstopmode", "-halt-on-error", name + ".tex"], cwd=BUILD)
    shutil.copy(os.path.join(BUILD, name + ".pdf"), os.path.join(HERE, name + ".pdf"))


def build_docx(path):
    name = os.path.basename(path)[: -len(".docx.py")]
    docx = os.path.join(BUILD, name + ".docx")
    run([sys.executable, path, docx])
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", BUILD, docx])
    shutil.rmtree(profile, ignore_errors=True)
    shutil.copy(os.path.join(BUILD, name + ".pdf"), os.path.join(HERE, name + ".pdf"))


def build_html(path):
    name = os.path.splitext(os.path.basename(path))[0]
    out = os.path.join(HERE, name + ".pdf")
    udd = tempfile.mkdtemp(prefix="chromium-")
    run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={udd}",
            f"--print-to-pdf={out}",
            "--no-pdf-header-footer",
            "file://" + os.path.abspath(path),
        ]
    )
    shutil.rmtree(udd, ignore_errors=True)


def main(prefixes):
    os.makedirs(BUILD, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(SRC, "[0-9][0-9]-*"))):
        base = os.path.basename(path)
        if prefixes and not any(base.startswith(p) for p in prefixes):
            continue
        if base.endswith(".tex"):
            build_tex(path)
        elif base.endswith(".docx.py"):
            build_docx(path)
        elif base.endswith(".html"):
            build_html(path)
        elif base.endswith((".md", ".txt")):
            shutil.copy(path, os.path.join(HERE, base))
        # anything else in src/ (fonts, css, helpers) is an input of the above


if __name__ == "__main__":
    main(sys.argv[1:])
