"""Bytes of a text file -> str: BOM-marked UTF-8/16/32, UTF-16 without a BOM where the zero bytes make it
unambiguous, UTF-8, else Windows-1252/Latin-1 (a guess, said in a warning). Stray NUL bytes are dropped
with a warning; a file with control bytes all through it is binary and refused.

The standard library is enough here: the encodings people save resumes in are UTF-8, UTF-16 (Windows
Notepad's "Unicode") and Windows-1252, and each has a cheap, exact test. A statistical detector would only
add guesses between legacy code pages mlmatch has no lexicon for."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from ..errors import UnreadableError

_BOMS = (  # longest first: the UTF-32-LE mark begins with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
# C0 control bytes that never occur in text; tab, line feed, vertical tab, form feed, carriage return
# and escape (terminal colour codes) do.
_CONTROL = bytes(set(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B}) + b"\x7f"
_BINARY_SHARE = 0.01  # more control bytes than this (after NULs are dropped): binary
_STRAY_NUL_SHARE = 0.01  # more NULs than this inside the text (not trailing padding): binary
_SAMPLE = 64 * 1024  # bytes looked at to recognise UTF-16 without a mark
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def _binary(what: str) -> UnreadableError:
    return UnreadableError(f"this is {what}, not a resume mlmatch can read")


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when nearly every other byte is zero, the other half nearly never is
    (text in the Latin script, as Notepad writes it), and the whole decodes; else None."""
    sample = data[:_SAMPLE]
    if len(data) % 2 or len(sample) < 4:
        return None
    even_zero = sample[0::2].count(0) / (len(sample) // 2)
    odd_zero = sample[1::2].count(0) / (len(sample) // 2)
    if odd_zero > 0.9 and even_zero < 0.02:
        encoding = "utf-16-le"
    elif even_zero > 0.9 and odd_zero < 0.02:
        encoding = "utf-16-be"
    else:
        return None
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return encoding


def _single_byte(data: bytes) -> Decoded:
    """Not UTF-8: Windows-1252 when every byte is defined there (it is what Windows writes and a
    superset of Latin-1's printable characters), else Latin-1, which decodes anything."""
    if _CP1252_UNDEFINED.isdisjoint(data):
        return Decoded(data.decode("cp1252"), "cp1252", ("the file is not UTF-8; read as Windows-1252 (a guess: save it as UTF-8 to be sure)",))
    return Decoded(data.decode("latin-1"), "latin-1", ("the file is not UTF-8; read as Latin-1 (a guess: save it as UTF-8 to be sure)",))


def decode(data: bytes) -> Decoded:
    """The text of a file, its encoding and any warning about how it was read; UnreadableError if binary."""
    for bom, encoding, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(encoding), encoding)
            except UnicodeDecodeError:
                raise UnreadableError(f"the file is marked as {name} but is not valid {name}") from None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return Decoded(data.decode(utf16), utf16, ("the file is UTF-16 without a byte-order mark; read as " + utf16.upper(),))
    warnings: list[str] = []
    body = data.rstrip(b"\x00")  # padding a crash or a bad copy leaves at the end
    nuls = body.count(0)
    if nuls > max(8, _STRAY_NUL_SHARE * len(body)):
        raise _binary("a binary file")
    if nuls or len(body) < len(data):
        warnings.append(f"{nuls + len(data) - len(body)} NUL byte(s) in the file were dropped")
        body = body.replace(b"\x00", b"")
    controls = len(body) - len(body.translate(None, _CONTROL))
    if controls > _BINARY_SHARE * len(body):
        raise _binary("a binary file")
    try:
        return Decoded(body.decode("utf-8"), "utf-8", tuple(warnings))
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few damaged bytes is still UTF-8: decoding it as Windows-1252 would garble
    # every accented letter to fix a handful.
    text = body.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd")
    wide = len(text) - len(text.encode("ascii", "ignore")) - damaged
    if wide > 4 * damaged:
        return Decoded(text, "utf-8", (*warnings, f"{damaged} byte sequence(s) that are not valid UTF-8 were replaced"))
    single = _single_byte(body)
    return Decoded(single.text, single.encoding, (*warnings, *single.warnings))
