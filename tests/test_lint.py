"""The findings formats through the command: lint lines, GitHub workflow commands escaped as the runner
reads them, SARIF valid against the official 2.1.0 schema; one file or many; --fail-on and the exit code."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import FIXTURES, POSTINGS, SAMPLES
from mlmatch.cli import main
from mlmatch.render.github import escape_data, escape_property, render_github
from mlmatch.rules import Finding, Severity

HOOK = FIXTURES / "hook"
WEAK = str(HOOK / "weak-resume.md")
STRONG = str(HOOK / "strong-resume.md")
AS_OF = ["--as-of", "2026-11-01"]
# The official schema, as published by the OASIS SARIF TC (github.com/oasis-tcs/sarif-spec,
# sarif-2.1/schema/sarif-schema-2.1.0.json, errata 01), under the OASIS IPR policy; checked in so the
# test needs no network.
SARIF_SCHEMA = Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json"


def run(*args: str):
    return CliRunner().invoke(main, [*args, *AS_OF])


def test_lint_prints_path_line_col_code_message():
    result = run(WEAK, "--format", "lint")
    lines = result.stdout.splitlines()
    assert (
        f"{WEAK}:9:3: MM102 bullet states a duty, not an outcome (duty phrasing: responsible for): "
        "Say what changed because of your work, and by how much (e.g. 'cut serving latency 35%', 'lifted CTR 4%')."
    ) in lines
    assert all(line.startswith(f"{WEAK}:") for line in lines)
    assert result.exit_code == 0  # warnings only, and --fail-on error by default


def test_lint_is_silent_when_all_is_well():
    result = run(STRONG, "--format", "lint")
    assert result.exit_code == 0 and result.output == "" and result.stderr == ""


@pytest.mark.parametrize("fail_on, code", [("error", 0), ("warning", 1), ("never", 0)])
def test_fail_on_sets_the_exit_code(fail_on, code):
    assert run(WEAK, "--format", "lint", "--fail-on", fail_on).exit_code == code


def test_notes_fail_no_run_but_a_severity_raised_in_config_does(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run(STRONG, "--format", "lint", "--target", "staff", "--fail-on", "warning").exit_code == 1  # MM301: reads below staff
    assert run(STRONG, "--format", "lint", "--target", "senior", "--fail-on", "warning").exit_code == 0  # MM201 notes only
    (tmp_path / ".mlmatch.toml").write_text('severity = {MM201 = "error"}\n')
    result = run(STRONG, "--format", "lint", "--target", "senior")
    assert result.exit_code == 1 and ": MM201 missing " in result.output


def test_a_threshold_fails_whatever_fail_on_says():
    result = run(WEAK, "--format", "lint", "--min-outcome-ratio", "0.5", "--fail-on", "never")
    assert result.exit_code == 1
    assert f"{WEAK}:1:1: MM304 outcome ratio 0% is below 50% (--min-outcome-ratio)" in result.stdout.splitlines()


def test_many_files_in_one_call_sorted_by_file_and_an_unreadable_one_is_exit_2(tmp_path):
    broken = tmp_path / "broken-resume.pdf"
    broken.write_bytes(b"%PDF-1.7\n garbage")
    result = run(WEAK, STRONG, str(broken), "--format", "lint", "--min-level", "senior")
    assert result.exit_code == 2
    files = [line.split(":")[0] for line in result.stdout.splitlines()]
    assert files == sorted(files) and set(files) == {WEAK}  # the strong one has nothing to say
    assert f"mlmatch: error: {broken}: " in result.stderr and len(result.stderr.splitlines()) == 1


def test_a_folder_through_the_worker_pool_gives_the_same_findings(tmp_path):
    for name in ("weak-resume.md", "strong-resume.md"):
        shutil.copy(HOOK / name, tmp_path / name)
    in_process = run(str(tmp_path), "--format", "lint", "--target", "senior")
    pooled = run(str(tmp_path), "--format", "lint", "--target", "senior", "--jobs", "1")  # --jobs: the worker pool
    assert in_process.exit_code == pooled.exit_code == 0
    assert in_process.output == pooled.output and ": MM102 " in pooled.output


def test_github_commands_carry_file_line_col_and_title():
    result = run(WEAK, "--format", "github", "--target", "senior", "--min-level", "senior")
    lines = result.stdout.splitlines()
    assert f"::warning file={WEAK},line=9,col=3,title=MM102 duty-phrasing::bullet states a duty" in "\n".join(lines)
    assert f"::error file={WEAK},title=MM302 below-min-level::reads as mid, below the required senior (--min-level)" in lines
    assert any(line.startswith(f"::notice file={WEAK},title=MM201 missing-target-concept::missing senior concept: ") for line in lines)
    assert result.exit_code == 1


def test_github_escaping_keeps_hostile_text_inside_one_command():
    assert escape_data("50% \r\n::error::x") == "50%25 %0D%0A::error::x"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    finding = Finding("cv, final:v2.md", "MM101", Severity.WARNING, "said\n::error file=x::owned", 3, 1)
    out = render_github([finding])
    assert out == "::warning file=cv%2C final%3Av2.md,line=3,col=1,title=MM101 no-outcome::said%0A::error file=x::owned\n"
    assert out.count("\n") == 1


def _validate(log: dict) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema)
    errors = sorted(validator.iter_errors(log), key=str)
    assert not errors, errors[0]


def test_sarif_is_valid_and_carries_rules_levels_and_regions(tmp_path):
    out = tmp_path / "mlmatch.sarif"
    result = run(WEAK, str(HOOK / "two-page-resume.pdf"), "--target", "senior", "--jd", str(POSTINGS / "staff-ml-platform.md"), "--min-level", "staff", "-o", str(out))
    assert result.exit_code == 1 and result.output == ""  # the format from the extension; -o written atomically
    log = json.loads(out.read_text())
    _validate(log)
    run_ = log["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert run_["tool"]["driver"]["name"] == "mlmatch"
    assert {r["id"] for r in rules} >= {"MM101", "MM201", "MM302"} and all(r["defaultConfiguration"]["level"] in ("error", "warning", "note") for r in rules)
    results = run_["results"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    duty = next(r for r in results if r["ruleId"] == "MM102" and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("weak-resume.md"))
    assert duty["level"] == "warning" and duty["locations"][0]["physicalLocation"]["region"] == {"startLine": 9, "startColumn": 3}
    on_page_two = next(r for r in results if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("two-page-resume.pdf") and r["ruleId"] == "MM102")
    assert on_page_two["properties"] == {"page": 2, "pageLine": 3} and on_page_two["locations"][0]["physicalLocation"]["region"]["startLine"] == 9
    whole = next(r for r in results if r["ruleId"] == "MM302")
    assert whole["level"] == "error" and "region" not in whole["locations"][0]["physicalLocation"]
    assert run_["invocations"] == [{"executionSuccessful": True}]


def test_sarif_of_an_unreadable_file_is_valid_and_says_the_run_failed(tmp_path):
    empty = tmp_path / "empty-resume.md"
    empty.write_text("")
    result = run(str(empty), "--format", "sarif")
    assert result.exit_code == 2
    log = json.loads(result.stdout)
    _validate(log)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["message"]["text"] == "the file is empty"
    assert log["runs"][0]["results"] == []


def test_sarif_uri_of_a_relative_path_stays_relative(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(HOOK / "weak-resume.md", tmp_path / "my resume.md")
    log = json.loads(run("my resume.md", "--format", "sarif").output)
    _validate(log)
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]} == {"my%20resume.md"}


def test_findings_formats_refuse_resume_and_show_text_still_works():
    assert "--resume is for a batch table" in CliRunner().invoke(main, [WEAK, "--format", "lint", "--resume", "-o", "x.txt"]).stderr
    shown = run(WEAK, "--format", "lint", "--show-text")
    assert shown.exit_code == 0 and "• Responsible for the demand forecasting models." in shown.output


def test_samples_have_findings_in_every_format():
    for sample in sorted(SAMPLES.glob("*.md"))[:2]:
        for fmt in ("lint", "github", "sarif"):
            assert run(str(sample), "--format", fmt).exit_code == 0


def _places(output: str) -> list[str]:
    """'9:3 MM102' for each 'path:9:3: MM102 ...' line."""
    return [line.split(": ", 1)[0].split(":", 1)[1] + " " + line.split(": ", 2)[1].split()[0] for line in output.splitlines()]


def test_findings_of_standard_input_point_at_the_same_columns_as_of_the_file():
    by_name = run(WEAK, "--format", "lint").output
    piped = CliRunner().invoke(main, ["-", "--format", "lint", *AS_OF], input=Path(WEAK).read_bytes()).output
    assert _places(piped) == _places(by_name)


def test_a_suppression_comment_in_standard_input_silences_its_line(tmp_path):
    text = Path(WEAK).read_text().replace("- Responsible for the demand forecasting models.", "- Responsible for the demand forecasting models. <!-- mlmatch: ignore MM102 -->")
    piped = CliRunner().invoke(main, ["-", "--format", "lint", *AS_OF], input=text.encode()).output
    assert "MM102 bullet states a duty, not an outcome (duty phrasing: responsible for)" not in piped
