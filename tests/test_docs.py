"""The README cannot drift: every option of the command is documented, and its two commands are there."""

from __future__ import annotations

import re

from conftest import ROOT

from mlmatch.cli import main

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_option_is_in_the_readme():
    for param in main.params:
        for option in getattr(param, "opts", []):
            if option.startswith("-"):
                assert f"`{option}" in README or f", {option}" in README, option


def test_readme_opens_with_the_two_commands_and_ci_runs_the_second():
    blocks = re.findall(r"```sh\n(.*?)\n```", README, re.S)
    assert blocks[0].startswith("pip install . && mlmatch samples/")
    assert blocks[1] == "pip install '.[test]' && python -m pytest"
    assert blocks[1] in (ROOT / ".ci" / "run").read_text()
    sample = blocks[0].split()[5]
    assert (ROOT / sample).exists()


def test_every_exit_code_is_documented():
    from mlmatch.errors import ExitCode

    for code in ExitCode:
        assert f"| {int(code)} |" in README
