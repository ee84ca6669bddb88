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


def test_every_config_key_is_in_the_readme():
    from mlmatch.config import EXTRA_KEYS, option_keys

    section = README[README.index("### Settings: `.mlmatch.toml` or `[tool.mlmatch]`") : README.index("### Findings")]
    for key in [key for key, _ in option_keys(main)] + list(EXTRA_KEYS):
        assert f"`{key}`" in section, key


def test_the_hook_manifest_takes_resumes_by_name_and_nothing_else():
    import yaml

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert (hook["id"], hook["language"], hook["pass_filenames"], hook["entry"]) == ("mlmatch", "python", True, "mlmatch --format lint")
    files = re.compile(hook["files"])
    for name in ("resume.md", "cv/Resume-2026.pdf", "Ana_Ruiz_CV.docx", "my-résumé.tex", "lebenslauf.yaml", "curriculum-vitae.json", "resume.txt", "cv.md", "CV_2026.pdf", "JaneDoeResume.pdf"):
        assert files.search(name), name
    not_resumes = ("README.md", ".github/workflows/ci.yml", "resume.png", "notes/cover-letter.md", "cv/photo.jpg", "pyproject.toml")
    for name in not_resumes + ("opencv-notes.md", "OpenCV.md", "cvpr-reading-list.md", "CVPR2026.md", "docs/cvat-setup.md"):
        assert not files.search(name), name


def test_the_readmes_suppression_example_silences_what_it_says_and_nothing_is_left_unused(tmp_path):
    from click.testing import CliRunner

    example = re.search(r"### Suppressions\n\nIn a text source, a comment silences findings on its line:\n\n```markdown\n(.*?)\n```", README, re.S).group(1)
    (tmp_path / "cv.md").write_text("# Ana Ruiz\n\n## Experience\n\nML Engineer, Acme | Jan 2020 – Present\n\n" + example + "\n")
    output = CliRunner().invoke(main, [str(tmp_path / "cv.md"), "--format", "lint", "--target", "senior", "--as-of", "2026-11-01"]).output
    assert {line.split(": ")[1].split()[0] for line in output.splitlines()} <= {"MM301"}  # only the level, which no comment names


def test_the_readme_pins_no_release_tag_that_does_not_exist():
    """No tag is made yet: the hook's rev and the workflow's pip install ask for a commit SHA or a tag, and say so."""
    pins = re.findall(r"rev: (.+?)\s+#|mlmatch@([^\"]+)\"", README)
    assert pins == [("<a commit SHA or release tag>", ""), ("", "<a commit SHA or release tag>")]
