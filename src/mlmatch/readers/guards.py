"""Decompression bombs, refused before a reader inflates them: a .docx whose zip directory says it
unpacks far beyond --max-size (python-docx loads every part into memory), and a PDF whose compressed
streams inflate as far (pdfminer inflates each stream whole)."""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO

from ..errors import UnreadableError

_ZIP_ENTRIES = 5000
_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_CHUNK = 1 << 20


def check_docx_unpacked_size(source: Path | BinaryIO, most: int) -> None:
    """The declared sizes bound what zipfile will inflate (it stops at an entry's declared size), so the
    directory is enough to know. Not a zip at all: the .docx reader says so."""
    try:
        with zipfile.ZipFile(source) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError, OSError):
        return
    finally:
        if not isinstance(source, Path):
            source.seek(0)
    unpacked = sum(entry.file_size for entry in entries)
    if len(entries) > _ZIP_ENTRIES or unpacked > most:
        raise UnreadableError(f"the .docx would unpack to {unpacked / 1e6:.0f} MB in {len(entries)} parts, over {most / 1e6:.0f} MB (a zip bomb?)")


def check_pdf_inflated_size(data: bytes, most: int) -> None:
    """Inflate every zlib stream of the file in chunks, keeping only a count, and refuse the file once the
    total passes `most`. Streams that are not zlib (images, damaged data) are left to the reader."""
    total = 0
    for match in _STREAM.finditer(data):
        end = data.find(b"endstream", match.end())
        body = memoryview(data)[match.end() : end if end > 0 else len(data)]
        inflater = zlib.decompressobj()
        offset = 0
        try:
            while not inflater.eof and offset < len(body):
                pending = bytes(body[offset : offset + _CHUNK])
                offset += len(pending)
                while pending and not inflater.eof:
                    produced = len(inflater.decompress(pending, _CHUNK))
                    total += produced
                    if total > most:
                        raise UnreadableError(f"the PDF's compressed streams inflate to more than {most / 1e6:.0f} MB (a decompression bomb?)")
                    if not produced and len(inflater.unconsumed_tail) == len(pending):
                        break  # no progress: nothing more comes out of this stream
                    pending = inflater.unconsumed_tail
        except zlib.error:
            continue
