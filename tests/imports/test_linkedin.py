"""LinkedIn's Connections.csv in every shape it reaches users, read into records."""

from __future__ import annotations

from nettverk.imports.formats import Labeled, parse_linkedin

from .helpers import fixture_text, read_fixture

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"


def test_it_reads_the_export_with_its_notes_preamble() -> None:
    records = read_fixture("linkedin/Connections.csv")
    assert [r.name for r in records] == [
        "Ingrid Haugen", "Lars Bergström", "Sofia Lind", 'Erik "Ricky" Dahl', "Maja Ek 🌱",
        "James Taylor", "Kari Nordmann", "Anders Johansson", "Olav Solberg",
    ]  # fmt: skip
    assert [r.line for r in records] == [5, 6, 7, 8, 9, 11, 12, 13, 14]  # line 10: a ghost row
    ingrid = records[0]
    assert (ingrid.given_name, ingrid.family_name) == ("Ingrid", "Haugen")
    assert (ingrid.organization, ingrid.title) == ("Fjordkraft Regnskap AS", "Økonomisjef")
    assert ingrid.links == [Labeled("https://www.linkedin.com/in/ingrid-haugen-4a1b2c", "linkedin")]
    assert (ingrid.emails, ingrid.first_met, ingrid.source) == ([], "2024-10-09", "linkedin")
    assert all(r.source == "linkedin" for r in records)


def test_it_reads_emails_and_percent_encoded_profile_urls() -> None:
    lars = read_fixture("linkedin/Connections.csv")[1]
    assert lars.emails == [Labeled("lars.bergstrom@example.se", "")]
    assert lars.links == [Labeled("https://www.linkedin.com/in/lars-bergstr%C3%B6m-77", "linkedin")]
    assert (lars.title, lars.first_met) == ("CFO", "2025-01-21")


def test_it_moves_credentials_and_nicknames_out_of_the_names() -> None:
    records = read_fixture("linkedin/Connections.csv")
    sofia, erik, maja = records[2], records[3], records[4]
    assert (sofia.family_name, sofia.extra) == ("Lind", {"credentials": "MBA"})
    assert sofia.title == "Co-Founder | CTO"
    assert (erik.given_name, erik.family_name, erik.extra) == (
        "Erik",
        "Dahl",
        {"nickname": "Ricky"},
    )
    assert (erik.organization, erik.title) == ("Dahl & Sønner AS", "Daglig leder og styreleder")
    assert maja.family_name == "Ek 🌱"
    assert records[-1].title == "Prosjektleder, bygg"


def test_it_reads_the_file_after_excel_resaved_it() -> None:
    records = read_fixture("linkedin/Connections-excel-resaved.csv")
    assert [(r.line, r.name, r.first_met) for r in records] == [
        (4, "Henrik Moe", "2026-01-05"),
        (5, "Åsa Wikström", "2025-11-23"),
        (6, "Tove Lund", "2026-02-06"),
    ]
    assert records[1].emails == [Labeled("asa@example.se", "")]
    assert records[2].organization == "Lund Advokatbyrå"


def test_it_reads_the_older_export_without_preamble_and_with_us_dates() -> None:
    row = 'Alice,Berg,https://www.linkedin.com/in/aliceberg,,Fjord AS,CFO,"1/8/18, 6:14 PM"'
    text = f"{HEADER}\r\n{row}\r\n"
    (alice,) = parse_linkedin(text)
    assert (alice.line, alice.name, alice.first_met) == (2, "Alice Berg", "2018-01-08")


def test_it_reads_the_oldest_export_without_url_column() -> None:
    header = "First Name,Last Name,Email Address,Company,Position,Connected On"
    text = f"{header}\nAlice,Berg,a@b.no,Fjord,CFO,09 Oct 2024\n"
    (alice,) = parse_linkedin(text)
    assert (alice.emails, alice.links, alice.first_met) == (
        [Labeled("a@b.no", "")],
        [],
        "2024-10-09",
    )


def test_it_reads_a_semicolon_separated_file_from_a_nordic_excel() -> None:
    text = HEADER.replace(",", ";") + "\r\nÅsa;Wikström;;;Wikström & Co;VD;05.01.2026\r\n"
    (asa,) = parse_linkedin(text)
    assert (asa.name, asa.organization, asa.first_met) == (
        "Åsa Wikström",
        "Wikström & Co",
        "2026-01-05",
    )


def test_it_reads_the_text_with_a_byte_order_mark_left_in() -> None:
    (alice,) = parse_linkedin("\ufeff" + HEADER + "\nAlice,Berg,,,Fjord,CFO,09 Oct 2024\n")
    assert alice.name == "Alice Berg"


def test_it_names_a_connection_without_a_name_by_its_email() -> None:
    (someone,) = parse_linkedin(f"{HEADER}\n,,,someone@example.no,,,09 Oct 2024\n")
    assert someone.name == "someone@example.no"


def test_fixture_text_has_the_preamble_the_parser_skips() -> None:
    assert fixture_text("linkedin/Connections.csv").startswith("Notes:\n")


def test_it_keeps_columns_it_does_not_know_in_extra() -> None:
    (alice,) = parse_linkedin(f"{HEADER},Tags\nAlice,Berg,,,Fjord,CFO,09 Oct 2024,Investor\n")
    assert alice.extra == {"tags": "Investor"}
