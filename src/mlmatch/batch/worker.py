"""What runs in a worker process (or on a Dask worker): one file in, a Report or a FileError out.
Nothing raised here may stop a batch, so every failure of one file becomes that file's FileError."""

from __future__ import annotations

from dataclasses import replace

from ..analysis import analyze_document
from ..assess.posting import Posting
from ..errors import MlmatchError, UnreadableError
from ..lexicon import load_lexicon
from ..options import Options
from ..readers import read
from ..report import Report
from .result import FileError


def warm_up(options: Options) -> None:
    """Build spaCy and the matcher before the first file, so its time limit does not pay for them.
    Never raises: a failure here shows on each file instead of breaking the pool."""
    try:
        from ..matching import matcher_for

        matcher_for(load_lexicon(options.lexicon_files))
    except Exception:  # noqa: BLE001 - reported per file by screen_file
        pass


def screen_file(path: str, options: Options, posting: Posting | None) -> Report | FileError:
    """The report on one resume; the lexicon and matcher are cached, so built once per process."""
    try:
        report = analyze_document(read(path, options.limits, options.pdf_engine), options, load_lexicon(options.lexicon_files), posting)
    except UnreadableError as error:
        return FileError(path, error.reason)  # the row and the stderr line name the file themselves
    except MlmatchError as error:
        return FileError(path, str(error))
    except Exception as error:  # noqa: BLE001 - a library failing on one strange file must not stop the batch
        return FileError(path, f"could not be analysed ({type(error).__name__}: {error})")
    return report if report.file == path else replace(report, file=path)
