"""Properties over the text pipeline (Hypothesis, derandomised so CI is repeatable) and a bounded, seeded
byte-mutation fuzz of the readers over the repository's fixtures (tests/fuzz_readers.py; run it alone for a
longer hunt). Every crash either finds becomes a fixture in tests/fixtures/fuzz/."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from fuzz_readers import SEEDS, run
from mlmatch.analysis import analyze_document
from mlmatch.cli import main
from mlmatch.errors import UnreadableError
from mlmatch.options import Options
from mlmatch.readers import read
from mlmatch.readers.markdown import read_markdown
from mlmatch.readers.normalize import clean, split_bullet
from mlmatch.readers.text import read_text

OPTIONS = Options(as_of=date(2026, 11, 1))
PROPERTIES = settings(max_examples=120, deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
# Pieces of real resumes, so generated documents reach sections, roles, dates and bullets, mixed with
# arbitrary Unicode.
FRAGMENTS = [
    "# Rosa Imbert",
    "## Experience",
    "EXPERIENCE",
    "Skills",
    "Education",
    "Summary",
    "Senior Machine Learning Engineer, Acme | Jan 2019 – Present",
    "ML Engineer at Foo (03/2020 - 06/2022)",
    "2019–2021",
    "09.2022-now",
    "- Cut p99 latency by 40% with ONNX on Kubernetes",
    "• Led 5 engineers; revenue grew $2M",
    "* Responsible for the ranking model",
    "1. Built a feature store in Spark",
    "Python, PyTorch, TensorFlow, scikit learn, Go, R, SQL",
    "ﬁne-tuning",
    "opti\u00admisation",
    "e\u00ad\u0301",
    "\u200b",
    "\ufeff",
    "\t",
    "|",
    "---",
    "**bold**",
    "[link](http://x)",
    "`code`",
]
documents = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)), max_size=30).map("\n".join)


def _line_numbers(value) -> list[int]:
    """Every 'line' a report gives, wherever it sits in the JSON."""
    if isinstance(value, dict):
        found = [value["line"]] if isinstance(value.get("line"), int) else []
        return found + [n for item in value.values() for n in _line_numbers(item)]
    if isinstance(value, list):
        return [n for item in value for n in _line_numbers(item)]
    return []


@PROPERTIES
@given(st.one_of(st.text(), documents))
def test_clean_is_idempotent(text):
    once = clean(text)
    assert clean(once) == once


@PROPERTIES
@given(st.text())
def test_split_bullet_never_grows_the_text(text):
    bullet, body = split_bullet(text)
    assert isinstance(bullet, bool) and len(body) <= len(text)


@PROPERTIES
@given(documents, st.sampled_from(["markdown", "text"]))
def test_any_text_gives_a_valid_report(lexicon, source, kind):
    reader = read_markdown if kind == "markdown" else read_text
    document = reader(Path(f"r.{'md' if kind == 'markdown' else 'txt'}"), source)
    last_line = len(source.splitlines())
    assert all(1 <= line.number <= last_line for line in document.lines)
    if not document.lines:
        return  # read() refuses it: "the file holds no text"
    report = analyze_document(document, OPTIONS, lexicon).to_dict()
    json.dumps(report)
    assert report["schema"] == "mlmatch.report/1"
    assert 0.0 <= report["outcome_ratio"] <= 1.0
    assert all(1 <= number <= last_line for number in _line_numbers(report))


@PROPERTIES
@given(st.binary(max_size=400), st.sampled_from([".md", ".txt", ".tex", ".json", ".yaml", ""]))
def test_any_bytes_are_read_or_refused(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("bytes") / f"resume{suffix}"
    path.write_bytes(data)
    try:
        document = read(path)
    except UnreadableError as error:
        assert str(error).startswith(f"{path}: ") and "\n" not in str(error)
        return
    assert document.lines and all(line.text == line.text.strip() and line.text for line in document.lines)


def test_mutated_fixtures_never_crash_a_reader(tmp_path):
    """A fixed budget: 20 mutations of each seed file (PDF, DOCX, Markdown, LaTeX, JSON Resume)."""
    assert run(tmp_path, budget=20, seed=0) == []


@pytest.mark.parametrize("path", sorted((FIXTURES / "fuzz").glob("*.*")), ids=lambda p: p.name)
@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_crashes_found_by_fuzzing_stay_fixed(path, engine):
    """Each escaped an exception (or a second one, raised while pdfplumber closed the file) past the reader.
    Now each is read (PDFium repairs more damage than pdfminer) or refused in one line, never a traceback."""
    result = CliRunner().invoke(main, [str(path), "--as-of", "2026-11-01", "--pdf-engine", engine])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 2)
    if result.exit_code == 2:
        assert result.stderr.startswith(f"mlmatch: error: {path}: ") and result.stderr.count("\n") == 1, result.stderr


def test_seed_files_exist():
    assert all(path.exists() for paths in SEEDS.values() for path in paths)
