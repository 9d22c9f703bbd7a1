"""Real programs' vCards (shared/fixtures/vcard) read into the fields a user would expect."""

from __future__ import annotations

from nettverk.imports.formats import ContactRecord, Labeled

from .helpers import read_fixture


def only(relative: str) -> ContactRecord:
    records = read_fixture(f"vcard/{relative}")
    assert len(records) == 1
    return records[0]


def test_it_reads_every_card_of_an_android_export_with_quoted_printable_and_a_photo() -> None:
    records = read_fixture("vcard/John_Doe_ANDROID.vcf")
    assert [r.line for r in records] == [1, 6, 11, 18, 36, 71]
    assert records[0].name == "john.doe@company.com"  # no FN, no N: named by the email
    assert records[0].emails == [Labeled("john.doe@company.com", "")]
    assert records[0].tags == []  # "My Contacts" is Android's system group, not a tag
    assert records[2].name == "Ñ Ñ Ñ Ñ Ñ"
    assert records[2].phones == [Labeled("123456789", "cell")]
    assert records[3].name == "Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ"  # soft line break inside the value
    assert records[3].notes.startswith("Ñ Ñ Ñ Ñ Ñ Ñ Ñ ÑÑ")
    bob = records[4]
    assert bob.emails == [Labeled("bob@company.com", "work"), Labeled("Ñ" * 14, "")]
    assert bob.phones[-1] == Labeled("123456", "work fax")
    assert bob.organization == "Ñ" * 12
    assert bob.links == [Labeled("www.company.com", ""), Labeled("http://www.company.com", "")]
    assert bob.photo is not None and bob.photo.startswith(b"\xff\xd8")
    assert bob.photo_type == "image/jpeg"
    henry = records[5]
    assert henry.emails == [Labeled("henry@company.com", "")]
    assert henry.organization == "Ñ" * 44
    assert "Ñ€" in henry.extra["org"]  # a stray Windows-1252 byte (=80) inside UTF-8


def test_it_reads_a_blackberry_card_with_a_single_line_photo() -> None:
    card = only("John_Doe_BLACK_BERRY.vcf")
    assert (card.name, card.given_name, card.family_name) == ("John Doe", "john", "Doe")
    assert card.organization == "Acme Solutions"
    assert card.phones == [Labeled("+96123456789", "cell")]
    assert card.photo is not None and card.photo[:3] == b"\xff\xd8\xff"
    assert card.notes == ""


def test_it_reads_evolution_escapes_folds_and_quoted_parameters() -> None:
    card = only("John_Doe_EVOLUTION.vcf")
    assert card.name == "Mr. John Richter, James Doe Sr."
    assert (card.given_name, card.family_name) == ("John", "Doe")
    assert card.extra["middle name"] == "Richter, James"
    assert (card.extra["name prefix"], card.extra["name suffix"]) == ("Mr.", "Sr.")
    assert (card.organization, card.department) == ("IBM", "Accounting, Dungeon")
    assert card.title == "Money Counter"
    assert card.emails == [Labeled("john.doe@ibm.com", "work")]
    assert card.phones == [Labeled("905-666-1234", "cell"), Labeled("905-555-1234", "work")]
    assert card.links == [Labeled("http://www.ibm.com", "")]
    assert card.addresses == [
        Labeled(
            "15 Crescent moon drive, ASB-123, 12345 Albaney, New York, United States of America",
            "home",
        )
    ]
    assert card.tags == ["VIP"]
    assert card.notes.startswith(
        'THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS'
    )
    assert "WARRANTIES, INCLUDING, BUT NOT LIMITED TO" in card.notes
    assert card.birthday == "1980-03-22"
    assert card.uid == "477343c8e6bf375a9bac1f96a5000837"
    assert card.extra["nickname"] == "Johny"
    assert card.extra["x-aim"] == "johnny5@aol.com"
    assert card.extra["x-evolution-spouse"] == "Maria"


def test_it_reads_a_gmail_card_with_apple_groups() -> None:
    card = only("John_Doe_GMAIL.vcf")
    assert card.name == "Mr. John Richter, James Doe Sr."
    assert card.emails == [Labeled("john.doe@ibm.com", "home")]
    assert card.phones == [Labeled("905-555-1234", "cell"), Labeled("905-666-1234", "home")]
    assert card.links == [Labeled("http://www.ibm.com", "work")]  # "http\://" unescaped
    assert card.addresses[0].value.startswith("Crescent moon drive, 555-asd, Nice Area, Albaney")
    assert card.notes.startswith(
        'THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "'
    )
    assert card.notes.endswith("DAMAGE.\nFavotire Color: Blue")
    assert card.birthday == "1980-03-22"
    assert card.extra["x-abdate (anniversary)"] == "1975-03-01"
    assert card.extra["x-abrelatednames (spouse)"] == "Jenny"
    assert card.extra["x-phonetic-first-name"] == "Jon"


