"""The batch output: a row written as each file finishes, the output valid on disk after every row
(a CSV with its header, a closed JSON array, whole JSON lines), and ranked at the end.

With -o the rows go straight into the output file, which a new run first replaces atomically with an
empty but valid output; when the run ends (or is interrupted) the file is rewritten ranked, atomically.
Only a small sort key per row stays in memory. JSON Lines keep the order in which files finished.
To stdout, CSV, JSON and the table are spooled to a temporary file and printed ranked at the end.
--resume reads an earlier output back: rows whose file is still an input, unchanged in size and time,
are kept (in their order) and their files skipped, once each kept row is found made with this run's
options (batch/provenance.py); a last row cut short by a crash is dropped.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import click

from ..errors import MlmatchError
from ..output import mode_for
from ..render import OutputFormat
from ..render.csv import csv_header, csv_row, read_csv_rows
from ..render.row import Row
from ..render.table import render_table
from .provenance import ScreenedWith
from .rows import RankKey, Source, rank_key, row_of


@dataclass(frozen=True)
class Framing:
    """How records are joined into a valid file: head + separator-joined records + tail."""

    head: bytes
    separator: bytes
    tail: bytes


CSV = Framing(csv_header().encode(), b"", b"")
JSON = Framing(b"[\n", b",\n", b"\n]\n")
JSONL = Framing(b"", b"", b"")


def _encode(output_format: OutputFormat, data: dict[str, Any], row: Row) -> bytes:
    if output_format is OutputFormat.JSON:
        return json.dumps(data, indent=2, ensure_ascii=False).encode()
    if output_format is OutputFormat.JSONL:
        return (json.dumps(data, ensure_ascii=False) + "\n").encode()
    return csv_row(row).encode()  # CSV, and the rows behind the text table


def _write_all(fd: int, data: bytes, offset: int) -> None:
    while data:
        written = os.pwrite(fd, data, offset)
        data, offset = data[written:], offset + written


class Spool:
    """Records appended to a file that stays valid after each append, read back in rank order."""

    def __init__(self, handle: BinaryIO, framing: Framing, ranked: bool) -> None:
        self.handle, self.framing, self.ranked = handle, framing, ranked
        self.index: list[tuple[RankKey, int, int]] = []
        self.count = 0
        self.end = len(framing.head)
        handle.truncate(0)
        _write_all(handle.fileno(), framing.head + framing.tail, 0)

    def append(self, encoded: bytes, row: Row) -> None:
        lead = self.framing.separator if self.count else b""
        _write_all(self.handle.fileno(), lead + encoded + self.framing.tail, self.end)
        if self.ranked:
            self.index.append((rank_key(row), self.end + len(lead), len(encoded)))
        self.count += 1
        self.end += len(lead) + len(encoded)

    def records(self) -> Iterator[bytes]:
        fd = self.handle.fileno()
        for _, offset, length in sorted(self.index):
            yield os.pread(fd, length, offset)

    def chunks(self) -> Iterator[bytes]:
        """The whole output, ranked."""
        yield self.framing.head
        for number, record in enumerate(self.records()):
            yield (self.framing.separator if number else b"") + record
        yield self.framing.tail


def _temporary_beside(path: Path) -> tuple[BinaryIO, str]:
    """A file beside `path` to be renamed over it, with the mode write_atomic would give it."""
    mode = mode_for(path)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.fchmod(handle, mode)
    return os.fdopen(handle, "w+b", buffering=0), name


def _earlier_rows(output_format: OutputFormat, path: Path) -> Iterator[tuple[dict[str, Any] | None, Row]]:
    """(record, row) for each complete row of an earlier output; the record is None for CSV."""
    try:
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise MlmatchError(f"cannot resume from {path}: {getattr(error, 'strerror', None) or error}") from None
    if output_format is OutputFormat.CSV:
        if not text:
            return
        try:
            yield from ((None, row) for row in read_csv_rows(text))
        except ValueError as error:
            raise MlmatchError(f"cannot resume from {path}: {error}") from None
        return
    if output_format is OutputFormat.JSONL:
        candidates = (line for line in text.split("\n") if line.strip())
        records: list[Any] = []
        for line in candidates:
            try:
                records.append(json.loads(line))
            except ValueError:
                continue  # a line cut short
    else:
        records = _json_array_items(text, path)
    for data in records:
        try:
            yield data, row_of(data)
        except (KeyError, TypeError, ValueError, AttributeError):
            continue  # not one of our records


def _json_array_items(text: str, path: Path) -> list[Any]:
    """The objects of a JSON array, or of its complete prefix when a crash cut the array short."""
    stripped = text.strip()
    if not stripped:
        return []
    try:
        items = json.loads(stripped)
    except ValueError:
        items = None
    if isinstance(items, list):
        return items
    if not stripped.startswith("["):
        raise MlmatchError(f"cannot resume from {path}: it is not a JSON array written by mlmatch")
    decoder, items, at = json.JSONDecoder(), [], 1
    while True:
        while at < len(stripped) and stripped[at] in " \t\r\n,":
            at += 1
        try:
            item, at = decoder.raw_decode(stripped, at)
        except ValueError:
            return items
        items.append(item)


class BatchOutput:
    def __init__(self, output_format: OutputFormat, path: str | None, color: bool, screened_with: ScreenedWith) -> None:
        self.format, self.color, self.screened_with = output_format, color, screened_with
        self.name = path
        self.path = Path(os.path.realpath(path)) if path else None  # a symbolic link is followed, as by write_atomic
        self.with_coverage, self.with_match = screened_with.target is not None, screened_with.jd is not None
        self.done: set[str] = set()
        self.kept = 0
        self._spool: Spool | None = None
        self._streamed_stdout = output_format is OutputFormat.JSONL and path is None

    def open(self, sources: dict[str, Source], resume: bool, on_kept: Callable[[Row], None] = lambda row: None) -> None:
        """Start the output; with `resume`, keep the earlier rows of unchanged input files, each
        passed to `on_kept`."""
        if self._streamed_stdout:
            return
        framing = {OutputFormat.JSON: JSON, OutputFormat.JSONL: JSONL}.get(self.format, CSV)
        ranked = self.format is not OutputFormat.JSONL
        if self.path is None or self.format is OutputFormat.TEXT:
            if self.path is not None:  # the table is written at the end: find out now if it cannot be
                try:
                    handle, temporary = _temporary_beside(self.path)
                except OSError as error:
                    raise MlmatchError(f"cannot write {self.name}: {error.strerror}") from None
                handle.close()
                os.unlink(temporary)
            self._spool = Spool(tempfile.TemporaryFile(buffering=0), framing, ranked)
            return
        earlier = list(_earlier_rows(self.format, self.path)) if resume and self.path.exists() else []
        try:
            handle, temporary = _temporary_beside(self.path)
        except OSError as error:
            raise MlmatchError(f"cannot write {self.name}: {error.strerror}") from None
        try:
            self._spool = Spool(handle, framing, ranked)
            for data, row in earlier:
                if row.file in self.done or sources.get(row.file) != Source.of_row(row):
                    continue  # a duplicate, a file no longer given, or one changed since
                self._check_same_options(row)
                self._spool.append(csv_row(row).encode() if data is None else _encode(self.format, data, row), row)
                self.done.add(row.file)
                on_kept(row)
            os.replace(temporary, self.path)
        except BaseException:
            handle.close()
            Path(temporary).unlink(missing_ok=True)
            raise
        self.kept = len(self.done)

    def _check_same_options(self, row: Row) -> None:
        """An earlier row is kept only if it was made as this run would make it (same target, posting,
        lexicon, as-of date, pages read, PDF engine, ignored concepts, mlmatch)."""
        try:
            earlier = ScreenedWith.from_text(row.screened_with)
        except ValueError:
            raise MlmatchError(f"cannot resume: {self.name} does not say which options its rows were made with (an earlier mlmatch's output); start again without --resume") from None
        differences = self.screened_with.differences(earlier)
        if differences:
            raise MlmatchError(f"cannot resume: {self.name} was made with {'; '.join(differences)}; give the same options, or start again without --resume")

    def add(self, data: dict[str, Any], row: Row) -> None:
        encoded = _encode(self.format, data, row)
        if self._streamed_stdout:
            click.echo(encoded, nl=False)
            return
        assert self._spool is not None, "open() comes first"
        self._spool.append(encoded, row)

    def finish(self) -> None:
        """Rank what is done: rewrite the file atomically, or print to stdout. Safe to call once."""
        spool, self._spool = self._spool, None
        if spool is None:
            return
        try:
            if not spool.ranked:
                return
            chunks: Iterator[str] | Iterator[bytes] = self._table(spool) if self.format is OutputFormat.TEXT else spool.chunks()
            if self.path is None:
                for chunk in chunks:
                    click.echo(chunk, nl=False, color=self.color)
            else:
                self._replace(self.path, (chunk.encode() if isinstance(chunk, str) else chunk for chunk in chunks))
        finally:
            spool.handle.close()

    def _table(self, spool: Spool) -> Iterator[str]:
        header = csv_header()
        rows = (next(read_csv_rows(header + record.decode())) for record in spool.records())
        return render_table(rows, self.with_coverage, self.with_match, color=self.color)

    def _replace(self, path: Path, chunks: Iterable[bytes]) -> None:
        try:
            handle, temporary = _temporary_beside(path)
        except OSError as error:
            raise MlmatchError(f"cannot write {self.name}: {error.strerror}") from None
        try:
            with handle:
                offset = 0
                for chunk in chunks:
                    _write_all(handle.fileno(), chunk, offset)
                    offset += len(chunk)
                os.fsync(handle.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
