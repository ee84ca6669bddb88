"""The mlmatch command through click's CliRunner: formats, output file, thresholds, errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from conftest import FIXTURES, POSTINGS, SAMPLES
from mlmatch.cli import main

SENIOR = str(SAMPLES / "senior-hannah-brooks.pdf")
AS_OF = ["--as-of", "2026-11-01"]


def run(*args: str):
    return CliRunner().invoke(main, [*args, *AS_OF], catch_exceptions=False)


def test_text_report_fits_one_screen():
    result = run(SENIOR, "--target", "senior")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert "reads as SENIOR" in lines[0]
    assert any(line.startswith("Target senior:") for line in lines)
    assert any(line.strip().startswith("add ") for line in lines)
    assert any(":p1:" in line or "senior-hannah-brooks.pdf:" in line for line in lines if "hint" not in line)
    assert len(lines) <= 45
    assert "\x1b[" not in result.output  # no colour when not on a terminal


def test_json_report_follows_the_contract():
    result = run(SENIOR, "--target", "staff", "--jd", str(POSTINGS / "senior-ml-engineer-ranking.txt"), "--format", "json")
    data = json.loads(result.output)
    assert data["schema"] == "mlmatch.report/1"
    assert set(data) >= {"file", "apparent_level", "experience", "skills", "target", "jd", "bullets", "outcome_ratio", "warnings"}
    assert set(data["apparent_level"]) >= {"level", "confidence", "scores", "evidence"}
    assert set(data["experience"]) >= {"years", "roles"}
    skill = data["skills"][0]
    assert set(skill) >= {"id", "name", "level", "category", "matches"}
    assert set(skill["matches"][0]) >= {"text", "line", "page", "section", "kind", "score"}
    assert set(data["target"]) >= {"level", "coverage", "matched", "missing"}
    assert set(data["target"]["missing"][0]) >= {"id", "name", "level", "reason"}
    assert set(data["jd"]) >= {"level", "match_rate", "matched", "missing"}
    assert set(data["bullets"][0]) >= {"line", "text", "verdict", "reasons", "hint"}


def test_markdown_report_escapes_resume_text(tmp_path):
    resume = tmp_path / "evil.txt"
    resume.write_text("X\n\nExperience\nML Engineer, Acme | 2020 – 2022\n- Built <script>alert(1)</script> [link](http://x) with PyTorch\n")
    result = run(str(resume), "--format", "markdown")
    assert result.exit_code == 0
    assert "<script>" not in result.output and "\\<script\\>" in result.output


def test_output_file_is_written_whole(tmp_path):
    target = tmp_path / "report.json"
    target.write_text("old")
    result = run(SENIOR, "--format", "json", "-o", str(target))
    assert result.exit_code == 0 and result.output == ""
    assert json.loads(target.read_text())["schema"] == "mlmatch.report/1"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temporary file left behind


@pytest.mark.parametrize(
    "args, failing",
    [
        (["--min-level", "staff"], "reads as senior, below the required staff"),
        (["--target", "senior", "--min-coverage", "0.99"], "senior coverage"),
        (["--min-outcome-ratio", "0.95"], "outcome ratio"),
        (["--jd", str(POSTINGS / "staff-ml-platform.md"), "--min-match-rate", "0.99"], "posting match rate"),
    ],
)
def test_unmet_threshold_exits_1(args, failing):
    result = CliRunner().invoke(main, [SENIOR, *args, *AS_OF])
    assert result.exit_code == 1
    assert failing in result.stderr
    assert "reads as" in result.stdout


def test_met_thresholds_exit_0():
    result = run(SENIOR, "--min-level", "mid", "--target", "senior", "--min-coverage", "0.1", "--min-outcome-ratio", "0.3")
    assert result.exit_code == 0


@pytest.mark.parametrize(
    "args, message",
    [
        ([str(FIXTURES / "image-only.pdf")], "no text layer"),
        ([str(FIXTURES / "encrypted.pdf")], "encrypted"),
        ([str(FIXTURES / "truncated.pdf")], "damaged or truncated"),
        ([str(FIXTURES / "garbled.pdf")], "garbled"),
        (["does-not-exist.pdf"], "no such file"),
        ([SENIOR, "--jd", "missing-posting.txt"], "no such file"),
        ([SENIOR, "--max-size", "0.001"], "over the"),
    ],
)
def test_unreadable_input_is_one_line_and_exit_2(args, message):
    result = CliRunner().invoke(main, [*args, *AS_OF])
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert isinstance(result.exception, SystemExit)  # a clean exit, not an escaped exception


@pytest.mark.parametrize(
    "args, message",
    [
        ([SENIOR, "--target", "wizard"], "Invalid value for '--target'"),
        ([SENIOR, "--min-coverage", "0.5"], "--min-coverage needs --target"),
        ([SENIOR, "--min-match-rate", "0.5"], "--min-match-rate needs --jd"),
        ([SENIOR, "--min-outcome-ratio", "7"], "between 0 and 1"),
        ([SENIOR, "--as-of", "yesterday"], "must be a date"),
        ([SENIOR, "--format", "pdf"], "Invalid value for '--format'"),
        ([SENIOR, "--bogus"], "No such option '--bogus'"),
        ([], "Missing argument 'PATH...'"),
        ([SENIOR, "-o", "report.html"], "writes no .html report"),
        ([SENIOR, "-o", ""], "-o needs a file name"),
    ],
)
def test_bad_options_exit_2_with_one_line(args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a refused -o must write nothing, here or anywhere
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert result.stderr.startswith("mlmatch: error: ") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert not list(tmp_path.iterdir())


def test_bad_lexicon_is_one_line(tmp_path):
    bad = tmp_path / "extra.toml"
    bad.write_text('[[concept]]\nid = "x"\nname = "X"\nlevel = "wizard"\ncategory = "data"\naliases = ["x"]\n')
    result = CliRunner().invoke(main, [SENIOR, "--lexicon", str(bad)])
    assert result.exit_code == 2 and "extra.toml" in result.stderr and "wizard" in result.stderr


def test_extra_lexicon_reaches_the_report(tmp_path):
    extra = tmp_path / "company.toml"
    extra.write_text('[[concept]]\nid = "model-serving"\nname = "Serving (house stack)"\nlevel = "staff"\ncategory = "mlops"\naliases = ["triton", "house serve"]\n')
    data = json.loads(run(SENIOR, "--lexicon", str(extra), "--format", "json").output)
    serving = next(s for s in data["skills"] if s["id"] == "model-serving")
    assert (serving["name"], serving["level"]) == ("Serving (house stack)", "staff")


def test_show_text_prints_the_document_as_read():
    result = CliRunner().invoke(main, [str(FIXTURES / "layouts" / "latex-sidebar.pdf"), "--show-text"])
    assert result.exit_code == 0
    rows = result.output.splitlines()
    assert rows[0].endswith("pdf, 1 page(s), 31 lines")
    assert "p1      6   1 skills        # SKILLS" in rows
    assert any(row.startswith("p1     21   2 experience    • Led the redesign") for row in rows)


def test_show_text_shows_each_line_as_itself_where_lines_share_a_source_line(tmp_path):
    resume = tmp_path / "cv.json"  # a JSON Resume on one line: every line of the document is line 1
    resume.write_text(
        '{"basics": {"name": "Ana Ruiz"}, "work": [{"name": "Acme", "position": "ML Engineer", "startDate": "2020-01-01", "highlights": ["Cut latency by 40%."]}], '
        '"skills": [{"name": "ML", "keywords": ["PyTorch"]}]}\n'
    )
    rows = [row.split(None, 3)[3] for row in CliRunner().invoke(main, [str(resume), "--show-text"]).output.splitlines()[2:]]
    assert rows == [
        "header          Ana Ruiz",
        "experience    # Experience",
        "experience      ML Engineer | Acme | Jan 2020 – Present",
        "experience    • Cut latency by 40%.",
        "skills        # Skills",
        "skills          ML: PyTorch",
    ]


def test_partly_garbled_pdf_reports_with_a_warning():
    result = CliRunner().invoke(main, [str(FIXTURES / "partly-garbled.pdf"), "--format", "json"])
    assert result.exit_code == 0
    assert any("could not be decoded" in w for w in json.loads(result.output)["warnings"])


def test_help_and_version_do_not_import_spacy():
    code = "import sys; from mlmatch.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\nassert 'spacy' not in sys.modules and 'pdfplumber' not in sys.modules"
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr
    assert "--target" in completed.stdout
    version = subprocess.run([sys.executable, "-m", "mlmatch", "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.startswith("mlmatch, version ")


def test_colour_on_a_terminal_only(tmp_path):
    """Through a real pseudo-terminal the report is coloured; piped (above) it is not."""
    import os
    import pty

    leader, follower = pty.openpty()
    completed = subprocess.run([sys.executable, "-m", "mlmatch", SENIOR, *AS_OF], stdout=follower, stderr=subprocess.PIPE, timeout=120)
    os.close(follower)
    output = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    os.close(leader)
    assert completed.returncode == 0, completed.stderr
    assert b"\x1b[" in output and b"reads as" in output


def test_markdown_report_carries_the_ladder_and_pay_bands():
    result = run(SENIOR, "--target", "staff", "--format", "markdown")
    assert "- **Staff ML Engineer / ML Architect** (8–12 years)" in result.output
    assert "  - pay, US (Bay Area / New York): $400,000-$700,000+ TC (Staff+) (seed 001)" in result.output


def test_pdf_engine_option_reads_the_same_text_with_either_engine():
    shown = {engine: run(SENIOR, "--show-text", "--pdf-engine", engine) for engine in ("pdfium", "pdfplumber")}
    assert shown["pdfium"].exit_code == shown["pdfplumber"].exit_code == 0
    assert shown["pdfium"].output == shown["pdfplumber"].output and "Hannah Brooks" in shown["pdfium"].output
    refused = CliRunner().invoke(main, [SENIOR, "--pdf-engine", "pymupdf"])
    assert refused.exit_code == 2 and "pymupdf" in refused.output


def test_pdf_engine_option_offers_the_readers_engines_and_their_default():
    from mlmatch import Options
    from mlmatch.readers.pdf_content import DEFAULT_ENGINE, ENGINES

    option = next(p for p in main.params if p.name == "pdf_engine")
    assert set(option.type.choices) == set(ENGINES)
    assert option.default == DEFAULT_ENGINE == Options().pdf_engine


@pytest.mark.parametrize("given, meant", [("2024-03", "2024-03-01"), ("2024-03-15", "2024-03-15")])
def test_as_of_takes_a_day_or_a_month(given, meant):
    result = CliRunner().invoke(main, [SENIOR, "--format", "json", "--as-of", given])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["as_of"] == {"date": meant, "source": "--as-of", "detail": "as given with --as-of"}
