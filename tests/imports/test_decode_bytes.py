"""Bytes from an uploaded file to text: byte-order marks, UTF-8, Windows-1252, and refusals."""

from __future__ import annotations

import pytest

from nettverk.imports.formats import FormatError, decode_bytes

from .helpers import fixtures_dir

TEXT = "First Name,Last Name\r\nÅsa,Wikström\r\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with a byte-order mark
        b"\xff\xfe" + TEXT.encode("utf-16-le"),
        b"\xfe\xff" + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16-le"),  # without one, as some Windows programs write
        TEXT.encode("utf-32"),
        TEXT.encode("cp1252"),
    ],
)
def test_it_reads_every_encoding_contact_files_come_in(data: bytes) -> None:
    assert decode_bytes(data, file="alice.csv") == TEXT


def test_it_reads_outlooks_windows_1252_export_like_its_utf_8_twin() -> None:
    folder = fixtures_dir() / "csv"
    cp1252 = decode_bytes((folder / "outlook-com-cp1252.csv").read_bytes(), file="x.csv")
    utf8 = decode_bytes((folder / "outlook-com.csv").read_bytes(), file="x.csv")
    assert cp1252 == utf8.replace("IT-sjef", "IT-chef")
    assert "Västerås" in cp1252


def test_it_refuses_bytes_that_fit_no_encoding_naming_their_line() -> None:
    data = "BEGIN:VCARD\nFN:Åsa\n".encode("cp1252") + b"NOTE:\x81\x8d\nEND:VCARD\n"
    with pytest.raises(FormatError) as caught:
        decode_bytes(data, file="alice.vcf")
    assert str(caught.value) == (
        "alice.vcf:3: encoding: byte 0x81 is not UTF-8 or Windows-1252 text; save the file as UTF-8"
    )


def test_it_refuses_a_binary_file() -> None:
    with pytest.raises(FormatError) as caught:
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", file="photo.png")
    assert (caught.value.line, caught.value.field) == (3, "encoding")  # the first NUL byte


def test_it_refuses_broken_utf_8_after_a_utf_8_byte_order_mark() -> None:
    with pytest.raises(FormatError) as caught:
        decode_bytes(b"\xef\xbb\xbfa\nb\n\xff\n", file="alice.csv")
    assert (caught.value.line, caught.value.message[:14]) == (3, "byte 0xff is n")
