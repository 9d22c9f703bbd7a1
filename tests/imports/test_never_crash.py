"""Whatever a user uploads, the parsers answer with records or a FormatError, never anything else.

Property-based: random text, random bytes, and random damage to the real sample files.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nettverk.imports.formats import (
    ContactRecord,
    FormatError,
    decode_bytes,
    detect_format,
    parse_google,
    parse_linkedin,
    parse_outlook,
    parse_vcards,
)
from nettverk.imports.formats.vcard import cards, logical_lines, normalize
from nettverk.imports.formats.vcard_fields import CardBuilder

from .helpers import fixture_text, fixtures_dir

PARSERS: list[Callable[..., list[ContactRecord]]] = [
    parse_vcards,
    parse_linkedin,
    parse_google,
    parse_outlook,
]
SPECIAL = [
    "\n",
    "\r",
    "\r\n",
    " ",
    "\t",
    ":",
    ";",
    ",",
    "=",
    '"',
    "\\",
    "\ufeff",
    "\x00",
    "é",
    "🌱",
]
SPECIAL += ["BEGIN:VCARD", "END:VCARD", "=C3", "=\n", "ENCODING=QUOTED-PRINTABLE:", "item1."]
SPECIAL += ["PHOTO;ENCODING=b:", "BDAY:", "2026-02-30", "30 Feb 2026", "0/0/00", " ::: ", "* "]
CHECKS = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@cache
def samples() -> list[str]:
    folders = ("vcard", "linkedin", "csv")
    return [
        fixture_text(f"{folder}/{path.name}")
        for folder in folders
        for path in sorted((fixtures_dir() / folder).iterdir())
        if path.suffix in (".vcf", ".csv")
    ]


@st.composite
def damaged_samples(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(samples()))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "cut", "repeat"]))
        if action == "insert":
            piece = draw(st.sampled_from(SPECIAL) | st.text(max_size=8))
            text = text[:at] + piece + text[at:]
        elif action == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 40)) :]
        elif action == "cut":
            text = text[:at]
        else:
            text = text[:at] + text[at : at + 200] + text[at:]
    return text


def answers_or_refuses(text: str) -> None:
    for parser in PARSERS:
        try:
            records = parser(text, file="upload")
        except FormatError as error:
            assert len(str(error).splitlines()) == 1
            assert str(error).startswith("upload:")
        else:
            assert all(isinstance(record, ContactRecord) for record in records)
    with contextlib.suppress(FormatError):
        detect_format(text, "upload")


@CHECKS
@given(st.text())
def test_random_text_gives_records_or_a_format_error(text: str) -> None:
    answers_or_refuses(text)


@CHECKS
@given(damaged_samples())
def test_damaged_sample_files_give_records_or_a_format_error(text: str) -> None:
    answers_or_refuses(text)


@CHECKS
@given(st.binary(max_size=400) | damaged_samples().map(lambda text: text.encode("utf-8")))
def test_random_bytes_decode_to_text_or_a_format_error(data: bytes) -> None:
    try:
        text = decode_bytes(data, file="upload")
    except FormatError as error:
        assert error.field == "encoding" and error.line >= 1
    else:
        answers_or_refuses(text)


@CHECKS
@given(damaged_samples())
def test_the_quick_vcard_path_agrees_with_the_exact_one(text: str) -> None:
    builder = CardBuilder("upload")
    try:
        found = list(cards(normalize(text), "upload"))
    except FormatError:
        return
    for start, body in found:
        quick = builder.quick(start, body)
        if quick is not None:
            assert builder.exact(start, list(logical_lines(body, start + 1, "upload"))) == quick
