"""Make the sample PDFs from the Markdown resumes with a real producer: headless Chromium printing HTML.

    python samples/make_pdfs.py            # every samples/resumes/*.md -> .pdf beside it
    python samples/make_pdfs.py FILE.md    # one

Needs Debian's `chromium` (apt-get install chromium). The HTML is made here from the Markdown with a
deliberately small converter (headings, paragraphs, lists, bold/italic, links, tables) so the script has
no dependencies; each sample gets one of a few stylesheets so the PDFs differ in typography the way real
resumes do (serif or sans, ruled or plain headings, small caps, list markers drawn by the browser).
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

STYLES = [
    # classic: serif, ruled upper-case headings
    "body{font:10.5pt/1.35 'DejaVu Serif',serif;margin:0}h1{font-size:20pt;margin:0 0 2pt}"
    "h2{font-size:11pt;text-transform:uppercase;letter-spacing:.06em;border-bottom:1px solid #444;margin:12pt 0 4pt}"
    "h3{font-size:10.5pt;margin:8pt 0 2pt}ul{margin:2pt 0 4pt 16pt;padding:0}li{margin:1pt 0}p{margin:2pt 0}",
    # modern: sans, coloured headings, square markers
    "body{font:10pt/1.4 'DejaVu Sans',sans-serif;margin:0;color:#222}h1{font-size:22pt;color:#1b4f72;margin:0}"
    "h2{font-size:12pt;color:#1b4f72;margin:12pt 0 3pt}h3{font-size:10pt;margin:7pt 0 1pt}"
    "ul{list-style:square;margin:2pt 0 4pt 14pt;padding:0}p{margin:2pt 0}table{border-collapse:collapse}td,th{padding:1pt 6pt;text-align:left}",
    # compact: small caps headings, dash markers, tight spacing
    "body{font:9.5pt/1.3 'DejaVu Sans Condensed','DejaVu Sans',sans-serif;margin:0}h1{font-size:18pt;font-variant:small-caps;margin:0}"
    "h2{font-size:11pt;font-variant:small-caps;margin:9pt 0 2pt;border-bottom:.5pt solid #999}h3{font-size:9.5pt;margin:5pt 0 1pt}"
    "ul{list-style:'– ';margin:1pt 0 3pt 12pt;padding:0}p{margin:1pt 0}",
]


def inline(text: str) -> str:
    text = html.escape(text, quote=False)
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    return re.sub(r"(?<!\*)\*(?!\s)(.+?)(?<!\s)\*", r"<i>\1</i>", text)


def to_html(markdown: str, style: str) -> str:
    out, in_list, table = [], False, []

    def close() -> None:
        nonlocal in_list, table
        if in_list:
            out.append("</ul>")
            in_list = False
        if table:
            rows = [r for r in table if not re.fullmatch(r"\|?[\s:|-]+\|?", r)]
            cells = [[c.strip() for c in r.strip("|").split("|")] for r in rows]
            out.append("<table>" + "".join("<tr>" + "".join(f"<td>{inline(c)}</td>" for c in row) + "</tr>" for row in cells) + "</table>")
            table = []

    for line in markdown.splitlines():
        stripped = line.strip()
        heading = re.match(r"(#{1,6})\s+(.*)", stripped)
        if stripped.startswith("|"):
            table.append(stripped)
            continue
        if heading:
            close()
            level = len(heading.group(1))
            out.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
        elif re.match(r"[-*+]\s+", stripped):
            if table:
                close()
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{inline(stripped[2:].strip())}</li>")
        elif stripped:
            close()
            out.append(f"<p>{inline(stripped)}</p>")
        else:
            close()
    close()
    return f"<!doctype html><html><head><meta charset='utf-8'><style>@page{{size:Letter;margin:0.6in}}{style}</style></head><body>{''.join(out)}</body></html>"


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return name
    sys.exit("make_pdfs.py: headless Chromium is needed (apt-get install chromium)")


def print_pdf(html_path: Path, pdf_path: Path, browser: str) -> None:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                "--no-pdf-header-footer",
                f"--print-to-pdf={pdf_path}",
                html_path.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def main(paths: list[str]) -> None:
    browser = chromium()
    sources = [Path(p) for p in paths] or sorted((HERE / "resumes").glob("*.md"))
    for index, source in enumerate(sources):
        style = STYLES[index % len(STYLES)]
        with tempfile.TemporaryDirectory() as work:
            page = Path(work) / "resume.html"
            page.write_text(to_html(source.read_text(encoding="utf-8"), style), encoding="utf-8")
            print_pdf(page, source.with_suffix(".pdf"), browser)
        print(f"{source.with_suffix('.pdf').name}")


if __name__ == "__main__":
    main(sys.argv[1:])
