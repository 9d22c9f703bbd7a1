"""Google Contacts CSV, today's header set (the fixture) and the older one, read into records."""

from __future__ import annotations

from nettverk.imports.formats import Labeled, parse_google

from .helpers import read_fixture

OLDER_HEADER = (
    "Name,Given Name,Additional Name,Family Name,Name Prefix,Name Suffix,Nickname,Birthday,Notes,"
    "Group Membership,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,"
    "Phone 1 - Type,Phone 1 - Value,Organization 1 - Type,Organization 1 - Name,"
    "Organization 1 - Title,Organization 1 - Department,Website 1 - Type,Website 1 - Value,"
    "Address 1 - Type,Address 1 - Formatted,Event 1 - Type,Event 1 - Value"
)


def test_it_reads_the_google_export() -> None:
    kristian, elin, thomas = read_fixture("csv/google-contacts.csv")
    assert [r.line for r in (kristian, elin, thomas)] == [2, 4, 5]  # a note spans lines 2-3
    assert (kristian.name, kristian.given_name, kristian.family_name) == (
        "Kristian Olsen",
        "Kristian",
        "Olsen",
    )
    assert (kristian.organization, kristian.title) == ("Olsen Regnskap AS", "Regnskapsfører")
    assert all(r.source == "google" for r in (kristian, elin, thomas))


def test_it_splits_several_values_in_one_cell_and_drops_label_stars() -> None:
    kristian = read_fixture("csv/google-contacts.csv")[0]
    assert kristian.emails == [
        Labeled("kristian@example.no", "work"),
        Labeled("k.olsen@example.com", "work"),
    ]
    assert kristian.phones == [Labeled("+47 912 34 567", "mobile")]
    assert kristian.addresses == [Labeled("Oslo, Norway", "work")]
    assert kristian.tags == ["Kunder"]  # without "* myContacts"


def test_it_keeps_a_multi_line_note() -> None:
    kristian = read_fixture("csv/google-contacts.csv")[0]
    assert kristian.notes == "Hjelper små bedrifter med MVA.\nMøttes på Oslo Innovation Week."


def test_it_labels_a_linkedin_website_and_reads_an_empty_star_label() -> None:
    elin = read_fixture("csv/google-contacts.csv")[1]
    assert elin.emails == [Labeled("elin@example.se", "")]
    assert elin.phones == [Labeled("08-123 456 78", "work")]
    assert elin.links == [Labeled("https://www.linkedin.com/in/elinsandberg", "linkedin")]
    assert (elin.organization, elin.title, elin.tags) == (
        "Sandberg Design AB",
        "Grundare och VD",
        [],
    )


def test_it_reads_a_birthday_without_year_and_a_nickname() -> None:
    thomas = read_fixture("csv/google-contacts.csv")[2]
    assert thomas.birthday == "--03-12"
    assert thomas.extra == {"nickname": "Tom"}
    assert thomas.emails == [Labeled("tom.brown@example.co.uk", "other")]
    assert thomas.tags == []  # "* Other Contacts" is a system group


def test_it_reads_the_older_header_set() -> None:
    row = (
        "Alice Berg,Alice,Marie,Berg,Dr.,,Ali,1980-03-22,Met at Arendalsuka,"
        "* My Contacts ::: Golf club,* Work,alice@fjord.no,Home,alice@home.no,"
        "Mobile,+47 900 00 000,,Fjord Energi AS,CFO,Finance,Profile,https://www.linkedin.com/in/aliceb,"
        '* Home,"Storgata 1\n0150 Oslo",Anniversary,2010-06-01'
    )
    (alice,) = parse_google(f"{OLDER_HEADER}\n{row}\n")
    assert (alice.name, alice.given_name, alice.family_name) == ("Alice Berg", "Alice", "Berg")
    assert alice.emails == [Labeled("alice@fjord.no", "work"), Labeled("alice@home.no", "home")]
    assert alice.phones == [Labeled("+47 900 00 000", "mobile")]
    assert (alice.organization, alice.title, alice.department) == (
        "Fjord Energi AS",
        "CFO",
        "Finance",
    )
    assert alice.links == [Labeled("https://www.linkedin.com/in/aliceb", "linkedin")]
    assert alice.addresses == [Labeled("Storgata 1, 0150 Oslo", "home")]
    assert alice.tags == ["Golf club"]
    assert (alice.birthday, alice.notes) == ("1980-03-22", "Met at Arendalsuka")
    assert alice.extra == {
        "middle name": "Marie",
        "name prefix": "Dr.",
        "nickname": "Ali",
        "event (anniversary)": "2010-06-01",
    }
