"""Every file of the bad-input corpus (tests/bad_inputs.py makes it) is read or refused cleanly: exit 2
with exactly one line on stderr naming the file and the reason, or exit 0 with a report (and the
warning, where the input needed one), never a traceback, within the --timeout every case is given.
Time and memory are measured by `python tests/bad_inputs.py`, not here."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from bad_inputs import cases, command, make, unprivileged_prefix
from mlmatch.cli import main

CASES = {case.name: case for case in cases()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    directory = tmp_path_factory.mktemp("bad-inputs")
    made = {case.name: case for case in make(directory)}
    yield directory, made
    (directory / "no-permission.txt").chmod(0o600)  # so the temporary folder can be removed


def check(case, code: int, stdout: str, stderr: str, path: str) -> None:
    assert code == case.exit_code, stderr
    assert "Traceback" not in stderr
    if case.exit_code == 2:
        assert stderr.endswith("\n") and stderr.count("\n") == 1, stderr
        assert stderr.startswith(f"mlmatch: error: {path}: "), stderr
        assert case.says in stderr
    else:
        assert stderr == ""
        report = json.loads(stdout)
        assert report["file"] == path and report["bullets"] is not None
        if case.says:
            assert any(case.says in warning for warning in report["warnings"]), report["warnings"]


@pytest.mark.parametrize("name", [name for name in CASES if name != "no-permission.txt"])
def test_bad_input(corpus, name):
    directory, made = corpus
    case = made[name]
    result = CliRunner().invoke(main, command(case, directory))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    check(case, result.exit_code, result.stdout, result.stderr, str(directory / name))


def test_unreadable_file(corpus):
    """Root reads any file, so as root the command runs with the capabilities that bypass permissions dropped."""
    directory, made = corpus
    case = made["no-permission.txt"]
    prefix = unprivileged_prefix()
    if os.geteuid() == 0 and not prefix:
        pytest.skip("running as root without setpriv: file permissions cannot be made to bind")
    completed = subprocess.run([*prefix, sys.executable, "-m", "mlmatch", *command(case, directory)], capture_output=True, text=True, timeout=120)
    check(case, completed.returncode, completed.stdout, completed.stderr, str(directory / case.name))


def test_a_pdf_and_a_word_file_named_txt_are_read_as_what_they_are(tmp_path):
    from conftest import FIXTURES, SAMPLES
    from mlmatch.readers import read

    (tmp_path / "resume.txt").write_bytes((SAMPLES / "mid-mei-takahashi.pdf").read_bytes())
    (tmp_path / "cv.md").write_bytes((FIXTURES / "layouts" / "word.docx").read_bytes())
    assert read(tmp_path / "resume.txt").format == "pdf"
    assert read(tmp_path / "cv.md").format == "docx"


def test_long_text_is_cut_at_max_pages_dense_pages(tmp_path):
    from mlmatch.readers import CHARACTERS_PER_PAGE, Limits, read

    resume = tmp_path / "long.md"
    resume.write_text("# Noor Valdez\n\n" + "".join(f"- Shipped model update {n} with PyTorch and cut latency by 3%.\n" for n in range(600)))
    whole, cut = read(resume, Limits(max_pages=10)), read(resume, Limits(max_pages=1))
    assert len(whole.lines) == 601 and whole.warnings == ()
    assert cut.lines == whole.lines[: len(cut.lines)] and 100 < len(cut.lines) < 601
    assert sum(len(line.text) for line in cut.lines) <= CHARACTERS_PER_PAGE
    assert cut.warnings == ("the text is longer than --max-pages (1) dense pages; only its beginning was read",)
