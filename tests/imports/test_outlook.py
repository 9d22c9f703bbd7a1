"""Outlook CSV: Outlook.com's 61 columns (UTF-8 and Windows-1252) and the desktop wizard's set."""

from __future__ import annotations

import pytest

from nettverk.imports.formats import Labeled, parse_outlook

from .helpers import read_fixture

DESKTOP_HEADER = (
    '"Title","First Name","Middle Name","Last Name","Suffix","Company","Department","Job Title",'
    '"Business Street","Business City","Business State","Business Postal Code",'
    '"Business Country/Region","Home Street","Home City","Home Postal Code","Business Fax",'
    '"Business Phone","Home Phone","Mobile Phone","Anniversary","Birthday","Categories",'
    '"E-mail Address","E-mail Type","E-mail Display Name","E-mail 2 Address","Gender","Notes",'
    '"Priority","Private","Sensitivity","Spouse","Web Page"'
)


@pytest.mark.parametrize("name", ["outlook-com.csv", "outlook-com-cp1252.csv"])
def test_it_reads_the_outlook_com_export_in_either_encoding(name: str) -> None:
    magnus, hanna = read_fixture(f"csv/{name}")
    assert (magnus.line, magnus.name, magnus.source) == (2, "Magnus Karlsson", "outlook")
    assert magnus.emails == [Labeled("magnus.karlsson@example.se", "")]
    assert magnus.phones == [Labeled("+46 70 123 45 67", "mobile")]
    assert (magnus.organization, magnus.title) == ("Verkstads AB", "Inköpschef")
    assert magnus.addresses == [Labeled("Västerås, Sverige", "work")]
    assert magnus.notes == "Ansvarar för inköp av komponenter."
    assert (magnus.birthday, magnus.extra) == ("", {})
    assert (hanna.line, hanna.name, hanna.organization) == (3, "Hanna Strand", "Kystbanken")
    assert hanna.emails == [Labeled("hanna@example.no", "")]
    assert hanna.birthday == "--11-02"  # 1604: no year
    assert hanna.addresses == [Labeled("Bergen", "work")]


def test_the_two_encodings_give_the_same_records_but_one_title() -> None:
    utf8 = read_fixture("csv/outlook-com.csv")
    cp1252 = read_fixture("csv/outlook-com-cp1252.csv")
    assert utf8[0] == cp1252[0]
    assert (utf8[1].title, cp1252[1].title) == ("IT-sjef", "IT-chef")


def test_it_reads_the_desktop_export_wizard_columns() -> None:
    row = (
        '"Ms.","Alice","","Berg","","Fjord Energi AS","Finance","CFO","Storgata 1","Oslo","",'
        '"0150","Norge","","","","","+47 22 00 00 00","","+47 900 00 000","0/0/00","3/22/1980",'
        '"Kunder;Golf club","alice@fjord.no","SMTP","Alice Berg (alice@fjord.no)",'
        '"alice@home.no","Unspecified","Line one\r\nLine two","Normal","False",'
        '"Normal","Bob","https://www.linkedin.com/in/aliceberg"'
    )
    (alice,) = parse_outlook(f"{DESKTOP_HEADER}\r\n{row}\r\n")
    assert (alice.name, alice.organization, alice.department, alice.title) == (
        "Alice Berg", "Fjord Energi AS", "Finance", "CFO",
    )  # fmt: skip
    assert alice.emails == [Labeled("alice@fjord.no", ""), Labeled("alice@home.no", "")]
    assert alice.phones == [Labeled("+47 22 00 00 00", "work"), Labeled("+47 900 00 000", "mobile")]
    assert alice.addresses == [Labeled("Storgata 1, 0150 Oslo, Norge", "work")]
    assert alice.links == [Labeled("https://www.linkedin.com/in/aliceberg", "linkedin")]
    assert (alice.birthday, alice.tags) == ("1980-03-22", ["Kunder", "Golf club"])
    assert alice.notes == "Line one\nLine two"
    assert alice.extra == {"name prefix": "Ms.", "spouse": "Bob"}


def test_it_keeps_an_exchange_address_out_of_the_emails() -> None:
    header = "First Name,Last Name,E-mail Address,E-mail Type,Job Title"
    (bob,) = parse_outlook(f"{header}\nBob,Lund,/o=ExchangeLabs/cn=bob,EX,CTO\n")
    assert (bob.emails, bob.extra) == ([], {"e-mail address": "/o=ExchangeLabs/cn=bob"})
