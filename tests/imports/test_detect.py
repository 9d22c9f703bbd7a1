"""Telling the kind of a contact file from its content, and parsing it as that kind."""

from __future__ import annotations

import pytest

from nettverk.imports.formats import FormatError, detect_format, parse

from .helpers import fixture_text, fixtures_dir


@pytest.mark.parametrize(
    ("folder", "kind"),
    [("vcard", "vcard"), ("linkedin", "linkedin")],
)
def test_it_tells_every_sample_file_of_a_folder(folder: str, kind: str) -> None:
    paths = [p for p in (fixtures_dir() / folder).iterdir() if p.suffix in (".vcf", ".csv")]
    assert paths
    for path in paths:
        assert detect_format(fixture_text(f"{folder}/{path.name}"), path.name) == kind, path.name


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("google-contacts.csv", "google"),
        ("outlook-com.csv", "outlook"),
        ("outlook-com-cp1252.csv", "outlook"),
    ],
)
def test_it_tells_google_from_outlook(name: str, kind: str) -> None:
    assert detect_format(fixture_text(f"csv/{name}"), name) == kind


def test_it_goes_by_content_not_by_the_file_name() -> None:
    text = fixture_text("linkedin/Connections.csv")
    assert detect_format(text, "contacts.vcf") == "linkedin"


def test_it_tells_linkedin_by_its_preamble_even_with_a_damaged_header() -> None:
    assert detect_format('Notes:\n"When exporting..."\n\nFirst,Last\n') == "linkedin"


def test_it_tells_the_older_google_header_set() -> None:
    assert (
        detect_format("Name,Given Name,Additional Name,Family Name,Group Membership\n") == "google"
    )


def test_it_tells_a_nettverk_backup() -> None:
    assert detect_format('\n  {"nettverk": {"version": 1}, "contacts": []}') == "json"


def test_it_tells_a_vcard_after_blank_lines_and_in_lower_case() -> None:
    assert detect_format("\r\n\r\nbegin:vcard\r\nfn:Alice\r\nend:vcard\r\n") == "vcard"


@pytest.mark.parametrize(
    "text",
    ["", "hello world", '{"contacts": []}', "a,b,c\n1,2,3\n", "First Name,Last Name\nA,B\n"],
)
def test_it_refuses_what_it_cannot_tell(text: str) -> None:
    with pytest.raises(FormatError) as caught:
        detect_format(text, "upload.txt")
    assert str(caught.value).startswith("upload.txt:1: format: cannot tell the format")


def test_parse_reads_each_format_and_leaves_json_to_the_pipeline() -> None:
    text = fixture_text("vcard/gmail-list.vcf")
    assert parse(text, "vcard", file="list.vcf")[0].name == "Arnold Smith"
    with pytest.raises(ValueError, match="'json' is not one of them"):
        parse("{}", "json", file="backup.json")


def test_it_tells_the_outlook_desktop_wizards_quoted_header() -> None:
    header = '"Title","First Name","Middle Name","Last Name","Suffix","Company","Job Title"'
    assert detect_format(f'{header}\r\n"","Alice","","Berg","","Fjord","CFO"\r\n') == "outlook"


def test_it_tells_a_semicolon_separated_linkedin_file() -> None:
    header = "First Name;Last Name;URL;Email Address;Company;Position;Connected On"
    assert detect_format(f"{header}\nAlice;Berg;;;Fjord;CFO;09 Oct 2024\n") == "linkedin"
