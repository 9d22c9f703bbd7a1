"""A broken vCard file is refused with one line naming the file, the line and the property."""

from __future__ import annotations

import pytest

from nettverk.imports.formats import FormatError, parse_vcards


def error_for(text: str) -> FormatError:
    with pytest.raises(FormatError) as caught:
        parse_vcards(text, file="alice.vcf")
    return caught.value


def test_it_refuses_a_card_without_end() -> None:
    error = error_for("BEGIN:VCARD\r\nFN:Alice\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Bob\r\n")
    assert (error.line, error.field) == (4, "END")
    assert str(error) == "alice.vcf:4: END: the card that starts here has no END:VCARD"


def test_it_refuses_a_begin_inside_a_card() -> None:
    error = error_for("BEGIN:VCARD\nFN:Alice\nBEGIN:VCARD\nFN:Bob\nEND:VCARD\n")
    assert (error.line, error.field) == (3, "BEGIN")
    assert "inside the card that starts at line 1" in str(error)


def test_it_refuses_an_end_without_begin() -> None:
    error = error_for("BEGIN:VCARD\nFN:Alice\nEND:VCARD\nEND:VCARD\n")
    assert (error.line, error.field) == (4, "END")


def test_it_refuses_a_property_line_without_a_colon() -> None:
    error = error_for("BEGIN:VCARD\nVERSION:3.0\nFN:Alice\nTEL;WORK;VOICE 555-1234\nEND:VCARD\n")
    assert str(error) == (
        "alice.vcf:4: TEL: a property line needs a name, then ':', then the value"
    )


def test_it_names_the_first_line_of_a_folded_property() -> None:
    error = error_for("BEGIN:VCARD\nFN:Alice\nNOTE:a\n b\n c\nno colon here\nEND:VCARD\n")
    assert (error.line, error.field) == (6, "NO COLON HERE")


def test_it_refuses_a_50_mb_note_without_holding_it_as_a_value() -> None:
    text = "BEGIN:VCARD\nFN:Alice\nNOTE:" + "x" * (50 * 1024 * 1024) + "\nEND:VCARD\n"
    error = error_for(text)
    assert str(error) == "alice.vcf:3: NOTE: the NOTE value is over 1 MB; refusing to load it"


def test_it_refuses_a_field_that_grows_over_1_mb_by_folding() -> None:
    folded = "\n ".join(["y" * 70_000] * 20)
    error = error_for(f"BEGIN:VCARD\nFN:Alice\nX-BLOB:{folded}\nEND:VCARD\n")
    assert (error.line, error.field) == (3, "X-BLOB")


def test_it_refuses_invalid_base64_in_a_photo() -> None:
    error = error_for("BEGIN:VCARD\nFN:Alice\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4AA*QSk\nEND:VCARD\n")
    assert str(error) == "alice.vcf:3: PHOTO: the photo is not valid base64 data"


def test_it_refuses_a_birthday_that_does_not_exist() -> None:
    error = error_for("BEGIN:VCARD\nFN:Alice\nBDAY:2026-02-30\nEND:VCARD\n")
    assert str(error) == "alice.vcf:3: BDAY: there is no date 2026-02-30"


def test_it_refuses_text_between_cards() -> None:
    error = error_for("BEGIN:VCARD\nFN:Alice\nEND:VCARD\n\nHello Bob\nBEGIN:VCARD\nEND:VCARD\n")
    assert (error.line, error.field) == (5, "HELLO BOB")


def test_it_refuses_a_file_without_cards() -> None:
    error = error_for("First Name,Last Name\nAlice,Berg\n")
    assert str(error) == "alice.vcf:1: BEGIN: no BEGIN:VCARD found: this is not a vCard file"


def test_it_refuses_an_empty_file() -> None:
    assert (
        str(error_for("")) == "alice.vcf:1: BEGIN: no BEGIN:VCARD found: this is not a vCard file"
    )


def test_it_refuses_a_nested_begin_in_any_letter_case() -> None:
    error = error_for("BEGIN:VCARD\nFN:Alice\nBeGiN:vCaRd\nFN:Bob\nEND:VCARD\n")
    assert (error.line, error.field) == (3, "BEGIN")
