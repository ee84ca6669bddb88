"""Option values the command refuses or reads specially, each through the real command: reading limits
that are not finite or beyond their bounds, `-o -`, an empty path, a posting that names nothing."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from conftest import SAMPLES
from mlmatch.cli import main

RESUME = str(SAMPLES / "senior-hannah-brooks.md")
AS_OF = ["--as-of", "2026-11-01"]


def invoke(*args: str):
    return CliRunner().invoke(main, [*args, *AS_OF])


def _one_error_line(result) -> tuple[int, int, bool]:
    return result.exit_code, len(result.stderr.splitlines()), result.stderr.startswith("mlmatch: error: ")


@pytest.mark.parametrize("option, value", [("--max-size", "nan"), ("--max-size", "inf"), ("--max-size", "1e309"), ("--timeout", "nan"), ("--timeout", "inf"), ("--timeout", "1e10")])
def test_a_reading_limit_that_is_not_finite_or_beyond_its_bound_is_one_usage_line(option, value):
    assert _one_error_line(invoke(RESUME, option, value)) == (2, 1, True)


@pytest.mark.parametrize("key, value", [("max-size", "inf"), ("max-size", "nan"), ("timeout", "1e12"), ("timeout", "inf")])
def test_a_reading_limit_out_of_bounds_in_the_config_is_one_line_naming_the_key(key, value, tmp_path, monkeypatch):
    (tmp_path / ".mlmatch.toml").write_text(f"{key} = {value}\n")
    monkeypatch.chdir(tmp_path)
    result = invoke(RESUME)
    assert (result.exit_code, f".mlmatch.toml: {key}: must be a number from" in result.stderr) == (2, True)


def test_show_config_refuses_a_limit_that_is_not_a_number():
    assert invoke("--show-config", "--max-size", "nan").exit_code == 2


def test_output_dash_is_standard_output_and_writes_no_file_named_dash(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke(RESUME, "--format", "json", "-o", "-")
    assert (result.output.startswith('{\n  "schema"'), (tmp_path / "-").exists()) == (True, False)


def test_output_dash_for_a_batch_prints_the_rows(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke(RESUME, str(SAMPLES / "junior-ana-okafor.md"), "--format", "csv", "-o", "-")
    assert (result.output.startswith("file,level,"), (tmp_path / "-").exists()) == (True, False)


@pytest.mark.parametrize("args", [[""], [RESUME, ""], [RESUME, "--jd", ""]])
def test_an_empty_path_is_a_usage_error(args, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # "" must not become this folder, screened as a batch
    result = invoke(*args)
    assert (*_one_error_line(result), "empty PATH" in result.stderr or "--jd needs a file name" in result.stderr) == (2, 1, True, True)


def test_a_batch_of_one_file_says_file_not_files():
    assert "mlmatch: 1 file: 1 screened" in invoke(RESUME, "--format", "csv").stderr


def test_a_resume_without_bullets_says_there_are_none_to_grade(tmp_path):
    (tmp_path / "cv.md").write_text("# Ana Ruiz\n\n## Skills\n\nPython, PyTorch\n")
    assert "Bullets: none to grade: no bullet or sentence" in invoke(str(tmp_path / "cv.md")).output


def test_a_markdown_report_without_bullets_says_there_are_none_to_grade(tmp_path):
    (tmp_path / "cv.md").write_text("# Ana Ruiz\n\n## Skills\n\nPython, PyTorch\n")
    assert "## Bullets\n\nNone to grade: no bullet or sentence" in invoke(str(tmp_path / "cv.md"), "--format", "markdown").output


def test_an_unknown_option_is_offered_only_an_option_it_nearly_spells():
    far, near = invoke(RESUME, "--bogus"), invoke(RESUME, "--targte", "senior")
    assert ("Did you mean" in far.stderr, "Did you mean '--target'?" in near.stderr) == (False, True)


@pytest.fixture
def empty_posting(tmp_path) -> str:
    (tmp_path / "posting.txt").write_text("We want a rockstar ninja.\n")
    return str(tmp_path / "posting.txt")


def test_a_posting_that_names_no_known_concept_says_so_in_the_text_report(empty_posting):
    assert "Posting 'We want a rockstar ninja.': no match rate: it names no skill or concept mlmatch knows" in invoke(RESUME, "--jd", empty_posting).output


def test_a_posting_that_names_no_known_concept_is_a_report_warning(empty_posting):
    import json

    warnings = json.loads(invoke(RESUME, "--jd", empty_posting, "--format", "json").output)["warnings"]
    assert any("names no skill or concept mlmatch knows" in warning for warning in warnings)


def test_a_posting_that_names_no_known_concept_is_finding_MM204(empty_posting):
    assert ":1:1: MM204 the job posting " in invoke(RESUME, "--jd", empty_posting, "--format", "lint").output


@pytest.mark.parametrize("extra", [[], ["--format", "lint"], [str(SAMPLES / "junior-ana-okafor.md"), "--format", "csv"]])
def test_min_match_rate_against_a_posting_that_names_no_known_concept_is_refused(empty_posting, extra):
    result = invoke(RESUME, *extra, "--jd", empty_posting, "--min-match-rate", "0.5")
    assert (*_one_error_line(result), "--min-match-rate 0.5 cannot be checked" in result.stderr) == (2, 1, True, True)