def test_it_reads_an_iphone_card_with_cr_cr_lf_line_ends_and_a_folded_photo() -> None:
    card = only("John_Doe_IPHONE.vcf")
    assert card.name == "Mr. John Richter James Doe Sr."
    assert (card.organization, card.department, card.title) == (
        "IBM",
        "Accounting",
        "Money Counter",
    )
    assert card.emails == [Labeled("john.doe@ibm.com", "")]
    assert card.phones == [
        Labeled("905-555-1234", "cell"),
        Labeled("905-666-1234", "home"),
        Labeled("905-777-1234", "work"),
        Labeled("905-888-1234", "home fax"),
        Labeled("905-999-1234", "work fax"),
        Labeled("905-111-1234", "pager"),
        Labeled("905-222-1234", "assistantphone"),  # item2.X-ABLabel:_$!<AssistantPhone>!$_
    ]
    assert card.links == [Labeled("http://www.ibm.com", "homepage")]
    assert card.addresses == [
        Labeled("Silicon Alley 5, 12345 New York, New York, United States of America", "home"),
        Labeled("Street4, Building 6, Floor 8, 12345 New York, USA", "work"),
    ]
    assert card.birthday == "2012-06-06"
    assert card.photo is not None and len(card.photo) == 32531
    assert card.photo.startswith(b"\xff\xd8") and card.photo.endswith(b"\xff\xd9")
    assert card.photo_type == "image/jpeg"


def test_it_reads_a_lotus_notes_card_with_role_uid_and_unusual_properties() -> None:
    card = only("John_Doe_LOTUS_NOTES.vcf")
    assert card.name == "Mr. Doe John I Johny"
    assert (card.organization, card.department) == ("IBM", "SUN")
    assert (card.title, card.role) == ("Generic Accountant", "Counting Money")
    assert card.emails == [
        Labeled("john.doe@ibm.com", "work"),
        Labeled("billy_bob@gmail.com", "work"),
    ]
    assert card.links == [Labeled("http://www.sun.com", "homepage")]
    assert card.addresses[0].label == "home"  # the ADR wins over the printed LABEL
    assert card.birthday == "1980-05-21"
    assert card.uid == "0e7602cc-443e-4b82-b4b1-90f62f99a199"
    assert card.photo is not None and card.photo.startswith(b"\xff\xd8")
    assert card.extra["nickname"] == "Johny,JayJay"
    assert card.extra["geo"] == "-2.600000;3.400000"
    assert "x-abuid" not in card.extra and "version" not in card.extra


def test_it_reads_a_mac_address_book_card_with_an_lf_folded_photo_in_a_crlf_file() -> None:
    card = only("John_Doe_MAC_ADDRESS_BOOK.vcf")
    assert card.name == "Mr. John Richter,James Doe Sr."
    assert card.emails == [Labeled("john.doe@ibm.com", "work")]
    assert card.phones[0] == Labeled("905-777-1234", "work")
    assert card.phones[-1] == Labeled("905-222-1234", "AssistantPhone")  # a user's own label
    assert card.links == [Labeled("http://www.ibm.com", "homepage")]
    assert card.photo is not None and len(card.photo) == 18242
    assert card.birthday == "2012-06-06"
    assert card.extra["x-abrelatednames (spouse)"] == "Jenny"


def test_it_reads_an_ms_outlook_card() -> None:
    card = only("John_Doe_MS_OUTLOOK.vcf")
    assert card.name == "Mr. John Richter James Doe Sr."
    assert (card.title, card.role) == ("Money Counter", "Counting Money")
    assert card.emails == [Labeled("john.doe@ibm.cm", "")]
    assert card.phones == [Labeled("(905) 555-1234", "work"), Labeled("(905) 666-1234", "home")]
    assert card.links == [Labeled("http://www.ibm.com", "work")]
    assert card.addresses == [
        Labeled("Cresent moon drive, 12345 Albaney, New York, United States of America", "work"),
        Labeled("Silicon Alley 5, 12345 New York, New York, United States of America", "home"),
    ]
    assert card.birthday == "1980-03-22"  # BDAY:19800322
    assert card.photo is not None and card.photo_type == "image/jpeg"
    assert card.extra["x-ms-manager"] == "Big Blue"
    assert "x-ms-ol-design" not in card.extra


def test_it_reads_several_gmail_cards() -> None:
    records = read_fixture("vcard/gmail-list.vcf")
    assert [(r.line, r.name, r.emails[0].value) for r in records] == [
        (1, "Arnold Smith", "asmithk@gmail.com"),
        (7, "Chris Beatle", "chrisy55d@yahoo.com"),
        (13, "Doug White", "dwhite@gmail.com"),
    ]


