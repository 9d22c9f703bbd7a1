"""vCard syntax the parser understands, case by case, on small hand-written cards."""

from __future__ import annotations

import base64

import pytest

from nettverk.imports.formats import ContactRecord, Labeled, parse_vcards

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(40))


def card(*lines: str, end: str = "\r\n") -> ContactRecord:
    text = end.join(["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD", ""])
    (record,) = parse_vcards(text, file="alice.vcf")
    return record


def test_it_unfolds_lines_continued_by_a_space_or_a_tab() -> None:
    alice = card("FN:Alice", "NOTE:one", " two", "\tthree")
    assert alice.notes == "onetwothree"


@pytest.mark.parametrize("end", ["\r\n", "\n", "\r", "\r\r\n"])
def test_it_reads_any_line_ending(end: str) -> None:
    alice = card("FN:Alice Berg", "EMAIL:alice@example.no", "NOTE:a", " b", end=end)
    assert (alice.name, alice.emails[0].value, alice.notes) == (
        "Alice Berg",
        "alice@example.no",
        "ab",
    )


def test_it_reads_mixed_line_endings_and_a_byte_order_mark() -> None:
    text = (
        "\ufeffBEGIN:VCARD\r\nFN:Alice\nEMAIL:a@b.se\rEND:VCARD\r\nBEGIN:VCARD\nFN:Bob\nEND:VCARD"
    )
    alice, bob = parse_vcards(text)
    assert (alice.name, alice.emails, bob.name, bob.line) == (
        "Alice",
        [Labeled("a@b.se", "")],
        "Bob",
        5,
    )


def test_it_decodes_quoted_printable_with_a_charset_and_soft_line_breaks() -> None:
    alice = card(
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=85sa Wikstr=C3=B6m",
        "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:F=F6rsta rad=0D=0A=",
        "andra rad =",
        "och slut",
        "TITLE:VD",
    )
    assert alice.name == "Åsa Wikström"
    assert alice.notes == "Första rad\nandra rad och slut"
    assert alice.title == "VD"


def test_it_falls_back_to_windows_1252_for_bytes_that_are_not_utf_8() -> None:
    alice = card("FN;ENCODING=QUOTED-PRINTABLE:Caf=E9 =C3=85sa")
    assert alice.name == "Café Åsa"


def test_it_reads_bare_type_parameters_and_type_lists() -> None:
    alice = card(
        "TEL;WORK;VOICE:111",
        "TEL;TYPE=HOME,FAX:222",
        'TEL;TYPE="work,cell";PREF=1:333',
        "EMAIL;INTERNET;PREF:alice@example.no",
    )
    assert alice.phones == [
        Labeled("111", "work"),
        Labeled("222", "home fax"),
        Labeled("333", "work cell"),
    ]
    assert alice.emails == [Labeled("alice@example.no", "")]


def test_it_applies_an_apple_label_given_before_or_after_its_value() -> None:
    alice = card(
        "item1.X-ABLabel:Golf club",
        "item1.EMAIL;type=INTERNET:alice@golf.no",
        "item2.TEL:123",
        "item2.X-ABLabel:_$!<Mobile>!$_",
    )
    assert alice.emails == [Labeled("alice@golf.no", "Golf club")]
    assert alice.phones == [Labeled("123", "mobile")]


def test_it_unescapes_text_values() -> None:
    alice = card(
        r"FN:Berg\, Alice", r"NOTE:a\;b\:c\nd\Ne\\f", r"TITLE:say \"hi\"", r"X-PATH:C:\Users"
    )
    assert alice.name == "Berg, Alice"
    assert alice.notes == "a;b:c\nd\ne\\f"
    assert alice.title == 'say "hi"'
    assert alice.extra["x-path"] == "C:\\Users"


def test_it_splits_structured_values_only_at_unescaped_semicolons() -> None:
    alice = card(r"N:Berg\;Lund;Alice;;;", r"ORG:Fjord\; Co;Finance;Treasury")
    assert (alice.family_name, alice.given_name) == ("Berg;Lund", "Alice")
    assert (alice.organization, alice.department) == ("Fjord; Co", "Finance, Treasury")


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (["N:Berg;Alice;Marie;Dr.;PhD"], "Alice Marie Berg"),
        (["ORG:Fjord Energi AS"], "Fjord Energi AS"),
        (["EMAIL:alice@example.no"], "alice@example.no"),
        (["TEL:123"], ""),
    ],
)
def test_it_names_a_card_without_fn_from_n_then_org_then_email(lines: list[str], name: str) -> None:
    assert card(*lines).name == name


