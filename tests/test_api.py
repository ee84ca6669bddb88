"""The Python API as a developer meets it: the public names listed and importable, and Options taking
a level by its name."""

from __future__ import annotations

import pytest

import mlmatch
from conftest import AS_OF, SAMPLES

PUBLIC = {"analyze", "screen", "FileError", "Options", "Level", "Limits", "Report", "MlmatchError", "UnreadableError", "__version__"}


def test_dir_lists_every_public_name():
    assert PUBLIC <= set(dir(mlmatch))


def test_the_errors_and_limits_a_caller_handles_are_importable_from_the_package():
    from mlmatch import Limits, MlmatchError, UnreadableError

    assert issubclass(UnreadableError, MlmatchError) and Limits().max_pages == 10


def test_all_holds_the_public_names():
    assert set(mlmatch.__all__) == PUBLIC


def test_a_target_given_by_its_name_is_analysed_as_that_level():
    report = mlmatch.analyze(SAMPLES / "senior-hannah-brooks.md", mlmatch.Options(target="Senior", as_of=AS_OF))
    assert report.target.level is mlmatch.Level.SENIOR


def test_an_unknown_level_name_is_refused_when_the_options_are_made():
    with pytest.raises(ValueError, match="target: unknown level 'guru'"):
        mlmatch.Options(target="guru")


def test_a_target_of_another_type_is_refused_when_the_options_are_made():
    with pytest.raises(TypeError, match="target must be a Level"):
        mlmatch.Options(target=2.5)
