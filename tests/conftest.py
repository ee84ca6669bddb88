from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the same parser, as the tomli package mlmatch depends on there
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "resumes"
POSTINGS = ROOT / "samples" / "postings"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CASES = Path(__file__).resolve().parent / "cases"
AS_OF = date(2026, 11, 1)  # what "Present" means in every test, so results never drift with the calendar


def cases(name: str) -> list[dict]:
    with open(CASES / name, "rb") as handle:
        return tomllib.load(handle)["case"]


@pytest.fixture(scope="session")
def lexicon():
    from mlmatch.lexicon import load_lexicon

    return load_lexicon()


GOOD = {  # resumes a batch folder holds, by path inside it
    "senior-hannah-brooks.pdf": SAMPLES / "senior-hannah-brooks.pdf",
    "staff-isabel-moreau.md": SAMPLES / "staff-isabel-moreau.md",
    "junior-ana-okafor.md": SAMPLES / "junior-ana-okafor.md",
    "sub/mid-mei-takahashi.pdf": SAMPLES / "mid-mei-takahashi.pdf",
    "sub/deeper/principal-samir-haddad.md": SAMPLES / "principal-samir-haddad.md",
}
BROKEN = {  # path inside the folder -> words its error must contain
    "broken/empty.pdf": "empty",
    "broken/truncated.pdf": "damaged or truncated",
    "broken/encrypted.pdf": "encrypted",
    "broken/not-a-pdf.pdf": "not a PDF",
}


def make_batch_folder(root: Path) -> Path:
    """Good resumes in nested folders, broken files, and files a batch must skip (hidden, .doc, .png)."""
    import shutil

    folder = root / "applicants"
    for name, source in GOOD.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, folder / name)
    (folder / "broken").mkdir()
    (folder / "broken" / "empty.pdf").write_bytes(b"")
    shutil.copy(FIXTURES / "truncated.pdf", folder / "broken" / "truncated.pdf")
    shutil.copy(FIXTURES / "encrypted.pdf", folder / "broken" / "encrypted.pdf")
    (folder / "broken" / "not-a-pdf.pdf").write_text("Dear hiring manager, please find my resume attached.\n")
    shutil.copy(SAMPLES / "senior-kwame-asante.md", folder / ".draft.md")
    (folder / ".git").mkdir()
    (folder / ".git" / "notes.md").write_text("# not a resume\n")
    (folder / "cover-letter.doc").write_bytes(b"\xd0\xcf\x11\xe0 legacy Word")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return folder


@pytest.fixture
def batch_folder(tmp_path) -> Path:
    return make_batch_folder(tmp_path)
