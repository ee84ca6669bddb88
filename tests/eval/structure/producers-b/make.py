#!/usr/bin/env python3
"""Regenerate every rendered resume in this folder from the sources in src/.

    python3 make.py            # build all
    python3 make.py rendercv   # build one group: rendercv, jsonresume, latex, word, markdown
    python3 make.py --setup    # create the tool environment first (PyPI + npm), then build

Producers and versions used for the files checked in here:
  RenderCV 2.3 (pip "rendercv[full]==2.3", typst-py 0.13.7, Typst package fontawesome 0.5.0 vendored in
  src/rendercv/typst-packages because the Typst package registry is not reachable offline);
  JSON Resume themes jsonresume-theme-even 0.26.1, -flat 0.3.7, -stackoverflow 3.3.0 (npm) printed by
  headless Chromium; TeX Live 2022 (moderncv 2.3.1, europasscv 2020-10-31, pdfTeX / XeTeX);
  python-docx 1.2 and odfpy 1.4.1 converted by LibreOffice 7.4; pandoc 2.17 and Python-Markdown 3.x
  printed by Chromium.

Dates inside the PDFs: LaTeX outputs get SOURCE_DATE_EPOCH (or hyperref's pdfcreationdate) so their
CreationDate is the date the resume was "written"; RenderCV prints its rendercv_settings.date as
"Last updated in ..." but Typst stamps today's date in the metadata; Chromium and LibreOffice stamp
the build time, so those documents either show a visible date or are written as of December 2026.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
BUILD = HERE / "build"
VENV = Path(os.environ.get("RENDERCV_VENV", str(Path(tempfile.gettempdir()) / "rendercv-venv")))
NODE_DIR = Path(os.environ.get("THEMES_NODE_DIR", BUILD / "node"))
PY = VENV / "bin" / "python"
RENDERCV = VENV / "bin" / "rendercv"

RENDERCV_DOCS = [  # (yaml, output pdf)
    ("ananya-krishnamurthy.yaml", "rendercv-classic-ananya-krishnamurthy.pdf"),
    ("jonas-vogelsang.yaml", "rendercv-sb2nov-jonas-vogelsang.pdf"),
    ("tyrell-okafor.yaml", "rendercv-moderncv-tyrell-okafor.pdf"),
]
JSONRESUME_DOCS = [  # (theme package, json, output pdf)
    ("jsonresume-theme-even", "mei-lin-hsu.json", "jsonresume-even-mei-lin-hsu.pdf"),
    ("jsonresume-theme-flat", "rafael-souza.json", "jsonresume-flat-rafael-souza.pdf"),
    ("jsonresume-theme-stackoverflow", "aoife-brennan.json", "jsonresume-stackoverflow-aoife-brennan.pdf"),
]
LATEX_DOCS = [  # (tex, engine, SOURCE_DATE_EPOCH or None, output pdf)
    ("giulia-ferraresi.tex", "pdflatex", None, "latex-moderncv-oldstyle-giulia-ferraresi.pdf"),
    ("katarzyna-wroblewska.tex", "pdflatex", "1644832800", "latex-europasscv-pl-katarzyna-wroblewska.pdf"),
    ("kwame-asante-boateng.tex", "xelatex", None, "latex-deedy-style-kwame-asante-boateng.pdf"),
    ("emiko-sandstrom.tex", "pdflatex", "1664791200", "latex-table-dates-left-emiko-sandstrom.pdf"),
]
WORD_DOCS = [  # (file made by src/word/build_word.py, output pdf, keep the source file as)
    ("oluwaseun-adebayo-clarke.docx", "docx-twocolumn-table-oluwaseun-adebayo-clarke.pdf", None),
    ("priscilla-navarro.docx", "docx-tabstops-priscilla-navarro.pdf", "docx-tabstops-priscilla-navarro.docx"),
    ("nikos-papadimitriou.docx", "docx-europass-nikos-papadimitriou.pdf", None),
    ("farah-haddad.odt", "odt-odfpy-farah-haddad.pdf", None),
]
CHROMIUM = [
    "chromium",
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",
]


def run(cmd, **kw):
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kw)


def clean_env(**extra):
    env = {k: v for k, v in os.environ.items() if k not in ("SOURCE_DATE_EPOCH", "FORCE_SOURCE_DATE")}
    env.update(extra)
    return env


def setup():
    if not PY.exists():
        run([sys.executable, "-m", "venv", VENV])
    run([PY, "-m", "pip", "install", "-q", "rendercv[full]==2.3", "typst==0.13.7", "click", "python-docx==1.2.0", "odfpy==1.4.1", "markdown"])
    ensure_node()


def ensure_typst_package():
    src = SRC / "rendercv" / "typst-packages" / "preview" / "fontawesome" / "0.5.0"
    for base in (Path.home() / ".cache" / "typst" / "packages", Path.home() / ".local" / "share" / "typst" / "packages"):
        dst = base / "preview" / "fontawesome" / "0.5.0"
        if not dst.exists():
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copytree(src, dst)


def ensure_node():
    NODE_DIR.mkdir(parents=True, exist_ok=True)
    shutil.copy(SRC / "jsonresume" / "package.json", NODE_DIR / "package.json")
    if not (NODE_DIR / "node_modules" / "jsonresume-theme-stackoverflow").exists():
        run(["npm", "install", "--no-audit", "--no-fund"], cwd=NODE_DIR)
    shutil.copy(SRC / "jsonresume" / "render.mjs", NODE_DIR / "render.mjs")


def chromium_pdf(html: Path, pdf: Path):
    with tempfile.TemporaryDirectory() as profile:
        run(CHROMIUM + [f"--user-data-dir={profile}", f"--print-to-pdf={pdf}", html.as_uri()], stderr=subprocess.DEVNULL)


def build_rendercv():
    ensure_typst_package()
    for yaml, out in RENDERCV_DOCS:
        work = BUILD / "rendercv" / Path(yaml).stem
        shutil.rmtree(work, ignore_errors=True)
        run([RENDERCV, "render", SRC / "rendercv" / yaml, "-o", work, "-nomd", "-nohtml", "-nopng", "-pdf", HERE / out], cwd=BUILD, stdout=subprocess.DEVNULL)


def build_jsonresume():
    ensure_node()
    for theme, js, out in JSONRESUME_DOCS:
        html = BUILD / "jsonresume" / (Path(js).stem + ".html")
        html.parent.mkdir(parents=True, exist_ok=True)
        run(["node", NODE_DIR / "render.mjs", theme, SRC / "jsonresume" / js, html], cwd=NODE_DIR)
        chromium_pdf(html, HERE / out)


def build_latex():
    for tex, engine, epoch, out in LATEX_DOCS:
        work = BUILD / "latex" / Path(tex).stem
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        shutil.copy(SRC / "latex" / tex, work / tex)
        env = clean_env(SOURCE_DATE_EPOCH=epoch, FORCE_SOURCE_DATE="1") if epoch else clean_env()
        for _ in range(2):  # second pass resolves page totals
            run([engine, "-interaction=nonstopmode", "-halt-on-error", tex], cwd=work, env=env, stdout=subprocess.DEVNULL)
        shutil.copy(work / (Path(tex).stem + ".pdf"), HERE / out)


def build_word():
    work = BUILD / "word"
    shutil.rmtree(work, ignore_errors=True)
    run([PY, SRC / "word" / "build_word.py", work])
    for name, out, keep in WORD_DOCS:
        run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", work, work / name], stdout=subprocess.DEVNULL)
        shutil.copy(work / (Path(name).stem + ".pdf"), HERE / out)
        if keep:
            shutil.copy(work / name, HERE / keep)


def build_markdown():
    work = BUILD / "markdown"
    work.mkdir(parents=True, exist_ok=True)
    md = SRC / "markdown"
    # pandoc -> HTML -> Chromium
    html = work / "liam-whitcombe.html"
    run(["pandoc", "-s", md / "liam-whitcombe.md", "-c", (md / "pandoc-resume.css").as_uri(), "-o", html])
    chromium_pdf(html, HERE / "md-pandoc-liam-whitcombe.pdf")
    shutil.copy(md / "liam-whitcombe.md", HERE / "md-pandoc-liam-whitcombe.md")
    # Python-Markdown -> HTML -> Chromium
    html = work / "trang-nguyen.html"
    run([PY, md / "pymd_render.py", md / "trang-nguyen.md", (md / "pymd-resume.css").as_uri(), html, "Trang Nguyen - Resume"])
    chromium_pdf(html, HERE / "md-python-markdown-trang-nguyen.pdf")


GROUPS = {"rendercv": build_rendercv, "jsonresume": build_jsonresume, "latex": build_latex, "word": build_word, "markdown": build_markdown}

if __name__ == "__main__":
    args = sys.argv[1:]
    if "--setup" in args:
        args.remove("--setup")
        setup()
    if not PY.exists():
        sys.exit(f"no tool environment at {VENV}: run python3 make.py --setup (or set RENDERCV_VENV)")
    BUILD.mkdir(exist_ok=True)
    for name in args or list(GROUPS):
        GROUPS[name]()
    print("done")
