"""Suppressions: comments in a text source (cases in tests/cases/suppressions.toml), and the config's
allow-list, ignored codes and concepts for files that carry no comments."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from conftest import FIXTURES, cases
from mlmatch.cli import main

CASES = cases("suppressions.toml")
AS_OF = ["--as-of", "2026-11-01"]
TWO_PAGES = str(FIXTURES / "hook" / "two-page-resume.pdf")


def _left(output: str) -> list[str]:
    return [f"{m.group(1)}:{m.group(2)}" for m in re.finditer(r"^[^\n]*?:(\d+):\d+: (MM\d{3}) ", output, re.M)]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_suppression_case(case, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / case["file"]).write_text(case["text"], encoding="utf-8")
    result = CliRunner().invoke(main, [case["file"], "--format", "lint", *case.get("args", []), *AS_OF])
    assert result.exit_code == 0, result.output
    assert sorted(_left(result.stdout)) == sorted(case["left"]), result.stdout


def test_unused_comment_points_at_itself(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "resume.md").write_text("# Ana\n## Experience\nML Engineer, Acme | 2020 – 2023\n- Cut p99 latency from 240 ms to 85 ms. <!-- mlmatch: ignore MM101 -->\n")
    result = CliRunner().invoke(main, ["resume.md", "--format", "lint", *AS_OF])
    assert result.stdout == "resume.md:4:41: MM001 unused suppression: no MM101 finding on line 4\n"
    (tmp_path / ".mlmatch.toml").write_text('ignore = ["MM001"]\n')
    assert CliRunner().invoke(main, ["resume.md", "--format", "lint", *AS_OF]).stdout == ""


def _lint_pdf(tmp_path, monkeypatch, config: str, *args: str) -> list[str]:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".mlmatch.toml").write_text(config)
    result = CliRunner().invoke(main, [TWO_PAGES, "--format", "lint", *args, *AS_OF])
    assert result.exit_code == 0, result.output
    return _left(result.stdout)


def test_a_pdf_finding_is_allowed_by_code_and_text(tmp_path, monkeypatch):
    assert _lint_pdf(tmp_path, monkeypatch, "") == ["9:MM102", "10:MM102"]
    assert _lint_pdf(tmp_path, monkeypatch, 'allow = [{code = "MM102", text = "THE PRICING models"}]\n') == ["10:MM102"]
    assert _lint_pdf(tmp_path, monkeypatch, 'allow = [{code = "MM101", text = "pricing models"}]\n') == ["9:MM102", "10:MM102"]  # another code


def test_ignored_codes_prefixes_and_concepts(tmp_path, monkeypatch):
    every = _lint_pdf(tmp_path, monkeypatch, "", "--target", "senior")
    assert "1:MM201" in every and "1:MM301" in every
    assert not any(code.endswith(("MM201", "MM301")) for code in _lint_pdf(tmp_path, monkeypatch, 'ignore = ["MM2", "MM301"]\n', "--target", "senior"))
    (tmp_path / ".mlmatch.toml").write_text("")
    result = CliRunner().invoke(main, [TWO_PAGES, "--format", "lint", "--target", "senior", *AS_OF])
    first = re.search(r": MM201 missing \w+ concept: ([\w-]+) ", result.stdout).group(1)
    (tmp_path / ".mlmatch.toml").write_text(f'ignore-concepts = ["{first}"]\n')
    again = CliRunner().invoke(main, [TWO_PAGES, "--format", "lint", "--target", "senior", *AS_OF]).stdout
    assert f"concept: {first} " not in again and again.count(": MM201 ") == result.stdout.count(": MM201 ")  # the list of ten filled from the concepts after it
