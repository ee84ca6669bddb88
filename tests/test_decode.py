"""Text files in the encodings people save them in: read, with a warning in the report when it was a guess."""

from __future__ import annotations

import codecs

import pytest

from mlmatch.errors import UnreadableError
from mlmatch.readers import read
from mlmatch.readers.decode import decode

TEXT = "Zoë Brandt — ML Engineer\nExperience\n- Cut “cold start” latency by 40% in Zürich\n"
LATIN = "Zoë Brandt - ML Engineer\nExperience\n- Cut cold start latency by 40% in Zürich\n"


@pytest.mark.parametrize(
    "data, text, encoding, warning",
    [
        (TEXT.encode(), TEXT, "utf-8", None),
        (codecs.BOM_UTF8 + TEXT.encode(), TEXT, "utf-8", None),
        (TEXT.encode("utf-16"), TEXT, "utf-16-le", None),  # Python writes a BOM, as Notepad does
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT, "utf-16-be", None),
        (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), TEXT, "utf-32-le", None),
        (codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"), TEXT, "utf-32-be", None),
        (TEXT.encode("utf-16-le"), TEXT, "utf-16-le", "UTF-16 without a byte-order mark"),
        (TEXT.encode("utf-16-be"), TEXT, "utf-16-be", "UTF-16 without a byte-order mark"),
        (TEXT.encode("cp1252"), TEXT, "cp1252", "read as Windows-1252 (a guess"),
        (LATIN.encode("latin-1") + b"\x81", LATIN + "\x81", "latin-1", "read as Latin-1 (a guess"),  # 0x81 is undefined in Windows-1252
        (TEXT.encode().replace(b"40%", b"40\xff%"), TEXT.replace("40%", "40\ufffd%"), "utf-8", "1 byte sequence(s) that are not valid UTF-8"),
        (TEXT.encode().replace(b"Experience", b"Exper\x00ience") + b"\x00" * 300, TEXT, "utf-8", "301 NUL byte(s) in the file were dropped"),
    ],
)
def test_encodings(data, text, encoding, warning):
    decoded = decode(data)
    assert (decoded.text, decoded.encoding) == (text, encoding)
    if warning is None:
        assert decoded.warnings == ()
    else:
        assert len(decoded.warnings) == 1 and warning in decoded.warnings[0]


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 8,  # every byte value
        b"abc\x00\x01\x02",
        b"\x7fELF\x02\x01\x01" + bytes(200),
        TEXT.encode() + b"\x00" * 40 + TEXT.encode(),  # a block of NULs inside the text, not padding
    ],
)
def test_binary_is_refused(data):
    with pytest.raises(UnreadableError, match="binary file"):
        decode(data)


def test_a_bom_that_lies_is_refused():
    with pytest.raises(UnreadableError, match="marked as UTF-16 but is not valid UTF-16"):
        decode(codecs.BOM_UTF16_LE + b"abc")


def test_the_warning_reaches_the_document_and_the_report(tmp_path):
    from mlmatch import Options, analyze
    from mlmatch.report import Report

    resume = tmp_path / "zoe.txt"
    resume.write_bytes((TEXT + "Skills\nPython, PyTorch\n").encode("cp1252"))
    document = read(resume)
    assert document.lines[0].text == "Zoë Brandt — ML Engineer"
    assert any("Windows-1252" in warning for warning in document.warnings)
    report: Report = analyze(resume, Options(as_of=__import__("datetime").date(2026, 11, 1)))
    assert any("Windows-1252" in warning for warning in report.to_dict()["warnings"])


def test_notepad_unicode_markdown_reads_like_utf8(tmp_path):
    """Windows Notepad's 'Unicode' (UTF-16-LE with a BOM and CRLF) gives the same lines as UTF-8."""
    source = "# Zoë Brandt\r\n\r\n## Experience\r\n\r\n- Cut latency by 40% with ONNX\r\n"
    (tmp_path / "notepad.md").write_bytes(source.encode("utf-16"))
    (tmp_path / "plain.md").write_bytes(source.encode())
    assert read(tmp_path / "notepad.md").lines == read(tmp_path / "plain.md").lines
    assert read(tmp_path / "notepad.md").warnings == ()
