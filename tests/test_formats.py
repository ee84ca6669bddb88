"""DOCX, LaTeX source and JSON Resume through the same Document; content sniffing; refusals."""

from __future__ import annotations

import json
import shutil

import pytest

from conftest import FIXTURES, SAMPLES
from mlmatch.errors import UnreadableError
from mlmatch.readers import read

LAYOUTS = FIXTURES / "layouts"


def test_docx_headings_list_paragraphs_and_table_rows():
    document = read(LAYOUTS / "word.docx")
    assert document.format == "docx"
    lines = [(line.heading, line.bullet, line.text) for line in document.lines]
    assert lines[0] == (1, False, "Lena Marsh")
    assert (2, False, "Experience") in lines
    assert sum(bullet for _, bullet, _ in lines) == 7
    assert lines[-1] == (0, False, "Platform | Kubernetes, Docker, AWS, MLflow, Spark")  # a table row


def test_latex_source_expands_the_files_own_macros():
    document = read(LAYOUTS / "latex-onecol.tex")
    texts = [line.text for line in document.lines]
    assert document.format == "latex"
    assert texts[:2] == ["Lena Marsh", "lena.marsh@example.com +1 555 0100 github.com/lena-marsh-example"]  # icons gone
    assert "Senior Machine Learning Engineer Mar 2021 – Present" in texts and "Harbor Analytics" in texts
    assert [line.text for line in document.lines if line.bullet][0].startswith("Led the redesign")
    assert not any("Not a real bullet" in t for t in texts)  # a comment
    assert not any("[" in t or "\\" in t or "pt]" in t for t in texts)
    heading = next(line for line in document.lines if line.text == "Experience")
    assert heading.heading == 1 and heading.number == 21  # the source line of \section{Experience}


@pytest.mark.parametrize(
    "source, expected",
    [
        (r"\item Cut cost by 30\% with \textbf{ONNX}~Runtime -- on \href{https://x.io}{GPUs}", ["Cut cost by 30% with ONNX Runtime – on GPUs"]),
        ("\\begin{tabular}{l r}\nPython & Expert \\\\\nSQL & Good\n\\end{tabular}", ["Python | Expert", "SQL | Good"]),
        ("\\newcommand{\\role}[2]{\\textbf{#1} \\hfill #2\\\\}\n\\role{Staff Engineer}{2019 -- 2024}", ["Staff Engineer 2019 – 2024"]),
        ("\\vspace{4pt}{\\large\\textls[300]{SKILLS}}", ["SKILLS"]),
    ],
)
def test_latex_snippets(tmp_path, source, expected):
    path = tmp_path / "cv.tex"
    path.write_text("\\documentclass{article}\n\\begin{document}\n" + source + "\n\\end{document}\n")
    assert [line.text for line in read(path).lines] == expected


def test_latex_macro_that_never_ends_is_refused(tmp_path):
    path = tmp_path / "bomb.tex"
    path.write_text(
        "\\documentclass{article}\n\\newcommand{\\a}{\\b\\b\\b\\b}\\newcommand{\\b}{\\c\\c\\c\\c}\\newcommand{\\c}{\\d\\d\\d\\d}\\newcommand{\\d}{\\e\\e\\e\\e}\\newcommand{\\e}{\\f\\f\\f\\f}\\newcommand{\\f}{\\g\\g\\g\\g}\\newcommand{\\g}{\\h\\h\\h\\h}\\newcommand{\\h}{xxxxxxxxxxxxxxxxxxxxxxxx}\n\\begin{document}\n\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a\n\\end{document}\n"
    )
    with pytest.raises(UnreadableError, match="expand without end"):
        read(path)