@pytest.mark.parametrize(
    ("value", "birthday"),
    [
        ("1980-03-22", "1980-03-22"),
        ("19800322", "1980-03-22"),
        ("--0322", "--03-22"),
        ("--03-22", "--03-22"),
        ("1604-03-22", "--03-22"),
        ("16040322", "--03-22"),
        ("1980-03-22T00:00:00Z", "1980-03-22"),
    ],
)
def test_it_reads_every_birthday_form(value: str, birthday: str) -> None:
    assert card(f"BDAY:{value}").birthday == birthday


def test_it_keeps_a_text_birthday_in_extra() -> None:
    alice = card("BDAY;VALUE=text:circa 1800")
    assert (alice.birthday, alice.extra["birthday"]) == ("", "circa 1800")


def test_it_decodes_base64_photos_in_every_spelling() -> None:
    data = base64.b64encode(PNG).decode()
    folded = "\r\n ".join(data[i : i + 20] for i in range(0, len(data), 20))
    for line in (
        f"PHOTO;ENCODING=b;TYPE=PNG:{data}",
        f"PHOTO;ENCODING=BASE64;PNG:{folded}",
        f"PHOTO;BASE64:{data.rstrip('=')}",
        f"PHOTO:data:image/png;base64,{data}",
    ):
        alice = card(line)
        assert (alice.photo, alice.photo_type) == (PNG, "image/png"), line


def test_it_keeps_a_photo_url_in_extra() -> None:
    alice = card("PHOTO;VALUE=uri:https://example.no/alice.jpg")
    assert alice.photo is None
    assert alice.extra["photo url"] == "https://example.no/alice.jpg"


def test_it_labels_linkedin_profiles_from_urls_and_social_profile_properties() -> None:
    alice = card(
        "URL:https://www.linkedin.com/in/alice-berg",
        "URL;TYPE=work:https://fjord.no",
        "X-SOCIALPROFILE;type=linkedin:http://www.linkedin.com/in/aliceberg2",
        "X-SOCIALPROFILE;type=twitter:https://twitter.com/alice",
        "X-LINKEDIN:https://no.linkedin.com/in/%C3%A5sa-berg",
        "item1.URL:https://www.linkedin.com/in/alice3",
        "item1.X-ABLabel:profile",
    )
    assert alice.links == [
        Labeled("https://www.linkedin.com/in/alice-berg", "linkedin"),
        Labeled("https://fjord.no", "work"),
        Labeled("http://www.linkedin.com/in/aliceberg2", "linkedin"),
        Labeled("https://twitter.com/alice", "twitter"),
        Labeled("https://no.linkedin.com/in/%C3%A5sa-berg", "linkedin"),
        Labeled("https://www.linkedin.com/in/alice3", "linkedin"),
    ]


def test_it_reads_categories_as_tags_without_system_groups() -> None:
    alice = card("CATEGORIES:Kunder,Oslo, Golf club ,My Contacts,Kunder")
    assert alice.tags == ["Kunder", "Oslo", "Golf club"]


def test_it_keeps_other_properties_in_extra_and_never_drops_a_second_value() -> None:
    alice = card(
        "FN:Alice", "FN:Alice B.", "NICKNAME:Ali", "X-SPOUSE:Bob", "TITLE:CFO", "TITLE:Board member"
    )
    assert alice.name == "Alice"
    assert alice.extra == {
        "fn": "Alice B.",
        "nickname": "Ali",
        "x-spouse": "Bob",
        "title": "Board member",
    }


def test_it_reads_vcard_4_uris_for_phones_and_emails() -> None:
    alice = card("TEL;VALUE=uri;TYPE=cell:tel:+47-900-00-000", "EMAIL:mailto:alice@example.no")
    assert alice.phones == [Labeled("+47-900-00-000", "cell")]
    assert alice.emails == [Labeled("alice@example.no", "")]


def test_it_uses_the_printed_label_only_when_a_card_has_no_address() -> None:
    alice = card("LABEL;TYPE=HOME:Storgata 1\\n0150 Oslo")
    assert alice.addresses == [Labeled("Storgata 1, 0150 Oslo", "home")]


def test_it_gives_each_record_the_line_of_its_begin() -> None:
    text = "\n\nBEGIN:VCARD\nFN:A\nNOTE:x\n y\nEND:VCARD\n\nbegin:vcard\nFN:B\nend:vcard\n"
    assert [(r.line, r.name) for r in parse_vcards(text)] == [(3, "A"), (9, "B")]
