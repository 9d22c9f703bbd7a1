"""The same person from two sources becomes one contact with both sources recorded, whichever
identity the two share: an email, a LinkedIn profile URL or a vCard UID."""

from __future__ import annotations

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact

from .pipeline import contact_named, import_sample, import_text

GOOGLE_HEADER = ("Name,Given Name,Family Name,E-mail 1 - Type,E-mail 1 - Value,"
                 "Website 1 - Type,Website 1 - Value\n")


def _sources(contact: Contact) -> set[tuple[str, str]]:
    return {(source.kind, source.key) for source in contact.sources.all()}


def test_a_linkedin_profile_in_google_contacts_finds_the_connection(alice: User) -> None:
    """GIVEN Lars from LinkedIn WHEN a Google row without his email, but with his profile
    written another way, is imported THEN he is one contact, with both sources."""
    import_sample(alice, "linkedin/Connections.csv")
    row = ("Lars Bergström,Lars,Bergström,* Home,lars@home.example,Profile,"
           "http://LinkedIn.com/in/lars-bergström-77/?trk=x\n")
    result = import_text(alice, GOOGLE_HEADER + row, "google.csv")
    assert (result.format, result.new, result.updated) == ("google", 0, 1)
    lars = contact_named(alice, "Lars Bergström")
    assert {kind for kind, _key in _sources(lars)} == {"linkedin", "google"}
    assert sorted(e.address for e in lars.emails.all()) == [
        "lars.bergstrom@example.se", "lars@home.example"]
    assert lars.links.count() == 1  # the same profile, not a second link


def test_a_vcard_uid_finds_the_person_another_program_exported(alice: User) -> None:
    """GIVEN Ingrid's card from her phone WHEN her card from another address book, with the
    same UID and another email, is imported THEN she is one contact with both emails."""
    phone = ("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:urn:uuid:5F1A2B3C-4D5E-4F60-8A7B-9C0D1E2F3A4B\r\n"
             "FN:Ingrid Berg\r\nEMAIL:ingrid@fjord.no\r\nEND:VCARD\r\n")
    laptop = ("BEGIN:VCARD\nVERSION:4.0\nUID:5f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b\n"
              "FN:Ingrid Berg\nEMAIL:ingrid.berg@example.no\nTITLE:CFO\nEND:VCARD\n")
    assert import_text(alice, phone, "phone.vcf").new == 1
    result = import_text(alice, laptop, "laptop.vcf")
    assert (result.new, result.updated) == (0, 1)
    ingrid = Contact.objects.owned_by(alice).get()
    assert sorted(e.address for e in ingrid.emails.all()) == [
        "ingrid.berg@example.no", "ingrid@fjord.no"]
    assert ingrid.title == "CFO"
    assert _sources(ingrid) == {("vcard", "uid:5f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b")}


def test_an_email_in_another_case_finds_the_outlook_contact(alice: User) -> None:
    import_sample(alice, "csv/outlook-com.csv")
    magnus = contact_named(alice, "Magnus Karlsson")
    address = magnus.emails.first()
    assert address is not None
    card = (f"BEGIN:VCARD\nFN:Magnus K.\nEMAIL:{address.address.upper()}\n"
            "TEL:+46 70 555 12 12\nEND:VCARD\n")
    result = import_text(alice, card, "phone.vcf")
    assert (result.new, result.updated) == (0, 1)
    magnus.refresh_from_db()
    assert {kind for kind, _key in _sources(magnus)} == {"outlook", "vcard"}
    assert "+46705551212" in [p.number for p in magnus.phones.all()]
