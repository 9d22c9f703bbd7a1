"""Every shared sample file imports, with the right names, emails, organizations, titles, dates."""

from __future__ import annotations

from datetime import date

import pytest

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact

from .pipeline import contact_named, import_sample, import_text, sample_files


@pytest.mark.parametrize("relative", sample_files())
def test_it_imports_each_sample_file(alice: User, relative: str) -> None:
    """GIVEN a real export WHEN alice imports it THEN every person becomes a contact."""
    result = import_sample(alice, relative)
    assert result.ok, result.error
    assert result.new >= 1
    assert Contact.objects.owned_by(alice).count() == result.new


def test_it_reads_linkedin_connections(alice: User) -> None:
    result = import_sample(alice, "linkedin/Connections.csv")
    assert (result.format, result.new) == ("linkedin", 9)  # the ghost row is no one
    lars = contact_named(alice, "Lars Bergström")
    assert [e.address for e in lars.emails.all()] == ["lars.bergstrom@example.se"]
    assert lars.organization is not None and lars.organization.name == "Nordbanken AB"
    assert (lars.title, lars.function, lars.seniority) == ("CFO", "finance", "c_level")
    assert lars.first_met == date(2025, 1, 21)
    assert lars.arena is not None and (lars.arena.name, lars.arena.kind) == ("LinkedIn", "online")
    assert [(link.url, link.kind) for link in lars.links.all()] == [
        ("https://www.linkedin.com/in/lars-bergstr%C3%B6m-77", "linkedin")]
    assert lars.source == "linkedin" and lars.field_sources["title"] == "linkedin"
    sofia = contact_named(alice, "Sofia Lind")
    assert (sofia.family_name, sofia.seniority) == ("Lind", "c_level")
    assert "credentials: MBA" in sofia.notes


def test_it_reads_the_excel_resaved_linkedin_file(alice: User) -> None:
    import_sample(alice, "linkedin/Connections-excel-resaved.csv")
    henrik = contact_named(alice, "Henrik Moe")
    assert henrik.first_met == date(2026, 1, 5)
    assert (henrik.title, henrik.function) == ("Senior Controller", "finance")


def test_it_reads_google_contacts(alice: User) -> None:
    import_sample(alice, "csv/google-contacts.csv")
    kristian = contact_named(alice, "Kristian Olsen")
    assert sorted(e.address for e in kristian.emails.all()) == [
        "k.olsen@example.com", "kristian@example.no"]
    assert [p.number for p in kristian.phones.all()] == ["+4791234567"]
    assert [t.name for t in kristian.tags.all()] == ["Kunder"]
    assert kristian.notes.startswith("Hjelper små bedrifter med MVA.\nMøttes på")
    thomas = contact_named(alice, "Thomas Brown")
    assert thomas.birthday == date(1604, 3, 12)  # a birthday without a year
    elin = contact_named(alice, "Elin Sandberg")
    assert elin.links.get().kind == "linkedin"
    assert (elin.title, elin.seniority) == ("Grundare och VD", "c_level")


@pytest.mark.parametrize("relative", ["csv/outlook-com.csv", "csv/outlook-com-cp1252.csv"])
def test_it_reads_outlook_in_either_encoding(alice: User, relative: str) -> None:
    import_sample(alice, relative)
    magnus = contact_named(alice, "Magnus Karlsson")
    assert magnus.organization is not None and magnus.organization.name == "Verkstads AB"
    assert (magnus.title, magnus.function) == ("Inköpschef", "procurement")
    assert contact_named(alice, "Hanna Strand").birthday == date(1604, 11, 2)


def test_it_reads_vcards_with_photos_and_dates(alice: User) -> None:
    import_sample(alice, "vcard/John_Doe_IPHONE.vcf")
    john = Contact.objects.owned_by(alice).get()
    assert john.organization is not None and john.organization.name == "IBM"
    assert john.title == "Money Counter" and john.birthday == date(2012, 6, 6)
    assert john.photo.content_type.startswith("image/") and len(john.photo.data) > 1000
    assert "john.doe@ibm.com" in [e.address for e in john.emails.all()]


def test_it_keeps_a_birthday_without_a_year(alice: User) -> None:
    import_sample(alice, "vcard/rfc6350-example.vcf")
    simon = contact_named(alice, "Simon Perreault")
    assert simon.birthday == date(1604, 2, 3)


def test_it_folds_one_person_from_two_sources_into_one_contact(alice: User) -> None:
    """GIVEN Lars from LinkedIn WHEN his phone's card with the same email is imported
    THEN he is one contact, with both sources recorded."""
    import_sample(alice, "linkedin/Connections.csv")
    card = ("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:lars-1\r\nFN:Lars Bergström\r\n"
            "EMAIL:Lars.Bergstrom@example.se\r\nTEL;TYPE=CELL:070-123 45 67\r\nEND:VCARD\r\n")
    result = import_text(alice, card, "phone.vcf")
    assert (result.new, result.updated) == (0, 1)
    lars = contact_named(alice, "Lars Bergström")
    assert {(s.kind, s.key) for s in lars.sources.all()} == {
        ("linkedin", "linkedin:in/lars-bergström-77"), ("vcard", "uid:lars-1")}
    assert [p.number for p in lars.phones.all()] == ["+46701234567"]
    assert lars.emails.count() == 1  # the same address in another case is not a second one


def test_a_known_person_gets_the_photo_a_later_card_brings(alice: User) -> None:
    """GIVEN Lars from LinkedIn, without a picture WHEN his phone's card with a photo is
    imported THEN his contact has that photo, and its other rows, as the card gives them."""
    import_sample(alice, "linkedin/Connections.csv")
    card = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lars Bergström\r\nEMAIL:lars.bergstrom@example.se\r\n"
            "TEL;TYPE=CELL:070-123 45 67\r\nPHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgo=\r\n"
            "CATEGORIES:Banking\r\nEND:VCARD\r\n")
    result = import_text(alice, card, "phone.vcf")
    assert (result.new, result.updated) == (0, 1)
    lars = contact_named(alice, "Lars Bergström")
    assert bytes(lars.photo.data) == b"\x89PNG\r\n\x1a\n" and lars.photo.content_type == "image/png"
    assert [p.number for p in lars.phones.all()] == ["+46701234567"]
    assert [t.name for t in lars.tags.all()] == ["Banking"]
    assert {s.kind for s in lars.sources.all()} == {"linkedin", "vcard"}
