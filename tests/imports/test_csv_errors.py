"""A broken CSV export is refused with one line naming the file, the row's line and the column."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from nettverk.imports.formats import (
    ContactRecord,
    FormatError,
    parse_google,
    parse_linkedin,
    parse_outlook,
)

from .helpers import fixture_text

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
Parser = Callable[..., list[ContactRecord]]


def error_for(text: str, parser: Parser = parse_linkedin) -> FormatError:
    with pytest.raises(FormatError) as caught:
        parser(text, file="Connections.csv")
    return caught.value


def test_it_refuses_an_unclosed_quote_instead_of_swallowing_the_rest_of_the_file() -> None:
    text = f'{HEADER}\nAlice,Berg,,,Fjord,CFO,09 Oct 2024\nBob,"Lund,,,Kyst,CTO,10 Oct 2024\n'
    text += "Carl,Dahl,,,Bygg,CEO,11 Oct 2024\n" * 3
    assert str(error_for(text)) == (
        "Connections.csv:3: Last Name: a quote opens here and is never closed"
    )


def test_it_refuses_an_unclosed_quote_after_a_preamble_and_a_multi_line_field() -> None:
    text = fixture_text("linkedin/Connections.csv") + 'Dina,Ek,,,"Grønn\nEnergi",CFO,"01 Nov 2025\n'
    error = error_for(text)
    assert (error.line, error.field) == (15, "Connected On")


def test_it_refuses_a_stray_quote_in_a_quoted_field() -> None:
    error = error_for(f'{HEADER}\nAlice,"Berg"son,,,Fjord,CFO,09 Oct 2024\n')
    assert (error.line, error.field) == (2, "Last Name")
    assert 'must be doubled ("")' in error.message


def test_it_refuses_a_50_mb_field() -> None:
    text = f'{HEADER}\nAlice,Berg,,,Fjord,"{"x" * (50 * 1024 * 1024)}",09 Oct 2024\n'
    assert str(error_for(text)) == (
        "Connections.csv:2: Position: a field over 1 MB; refusing to load it"
    )


def test_it_reads_a_field_just_under_1_mb() -> None:
    (alice,) = parse_linkedin(f'{HEADER}\nAlice,Berg,,,Fjord,"{"x" * 1_000_000}",09 Oct 2024\n')
    assert len(alice.title) == 1_000_000


@pytest.mark.parametrize("day", ["2026-02-30", "30-Feb-26", "30 Feb 2026", "2/30/26"])
def test_it_refuses_a_date_that_does_not_exist(day: str) -> None:
    error = error_for(f"{HEADER}\nAlice,Berg,,,Fjord,CFO,{day}\n")
    assert (error.file, error.line, error.field) == ("Connections.csv", 2, "Connected On")
    assert error.message.startswith("there is no date 2026-02-30")


def test_it_refuses_text_that_is_not_a_date() -> None:
    error = error_for(f"{HEADER}\nAlice,Berg,,,Fjord,CFO,last summer\n")
    assert str(error) == (
        "Connections.csv:2: Connected On: 'last summer' is not a date "
        "(expected e.g. 2024-10-09 or 09 Oct 2024)"
    )


def test_it_refuses_a_missing_column_and_says_which() -> None:
    header = "First Name,Last Name,URL,Email Address,Position,Connected On"
    text = f"Notes:\n\n{header}\nA,B,,,CFO,09 Oct 2024\n"
    assert str(error_for(text)) == (
        'Connections.csv:3: Company: the LinkedIn Connections.csv header has no "Company" column'
    )


def test_it_refuses_a_file_without_a_header() -> None:
    assert str(error_for("Alice,Berg,Fjord\nBob,Lund,Kyst\n")) == (
        "Connections.csv:1: header: no LinkedIn Connections.csv header line found "
        "(the column names, e.g. First Name)"
    )


def test_it_refuses_a_row_with_more_fields_than_the_header() -> None:
    error = error_for(f"{HEADER}\nAlice,Berg,,,Fjord,CFO,09 Oct 2024,surprise\n")
    assert (error.line, error.field) == (2, "row")


def test_it_refuses_a_google_birthday_that_does_not_exist() -> None:
    text = "First Name,Last Name,Labels,Birthday\nAlice,Berg,,1980-02-30\n"
    assert str(error_for(text, parse_google)) == (
        "Connections.csv:2: Birthday: there is no date 1980-02-30 ('1980-02-30')"
    )


def test_it_refuses_an_outlook_file_without_its_email_column() -> None:
    text = "First Name,Last Name,Job Title,Business Phone\nAlice,Berg,CFO,123\n"
    error = error_for(text, parse_outlook)
    assert (error.line, error.field) == (1, "E-mail Address")


def test_it_ignores_outlooks_empty_date() -> None:
    text = "First Name,Last Name,E-mail Address,Job Title,Birthday\nAlice,Berg,a@b.no,CFO,0/0/00\n"
    assert parse_outlook(text)[0].birthday == ""
