"""Contacts as vCard 4.0 (RFC 6350), or 3.0 (RFC 2426) for older address books.

Written the way Apple Contacts and Google Contacts read it: CRLF line ends, lines folded at 75
octets (never inside a UTF-8 character), text escaped (backslash, comma, semicolon, newline).
A label a user made up ("Golf club") goes into an Apple item group with X-ABLabel; the labels
programs define become TYPE parameters. A birthday without a year is "--MMDD" in 4.0 and Apple's
"1604-MM-DD" with X-APPLE-OMIT-YEAR in 3.0. The photo is a data: URI in 4.0, inline base64 in
3.0. The UID is the contact's own, so importing the file again finds the same contacts.
"""

from __future__ import annotations

import base64
import re
from datetime import date
from typing import IO

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.contacts.validation import NO_YEAR
from nettverk.exports.people import contacts_for_export, photo_of

VERSIONS = ("4.0", "3.0")
_TYPE_WORD = re.compile(r"[a-z0-9-]+")
_TEL_TYPES = {"mobile": "cell", "iphone": "cell"}


def write_vcards(owner: User, out: IO[str], version: str = "4.0") -> int:
    """Every contact of `owner` as one card each; returns how many."""
    count = 0
    for contact in contacts_for_export(owner):
        out.write(contact_vcard(contact, version))
        count += 1
    return count


def contact_vcard(contact: Contact, version: str = "4.0") -> str:
    card = _Card(version)
    card.add("VERSION", version)
    card.add("UID", f"urn:uuid:{contact.uid}")
    card.add("FN", escape(contact.name))
    card.add("N", ";".join([escape(contact.family_name), escape(contact.given_name), "", "", ""]))
    if contact.organization or contact.department:
        organization = escape(contact.organization.name) if contact.organization else ""
        unit = f";{escape(contact.department)}" if contact.department else ""
        card.add("ORG", organization + unit)
    if contact.title:
        card.add("TITLE", escape(contact.title))
    _lists(card, contact)
    if contact.birthday:
        card.add(*birthday(contact.birthday, version))
    if contact.notes:
        card.add("NOTE", escape(contact.notes))
    tags = [escape(tag.name) for tag in contact.tags.all()]
    if tags:
        card.add("CATEGORIES", ",".join(tags))
    photo = photo_of(contact)
    if photo:
        card.add(*photo_property(*photo, version))
    return card.text()


def _lists(card: _Card, contact: Contact) -> None:
    for email in contact.emails.all():
        card.labelled("EMAIL", email.address, email.label)
    for phone in contact.phones.all():
        card.labelled("TEL", escape(phone.number), _TEL_TYPES.get(phone.label, phone.label))
    for link in contact.links.all():
        card.add("URL", link.url)
    for address in contact.addresses.all():
        card.labelled("ADR", ";".join(["", "", escape(address.text), "", "", "", ""]),
                      address.label)


def birthday(day: date, version: str) -> tuple[str, str]:
    if day.year == NO_YEAR:
        if version == "4.0":
            return "BDAY", f"--{day:%m%d}"
        return f"BDAY;X-APPLE-OMIT-YEAR={NO_YEAR}", day.isoformat()
    return "BDAY", day.strftime("%Y%m%d") if version == "4.0" else day.isoformat()


def photo_property(data: bytes, content_type: str, version: str) -> tuple[str, str]:
    encoded = base64.b64encode(data).decode("ascii")
    if version == "4.0":
        return "PHOTO", f"data:{content_type};base64,{encoded}"
    kind = content_type.split("/")[-1].upper() or "JPEG"
    return f"PHOTO;ENCODING=b;TYPE={kind}", encoded


def escape(text: str) -> str:
    """A text value as vCard writes it: \\\\, \\, and \\; escaped, line breaks as \\n."""
    if not any(ch in text for ch in "\\,;\r\n"):
        return text
    text = text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """`line` cut into pieces of at most 75 octets, joined by CRLF and a space."""
    if len(line.encode("utf-8")) <= 75:
        return line
    if line.isascii():  # a photo's base64: cut by slicing
        return "\r\n ".join([line[:75], *(line[i : i + 74] for i in range(75, len(line), 74))])
    pieces: list[str] = []
    current: list[str] = []
    size, limit = 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, 74  # the continuation's leading space is an octet
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


class _Card:
    def __init__(self, version: str) -> None:
        self.version = version
        self.lines = ["BEGIN:VCARD"]
        self.groups = 0

    def add(self, name: str, value: str) -> None:
        self.lines.append(fold(f"{name}:{value}"))

    def labelled(self, name: str, value: str, label: str) -> None:
        types = _types(label)
        if types is not None:
            self.add(f"{name};TYPE={types}" if types else name, value)
            return
        self.groups += 1
        group = f"item{self.groups}"
        self.add(f"{group}.{name}", value)
        self.add(f"{group}.X-ABLabel", escape(label))

    def text(self) -> str:
        return "\r\n".join([*self.lines, "END:VCARD", ""])


def _types(label: str) -> str | None:
    """A label as TYPE values ("home fax" → "home,fax"), or None when it needs X-ABLabel."""
    words = label.split()
    if all(_TYPE_WORD.fullmatch(word) for word in words):
        return ",".join(words)
    return None

