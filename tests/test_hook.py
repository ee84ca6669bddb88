"""The pre-commit hook, end to end with the real pre-commit: a scratch repository whose
.pre-commit-config.yaml points at this checkout's .pre-commit-hooks.yaml, `pre-commit install`, and real
`git commit`s — a strong resume goes in, a weak one is blocked with its findings on the right lines.

Offline: pre-commit makes the hook's virtualenv and runs `pip install .` of the checkout in it. With no
index (PIP_NO_INDEX) and no build isolation, pip builds mlmatch with the hatchling this interpreter has
and finds mlmatch's dependencies already installed, because PYTHONPATH shows the hook's environment a
view of this interpreter's site-packages without mlmatch itself (so the hook runs the mlmatch pip put in
its environment); PYTHONPATH is read by pip when it installs and by mlmatch when the hook runs.
Everything else is pre-commit's own: the manifest, the clone at a commit, the file filter, the
arguments, the exit code.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT

pre_commit = pytest.importorskip("pre_commit", reason="pre-commit is not installed (pip install '.[test]' installs it)")
if shutil.which("git") is None:
    pytest.skip("git is not installed", allow_module_level=True)

HOOK_FILES = ("src", "lexicon", "pyproject.toml", "README.md", "LICENSE", ".pre-commit-hooks.yaml")
CONFIG = """\
target = "senior"
min-level = "senior"
min-outcome-ratio = 0.6
fail-on = "warning"
as-of = 2026-11-01
"""


def _git(cwd: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A repository with the hook installed; the hook's repository is this checkout as it is now (its
    files committed to a copy, so uncommitted work is what is tested)."""
    base = tmp_path_factory.mktemp("hook")
    home = base / "home"
    home.mkdir()
    site = base / "site"  # this interpreter's site-packages without mlmatch, which the hook must install itself
    site.mkdir()
    for folder in {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}:
        for entry in Path(folder).iterdir():
            if not entry.name.lower().startswith(("mlmatch", "_mlmatch", "__editable__")) and not (site / entry.name).exists():
                (site / entry.name).symlink_to(entry)
    env = {
        **os.environ,
        "HOME": str(home),  # no global git config, no user pre-commit cache
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
        "PRE_COMMIT_HOME": str(base / "pre-commit"),
        "PIP_NO_INDEX": "1",
        "PIP_CONFIG_FILE": os.devnull,
        "PIP_NO_BUILD_ISOLATION": "0",  # pip reads this inverted: 0 turns isolation off
        "PYTHONPATH": str(site),
    }
    env.pop("PYTHONHOME", None)
    hook_repo = base / "mlmatch"
    hook_repo.mkdir()
    for name in HOOK_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, hook_repo / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy(source, hook_repo / name)
    _git(hook_repo, "init", "-q", env=env)
    _git(hook_repo, "add", "-A", env=env)
    assert _git(hook_repo, "commit", "-qm", "snapshot", env=env).returncode == 0
    rev = _git(hook_repo, "rev-parse", "HEAD", env=env).stdout.strip()

    repo = base / "cv"
    repo.mkdir()
    _git(repo, "init", "-q", env=env)
    (repo / ".pre-commit-config.yaml").write_text(f"repos:\n  - repo: {hook_repo}\n    rev: {rev}\n    hooks:\n      - id: mlmatch\n")
    (repo / ".mlmatch.toml").write_text(CONFIG)
    (repo / "README.md").write_text("# My CV\n\n- Responsible for keeping this repository.\n")  # not a resume by name: never checked
    _git(repo, "add", "-A", env=env)
    assert _git(repo, "commit", "-qm", "config", "--no-verify", env=env).returncode == 0
    installed = subprocess.run([sys.executable, "-m", "pre_commit", "install", "--install-hooks"], cwd=repo, env=env, capture_output=True, text=True, timeout=600)
    if installed.returncode != 0:
        pytest.fail(f"pre-commit could not install the hook offline:\n{installed.stdout[-3000:]}\n{installed.stderr[-3000:]}")
    assert list((base / "pre-commit").glob("repo*/py_env-*/lib/python*/site-packages/mlmatch/lexicon/concepts.toml")), "mlmatch was installed in the hook's own environment"
    return repo, env


def _commit(repo: Path, env: dict[str, str], fixture: str, message: str) -> tuple[subprocess.CompletedProcess[str], bool]:
    shutil.copy(FIXTURES / "hook" / fixture, repo / fixture)
    before = _git(repo, "rev-parse", "HEAD", env=env).stdout
    _git(repo, "add", fixture, env=env)
    committed = _git(repo, "commit", "-m", message, env=env)
    return committed, _git(repo, "rev-parse", "HEAD", env=env).stdout != before


def _line_of(fixture: str, text: str) -> int:
    lines = (FIXTURES / "hook" / fixture).read_text().splitlines()
    return next(number for number, line in enumerate(lines, start=1) if text in line)


def test_a_strong_resume_is_committed(scratch):
    repo, env = scratch
    committed, moved = _commit(repo, env, "strong-resume.md", "Add my resume")
    assert committed.returncode == 0, committed.stdout + committed.stderr
    assert moved
    assert re.search(r"^mlmatch\.+Passed$", committed.stdout + committed.stderr, re.M)


def test_a_weak_resume_is_blocked_with_its_findings_on_their_lines(scratch):
    repo, env = scratch
    committed, moved = _commit(repo, env, "weak-resume.md", "Add a weaker resume")
    output = committed.stdout + committed.stderr
    assert committed.returncode != 0 and not moved, output
    assert re.search(r"^mlmatch\.+Failed$", output, re.M)
    assert "- exit code: 1" in output
    for text, code in (("Responsible for the demand", "MM102"), ("Worked on data pipelines", "MM102"), ("Trained models on 5 million", "MM103"), ("Improved the recommendation", "MM104")):
        assert f"weak-resume.md:{_line_of('weak-resume.md', text)}:3: {code} " in output, (text, output)
    assert "weak-resume.md:1:1: MM302 reads as mid, below the required senior (--min-level)" in output
    assert "weak-resume.md:1:1: MM304 outcome ratio 0% is below 60% (--min-outcome-ratio)" in output
    assert "strong-resume.md" not in output and "README.md" not in output  # only the files staged, only resumes
