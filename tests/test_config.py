"""The config file: found from the current folder upward, every key a long option checked as the option
is, the command line over it, one clear error for a bad key or value, --show-config saying where each
value came from."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import POSTINGS, SAMPLES
from mlmatch.cli import main
from mlmatch.config import EXTRA_KEYS, NOT_CONFIGURABLE, find_config, option_keys

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the same parser, as the tomli package mlmatch depends on there
    import tomli as tomllib

SENIOR = str(SAMPLES / "senior-hannah-brooks.pdf")
WEAK = str(Path(__file__).parent / "fixtures" / "hook" / "weak-resume.md")


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def cv(tmp_path, monkeypatch) -> Path:
    """A resume repository as the current folder, with a sub-folder to run from."""
    (tmp_path / "drafts").mkdir()
    monkeypatch.chdir(tmp_path / "drafts")
    return tmp_path


def test_config_keys_are_the_long_options():
    keys = {key for key, _ in option_keys(main)}
    for param in main.params:
        long_names = [o for o in getattr(param, "opts", []) if o.startswith("--")]
        if long_names and param.name not in NOT_CONFIGURABLE:
            assert long_names[0][2:] in keys
    assert {"target", "jd", "min-level", "min-coverage", "format", "fail-on", "lexicon", "as-of"} <= keys
    assert not keys & {"show-text", "show-config", "resume", "help", "version"}


def test_found_from_the_current_folder_upward(cv):
    (cv / ".mlmatch.toml").write_text('target = "staff"\n')
    found = find_config()
    assert found is not None and found.path == cv / ".mlmatch.toml"
    data = json.loads(run(SENIOR, "--format", "json", "--as-of", "2026-11-01").output)
    assert data["target"]["level"] == "staff"


def test_pyproject_tool_table_and_the_nearest_file_wins(cv):
    (cv / "pyproject.toml").write_text('[project]\nname = "cv"\n\n[tool.mlmatch]\ntarget = "mid"\n')
    assert json.loads(run(SENIOR, "--format", "json", "--as-of", "2026-11-01").output)["target"]["level"] == "mid"
    (cv / "drafts" / "pyproject.toml").write_text('[project]\nname = "drafts"\n')  # no [tool.mlmatch]: passed over
    assert find_config().path == cv / "pyproject.toml"
    (cv / ".mlmatch.toml").write_text('target = "principal"\n')  # beside the pyproject.toml: first
    assert find_config().path == cv / ".mlmatch.toml"
    (cv / "drafts" / ".mlmatch.toml").write_text('target = "junior"\n')  # nearer: wins
    assert json.loads(run(SENIOR, "--format", "json", "--as-of", "2026-11-01").output)["target"]["level"] == "junior"


def test_the_command_line_overrides_the_file(cv):
    (cv / ".mlmatch.toml").write_text('target = "staff"\nformat = "json"\nas-of = 2026-11-01\n')
    data = json.loads(run(SENIOR, "--target", "mid").output)
    assert data["target"]["level"] == "mid" and data["as_of"]["date"] == "2026-11-01"
    assert "reads as SENIOR" in run(SENIOR, "--format", "text").output.splitlines()[0]  # not the file's json


@pytest.mark.parametrize(
    "content, args", [('target = "guru"\n', ["--target", "senior"]), ('format = "html"\n', ["--format", "lint"]), ("min-coverage = 7\n", ["--min-coverage", "0.5", "--target", "mid"])]
)
def test_a_bad_value_is_refused_even_where_the_command_line_overrides_it(cv, content, args):
    (cv / ".mlmatch.toml").write_text(content)
    result = run(SENIOR, *args)
    assert (result.exit_code, result.stderr.startswith(f"mlmatch: error: {cv / '.mlmatch.toml'}: {content.split()[0]}: ")) == (2, True)


def test_output_on_the_command_line_picks_its_format_before_the_files(cv):
    (cv / ".mlmatch.toml").write_text('format = "markdown"\nas-of = 2026-11-01\n')
    assert run(SENIOR).output.startswith("# mlmatch report")
    result = run(SENIOR, "-o", str(cv / "report.json"))
    assert result.exit_code == 0 and json.loads((cv / "report.json").read_text())["schema"] == "mlmatch.report/1"


def test_paths_in_the_file_are_relative_to_it(cv):
    (cv / "postings").mkdir()
    (cv / "postings" / "role.txt").write_text("Senior ML Engineer\n\nRequirements\n- 5+ years of Python and PyTorch\n- Kubernetes\n")
    (cv / ".mlmatch.toml").write_text('jd = "postings/role.txt"\nas-of = 2026-11-01\nformat = "json"\n')
    data = json.loads(run(SENIOR).output)
    assert data["jd"]["file"] == str(cv / "postings" / "role.txt")


def test_thresholds_and_fail_on_from_the_file_set_the_exit_code(cv):
    (cv / ".mlmatch.toml").write_text('min-level = "staff"\nas-of = 2026-11-01\n')
    result = run(SENIOR)
    assert result.exit_code == 1 and "below the required staff" in result.stderr
    (cv / ".mlmatch.toml").write_text('fail-on = "warning"\nas-of = 2026-11-01\n')
    result = run(WEAK)
    assert result.exit_code == 1 and "finding(s) at --fail-on warning or worse (MM102, MM103, MM104)" in result.stderr
    assert run(WEAK, "--fail-on", "error").exit_code == 0


@pytest.mark.parametrize(
    "content, message",
    [
        ('targte = "senior"\n', "targte: unknown key (did you mean 'target'?)"),
        ('target = "wizard"\n', "target: 'wizard' is not one of 'junior', 'mid', 'senior', 'staff', 'principal'"),
        ("min-coverage = 7\n", "min-coverage: must be a share between 0 and 1 (e.g. 0.6)"),
        ('min-coverage = "lots"\n', 'min-coverage: must be a number, not "lots"'),
        ("max-pages = 2.5\n", "max-pages: must be a whole number, not 2.5"),
        ("max-pages = true\n", "max-pages: must be a whole number, not true"),
        ('explain = "yes"\n', 'explain: must be true or false, not "yes"'),
        ('lexicon = "extra.toml"\n', "lexicon: must be a list"),
        ('lexicon = ["missing.toml"]\n', "lexicon: File"),
        ('as-of = "yesterday"\n', "as-of: must be a date like 2024-03-15, or a month like 2024-03"),
        ('fail-on = "sometimes"\n', "fail-on: 'sometimes' is not one of 'error', 'warning', 'never'"),
        ('ignore = ["E501"]\n', "ignore: 'E501' is not a mlmatch code or the start of one"),
        ('ignore = "MM101"\n', "ignore: must be a list of strings"),
        ('allow = [{code = "MM101"}]\n', "allow: each entry has a code and a non-empty text"),
        ('allow = [{code = "MM999", text = "x"}]\n', "allow: 'MM999' is not a mlmatch code"),
        ('severity = {MM101 = "fatal"}\n', 'severity: MM101 must be one of error, warning, note, not "fatal"'),
        ('target = "senior"\ntarget = "mid"\n', "not valid TOML"),
    ],
)
def test_a_bad_key_or_value_is_one_line_naming_the_file_and_the_key(cv, content, message):
    (cv / ".mlmatch.toml").write_text(content)
    result = run(SENIOR)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"mlmatch: error: {cv / '.mlmatch.toml'}: ")
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_a_bad_value_in_pyproject_names_the_table(cv):
    (cv / "pyproject.toml").write_text('[tool.mlmatch]\nmin-level = "guru"\n')
    result = run(SENIOR)
    assert result.exit_code == 2 and f"{cv / 'pyproject.toml'} [tool.mlmatch]: min-level: 'guru' is not one of" in result.stderr


def test_show_config_says_where_each_value_came_from(cv):
    (cv / "pyproject.toml").write_text('[tool.mlmatch]\ntarget = "staff"\nmin-outcome-ratio = 0.5\nignore = ["MM2"]\nseverity = {MM101 = "error"}\nallow = [{code = "MM103", text = "5 million"}]\n')
    result = run("--show-config", "--target", "senior", "--max-pages", "3")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    origin = f"{cv / 'pyproject.toml'} [tool.mlmatch]"
    assert lines[0] == f"# mlmatch settings: the command line, over {origin}, over the defaults"
    assert 'target = "senior"  # command line' in lines
    assert "max-pages = 3  # command line" in lines
    assert f"min-outcome-ratio = 0.5  # {origin}" in lines
    assert f'ignore = ["MM2"]  # {origin}' in lines
    assert f'severity = {{MM101 = "error"}}  # {origin}' in lines
    assert f'allow = [{{code = "MM103", text = "5 million"}}]  # {origin}' in lines
    assert 'pdf-engine = "pdfium"  # default' in lines and "# jd = (not set)" in lines
    shown = tomllib.loads(result.output)  # the output is itself a valid config
    assert shown["target"] == "senior" and shown["severity"] == {"MM101": "error"}
    assert set(shown) <= {key for key, _ in option_keys(main)} | set(EXTRA_KEYS)


def test_show_config_and_config_errors_do_not_import_spacy(cv):
    (cv / ".mlmatch.toml").write_text('target = "senior"\n')
    code = (
        "import sys\nfrom mlmatch.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit as e:\n    print('exit', int(e.code))\n"
        "assert 'spacy' not in sys.modules and 'pdfplumber' not in sys.modules, sorted(m for m in sys.modules if 'spacy' in m)[:3]"
    )
    shown = subprocess.run([sys.executable, "-c", code, "--show-config"], capture_output=True, text=True, cwd=cv)
    assert shown.returncode == 0, shown.stderr
    assert 'target = "senior"' in shown.stdout and "exit 0" in shown.stdout
    (cv / ".mlmatch.toml").write_text('target = "guru"\n')
    refused = subprocess.run([sys.executable, "-c", code, SENIOR], capture_output=True, text=True, cwd=cv)
    assert refused.returncode == 0, refused.stderr
    assert "exit 2" in refused.stdout and "target: 'guru' is not one of" in refused.stderr


def test_no_path_without_show_config_is_a_usage_error(cv):
    result = run("--target", "senior")
    assert result.exit_code == 2 and "Missing argument 'PATH...'" in result.stderr


def _ignoring(cv, *concepts: str) -> None:
    (cv / ".mlmatch.toml").write_text(f'ignore-concepts = {json.dumps(list(concepts))}\nas-of = 2026-11-01\ntarget = "senior"\n')


def test_an_ignored_concept_is_not_in_the_text_reports_missing_list(cv):
    _ignoring(cv, "mentoring")
    assert "add Mentoring [senior]" not in run(WEAK).output


def test_the_text_report_says_which_concepts_it_left_out(cv):
    _ignoring(cv, "mentoring")
    assert "  not listed, as ignore-concepts asks: Mentoring (the coverage still counts them)" in run(WEAK).output.splitlines()


def test_an_ignored_concept_is_not_in_the_json_missing_list_and_is_named_as_ignored(cv):
    _ignoring(cv, "mentoring")
    target = json.loads(run(WEAK, "--format", "json").output)["target"]
    assert ("mentoring" in [m["id"] for m in target["missing"]], target["ignored"]) == (False, ["mentoring"])


def test_an_ignored_concept_is_not_in_the_markdown_missing_list(cv):
    _ignoring(cv, "mentoring")
    assert "- missing: Mentoring" not in run(WEAK, "--format", "markdown").output


def test_the_missing_list_is_still_filled_to_ten_when_concepts_are_ignored(cv):
    _ignoring(cv, "mentoring", "model-optimization")
    ids = [m["id"] for m in json.loads(run(WEAK, "--format", "json").output)["target"]["missing"]]
    assert (len(ids), {"mentoring", "model-optimization"} & set(ids)) == (10, set())


def test_an_ignored_concept_is_not_missing_from_the_posting_either(cv):
    _ignoring(cv, "kubernetes")
    jd = json.loads(run(WEAK, "--format", "json", "--jd", str(POSTINGS / "staff-ml-platform.md")).output)["jd"]
    assert ("kubernetes" in [r["id"] for r in jd["missing"]], jd["ignored"]) == (False, ["kubernetes"])


def test_an_ignored_concept_is_not_in_a_batch_rows_missing_column(cv):
    _ignoring(cv, "mentoring")
    assert "Mentoring" not in run(WEAK, "--format", "csv").output
