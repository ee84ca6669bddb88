from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

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
