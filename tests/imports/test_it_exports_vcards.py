"""vCard export: valid for address books (CRLF, folded at 75 octets, escaped) and read back by our
own import with every name, email, phone, organization, title, birthday, note, tag and photo."""

from __future__ import annotations

import io
from typing import Any

import pytest
import vobject

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_create
from nettverk.exports.service import export_to
from nettverk.imports.formats import parse_vcards

from .pipeline import import_sample, import_text, sample_files


def _vcards(owner: User, version: str = "4.0") -> str:
    out = io.StringIO()
    export_to(owner, "vcard", out, vcard_version=version)
    return out.getvalue()


def _tricky(owner: User) -> Contact:
    return contact_create(
        owner=owner, name="Åsa Wikström-Øvergård", title="VD, styreleder; ägare",
        organization="Wikström & Co",
        notes="Line one\nLine two, with a comma; and \\ backslash\n" + "ø" * 120,
        emails=["asa.w@example.se"], phones=["+46 8 123 456 78"], tags=["golf", "tennis club"],
        links=["https://www.linkedin.com/in/asa-w"], birthday="--02-29")


def _person(contact: Contact) -> dict[str, Any]:
    return {
        "name": contact.name, "title": contact.title, "notes": contact.notes,
        "birthday": contact.birthday,
        "organization": contact.organization.name if contact.organization else "",
        "emails": sorted(e.address for e in contact.emails.all()),
        "phones": sorted(p.number for p in contact.phones.all()),
        "links": sorted(link.url for link in contact.links.all()),
        "tags": sorted(t.name for t in contact.tags.all()),
        "photo": bytes(contact.photo.data) if hasattr(contact, "photo") else None,
    }


def _people(owner: User) -> list[dict[str, Any]]:
    people = [_person(c) for c in Contact.objects.owned_by(owner)]
    return sorted(people, key=lambda p: (p["name"], p["emails"], p["organization"]))


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_it_writes_what_address_books_read(alice: User, version: str) -> None:
    _tricky(alice)
    import_sample(alice, "vcard/John_Doe_IPHONE.vcf")  # with a photo
    text = _vcards(alice, version)
    lines = text.split("\r\n")
    assert text.endswith("END:VCARD\r\n") and "\n" not in text.replace("\r\n", "")
    assert max(len(line.encode("utf-8")) for line in lines) <= 75
    assert f"VERSION:{version}" in lines
    unfolded = text.replace("\r\n ", "")
    assert "TITLE:VD\\, styreleder\\; ägare" in unfolded
    assert ("BDAY:--0229" if version == "4.0" else "BDAY;X-APPLE-OMIT-YEAR=1604:1604-02-29") in \
        unfolded
    photo = "PHOTO:data:image/jpeg;base64," if version == "4.0" else "PHOTO;ENCODING=b;TYPE=JPEG:"
    assert photo in unfolded


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_vobject_reads_it_too(alice: User, version: str) -> None:
    """A second, independent reader (as address books are) finds every value where it belongs."""
    _tricky(alice)
    import_sample(alice, "vcard/John_Doe_IPHONE.vcf")
    cards = {card.fn.value: card for card in vobject.readComponents(_vcards(alice, version))}
    asa, john = cards["Åsa Wikström-Øvergård"], cards["Mr. John Richter James Doe Sr."]
    assert asa.title.value == "VD, styreleder; ägare"
    assert asa.org.value[0] == "Wikström & Co"
    assert asa.email.value == "asa.w@example.se"
    assert asa.note.value.startswith("Line one\nLine two, with a comma; and \\ backslash\n")
    assert "golf" in asa.categories.value and "tennis club" in asa.categories.value
    if version == "3.0":  # vobject reads 4.0's data: URI as text; the test above checks it
        stored = Contact.objects.get(name=john.fn.value).photo.data
        assert john.photo.value == bytes(stored)


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_every_sample_survives_export_and_import(alice: User, bob: User, version: str) -> None:
    for relative in sample_files():
        import_sample(alice, relative)
    _tricky(alice)
    text = _vcards(alice, version)
    assert len(parse_vcards(text)) == Contact.objects.owned_by(alice).count()
    result = import_text(bob, text, "export.vcf")
    assert result.ok and result.new == Contact.objects.owned_by(alice).count()
    assert _people(bob) == _people(alice)


def test_importing_the_export_back_finds_the_same_contacts(alice: User) -> None:
    import_sample(alice, "linkedin/Connections.csv")
    _tricky(alice)
    text = _vcards(alice)
    first = import_text(alice, text, "export.vcf")
    assert (first.new, first.conflicts) == (0, 0)  # matched by the contact's own UID
    again = import_text(alice, text, "export.vcf")
    assert (again.new, again.updated, again.conflicts) == (0, 0, 0)
