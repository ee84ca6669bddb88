"""Installed from a wheel (as pip, pipx and pre-commit install it), mlmatch still finds its lexicon."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT, SAMPLES


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    completed = subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)], capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr[-2000:]
    (path,) = out.glob("mlmatch-*.whl")
    return path


def test_wheel_carries_the_lexicon(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for data in ("concepts.toml", "signals.toml", "ladder.toml"):
        assert f"mlmatch/lexicon/{data}" in names
    assert "mlmatch/py.typed" in names  # type checkers read mlmatch's annotations (PEP 561)


def test_installed_wheel_reports_from_outside_the_checkout(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)], check=True, capture_output=True)
    env = {**os.environ, "PYTHONPATH": str(target)}
    code = "import mlmatch, mlmatch.lexicon as l, sys; print(mlmatch.__file__); print(l.shipped_dir())"
    where = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path, check=True).stdout.split()
    assert where[0].startswith(str(target)) and where[1].startswith(str(target))
    report = subprocess.run([sys.executable, "-m", "mlmatch", str(SAMPLES / "staff-isabel-moreau.md"), "--as-of", "2026-11-01"], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert report.returncode == 0, report.stderr
    assert "reads as STAFF" in report.stdout