def test_it_applies_apple_labels_to_the_values_of_their_group() -> None:
    card = only("gmail-single2.vcf")
    assert card.emails[-1] == Labeled("customcategory@example.com", "CustomEmailCategory")
    assert Labeled("5555551119", "grand_central") in card.phones
    assert card.phones[-1] == Labeled("5555551121", "CustomePhoneCategory")
    assert card.links == [
        Labeled("http://www.example1.com", ""),
        Labeled("http://www.example2.com", "profile"),
        Labeled("http://www.example3.com", "blog"),
        Labeled("http://www.example4.com", "homepage"),
        Labeled("http://www.example5.com", "work"),
        Labeled("http://www.example6.com", "CustomWebsiteCategory"),
    ]
    assert card.addresses[-1] == Labeled("115 Main St, 10011 NY, New York", "CustomAddressCategory")
    assert (card.organization, card.title, card.birthday) == (
        "TheCompany",
        "TheJobTitle",
        "1912-06-23",
    )
    assert card.notes == "note line 1\nnote line 2\nCustomField: field value"
    assert card.extra["x-abrelatednames (spouse)"] == "Name2"
    assert card.extra["x-abdate"] == "1776-07-04"
    assert card.extra["x-skype"] == "IM5"


def test_it_reads_outlook_2003_quoted_printable_notes() -> None:
    card = only("outlook-2003.vcf")
    assert card.name == "John Doe III"
    assert (card.organization, card.department) == ("Company, The", "TheDepartment")
    assert card.notes == "This is the note field!!\nSecond line\n\nThird line is empty"
    assert card.phones[0] == Labeled("BusinessPhone", "work")
    assert card.addresses == [
        Labeled("123 Main St, TheOffice, 12345 Austin, TX, United States of America", "work")
    ]
    assert card.emails == [Labeled("jdoe@hotmail.com", "")]  # after a base64 KEY
    assert card.birthday == "1980-03-21"


def test_it_reads_outlook_2007_with_charset_and_soft_line_breaks() -> None:
    card = only("outlook-2007.vcf")
    assert card.name == "Mr. Michael Angstadt Jr."
    assert card.notes.startswith("This is the NOTE field\t\nI assume it encodes this text")
    assert card.notes.endswith("It does not preserve the formatting")
    assert card.emails == [Labeled("mike.angstadt@gmail.com", "")]
    assert card.links == [
        Labeled("http://mikeangstadt.name", "home"),
        Labeled("http://mikeangstadt.name", "work"),
    ]
    assert card.birthday == "1922-03-10"
    assert card.photo is not None and card.photo.startswith(b"\xff\xd8")
    assert card.photo.endswith(b"\xff\xd9")  # the folded data ends in "/9k=", then a blank line


def test_it_reads_the_rfc_2426_examples() -> None:
    frank, tim = read_fixture("vcard/rfc2426-example.vcf")
    assert (frank.line, frank.name, frank.organization) == (
        1,
        "Frank Dawson",
        "Lotus Development Corporation",
    )
    assert frank.addresses == [
        Labeled("6544 Battleford Drive, 27613-3502 Raleigh, NC, U.S.A.", "work")
    ]
    assert frank.emails == [
        Labeled("Frank_Dawson@Lotus.com", ""),
        Labeled("fdawson@earthlink.net", ""),
    ]
    assert frank.phones == [
        Labeled("+1-919-676-9515", "work"),
        Labeled("+1-919-676-9564", "fax work"),
    ]
    assert (tim.line, tim.name, tim.emails) == (
        13,
        "Tim Howes",
        [Labeled("howes@netscape.com", "")],
    )


def test_it_reads_the_rfc_6350_example() -> None:
    card = only("rfc6350-example.vcf")
    assert card.name == "Simon Perreault"
    assert card.birthday == "--02-03"  # BDAY:--0203, no year
    assert card.organization == "Viagenie"
    assert card.phones[0] == Labeled("+1-418-656-9254;ext=102", "work")
    assert card.emails == [Labeled("simon.perreault@viagenie.ca", "work")]
    assert card.links == [Labeled("http://nomis80.org", "home")]
    assert card.addresses == [
        Labeled("2875 Laurier, Suite D2-630, G1V 2M2 Quebec, QC, Canada", "work")
    ]
    assert card.extra["lang"] == "fr\nen"


def test_it_reads_a_thunderbird_card_with_escaped_category_commas() -> None:
    card = only("thunderbird-MoreFunctionsForAddressBook-extension.vcf")
    assert (card.name, card.organization, card.department) == (
        "John Doe",
        "TheOrganization",
        "TheDepartment",
    )
    assert card.title == "TheTitle"
    assert card.tags == ["category1", "category2", "category3"]
    assert len(card.emails) == 5 and card.emails[0] == Labeled("doe.john@hotmail.com", "")
    assert card.phones[3] == Labeled("555-555-3333", "fax")
    assert card.links == [
        Labeled("http://www.private-webpage.com", "home"),
        Labeled("http://www.work-webpage.com", "work"),
    ]
    assert card.notes.endswith('You can put anything in the "note" field; even curse words.')
    assert card.birthday == "1970-09-21"
    assert card.photo is not None and card.photo_type == "image/jpeg"