@pytest.mark.parametrize(
    "definitions, call",
    [
        ("\\newcommand{\\x}{\\x}", "\\x"),  # read as no text at all
        ("\\newcommand{\\x}{\\x\\x}", "Text \\x"),  # 4,096 copies under the size bound: read as a report
        ("\\newcommand{\\a}{\\b}\\newcommand{\\b}{\\a}", "Text \\a"),  # through another macro
    ],
)
def test_a_latex_macro_that_calls_itself_is_refused_as_a_loop(tmp_path, definitions, call):
    path = tmp_path / "loop.tex"
    path.write_text(f"\\documentclass{{article}}\n{definitions}\n\\begin{{document}}\n{call}\n\\end{{document}}\n")
    with pytest.raises(UnreadableError, match=r"expand without end \(\\(x calls itself|a → \\b → \\a is a loop)\)"):
        read(path)


def test_json_resume_work_highlights_are_bullets_with_source_lines():
    document = read(LAYOUTS / "resume.json")
    raw = (LAYOUTS / "resume.json").read_text().splitlines()
    assert document.format == "jsonresume"
    role = next(line for line in document.lines if line.text.startswith("Senior Machine Learning Engineer"))
    assert role.text == "Senior Machine Learning Engineer | Harbor Analytics | Mar 2021 – Present"
    for line in document.lines:
        if line.bullet:
            assert line.text[:30] in raw[line.number - 1]
    assert any(line.text == "Languages: Python, SQL, Scala" for line in document.lines)


JSON_IN_ANOTHER_ORDER = """{
  "basics": {"name": "Ana Ruiz", "label": "ML Engineer"},
  "skills": [{"name": "ML", "keywords": ["PyTorch", "Kubernetes"]}],
  "work": [
    {
      "name": "Acme",
      "position": "ML Engineer",
      "startDate": "2020-01-01",
      "highlights": [
        "Responsible for the ranking models.",
        "Cut latency by 40% for 2 million users."
      ],
      "summary": "Built the fraud platform for payments."
    },
    {
      "highlights": ["Worked on data pipelines."],
      "position": "Data Engineer",
      "name": "Beta",
      "startDate": "2018-01-01"
    }
  ]
}
"""


def test_json_resume_lines_are_where_their_values_are_whatever_the_key_order(tmp_path):
    (tmp_path / "cv.json").write_text(JSON_IN_ANOTHER_ORDER)
    lines = {line.text: line.number for line in read(tmp_path / "cv.json").lines}
    assert {text: lines[text] for text in ("Built the fraud platform for payments.", "Responsible for the ranking models.", "Worked on data pipelines.", "Skills", "Experience")} == {
        "Built the fraud platform for payments.": 13,
        "Responsible for the ranking models.": 10,
        "Worked on data pipelines.": 16,
        "Skills": 3,
        "Experience": 4,
    }


def test_content_is_sniffed_when_the_extension_says_nothing(tmp_path):
    for source, kind in (
        (LAYOUTS / "word.docx", "docx"),
        (LAYOUTS / "latex-onecol.pdf", "pdf"),
        (LAYOUTS / "resume.json", "jsonresume"),
        (LAYOUTS / "latex-onecol.tex", "latex"),
        (SAMPLES / "mid-mei-takahashi.md", "markdown"),
    ):
        copy = tmp_path / f"{kind}-resume"
        shutil.copy(source, copy)
        assert read(copy).format == kind


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("cv.doc", b"\xd0\xcf\x11\xe0legacy word", "'.doc' files are not supported"),
        ("cv.bin", b"\x00\x01\x02\x03" * 10, "binary file"),
        ("cv.json", json.dumps({"name": "x"}).encode(), "not a JSON Resume"),
        ("cv.json", b"{not json", "not valid JSON"),
        ("cv.tex", b"no document here", "without \\begin{document}"),
        ("cv.docx", b"PK\x03\x04broken zip", "not a readable .docx"),
        ("cv.pdf", b"hello, not a pdf", "not a PDF"),
        ("archive", b"PK\x03\x04", "zip archive that is not a Word document"),
    ],
)
def test_unreadable_formats_say_why(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnreadableError, match=message.replace("\\", "\\\\").replace("(", r"\(").replace(".", r"\.")):
        read(path)
