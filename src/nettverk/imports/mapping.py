"""Parsed records to `Incoming`s: what is fatal for a file, what is only left out with a warning.

Fatal (the whole file is refused, naming line and field): a single-valued text longer than the
contact field holds (name 200 characters, given and family name 100, organization and department
200, title 300, notes 100,000). Storing a cut value would lose data silently, and the user can fix
the line named in the message.

Not fatal, reported as warnings in the summary: an email address that is not valid, a web address
that is not one, a tag over 60 characters, an address over 500, a phone number that cannot be a
phone number even as typed (over 40 characters or without digits). These are left out of that
contact; everything else in the file is stored. A phone number that does not parse is kept as
typed: a number with an unusual prefix is still worth more than none. A record with no name,
email or organization at all is skipped with a warning.

Values without a field of their own (a vCard ROLE, nicknames, name prefixes, an anniversary, any
X- property, an unknown CSV column) are kept at the end of the contact's notes as "key: value"
lines, so nothing an export held is lost.
"""

from __future__ import annotations

import os
import re
from datetime import date
from functools import lru_cache

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from nettverk.contacts import validation as v
from nettverk.contacts.services import link_kind
from nettverk.imports.formats import ContactRecord, FormatError
from nettverk.imports.formats.dates import NO_YEAR
from nettverk.imports.identity import email_key, index_key, linkedin_key, name_key, uid_key
from nettverk.imports.incoming import Incoming, Value, union

LIMITS = {"name": v.NAME_MAX, "given_name": 100, "family_name": 100, "organization": 200,
          "department": 200, "title": v.SHORT_TEXT_MAX, "notes": v.LONG_TEXT_MAX}
PHONE_MAX, ADDRESS_MAX, TAG_MAX, URL_MAX, LABEL_MAX, LINK_KIND_MAX = 40, 500, 60, 500, 40, 30
LINKEDIN_ARENA = "LinkedIn"
_TEXT_FIELDS = ("given_name", "family_name", "organization", "department", "title")

# The common shapes, checked with one regular expression; anything else goes through Django's
# validators, which are ten times slower and would dominate a 100,000-row import.
_HOST = r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
_PLAIN_EMAIL = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@" + _HOST)
_PLAIN_URL = re.compile(r"https?://" + _HOST + r"(?::\d{1,5})?(?:[/?#][^\s<>\"]*)?")


class RecordMapper:
    """Maps the records of one file; collects the warnings for its summary."""

    def __init__(self, file: str, kind: str) -> None:
        self.file, self.kind = file, kind
        self.warnings: list[str] = []
        self._field_sources: dict[tuple[str, ...], dict[str, str]] = {}

    def incoming(self, record: ContactRecord) -> Incoming | None:
        name = " ".join(record.name.split())
        if not name:
            self._warn(record.line, "name", _("nothing to name this contact by; skipped"))
            return None
        item = Incoming(line=record.line, kind=self.kind)
        self._single(item, record, name)
        self._lists(item, record)
        if record.photo:
            item.photo = (record.photo, (record.photo_type or "image/jpeg")[:50])
        self._identity(item, record)
        return item

    def _single(self, item: Incoming, record: ContactRecord, name: str) -> None:
        values: dict[str, Value] = {"name": self._fits(record.line, "name", name)}
        for field in _TEXT_FIELDS:
            text = getattr(record, field)
            if text:
                values[field] = self._fits(record.line, field, " ".join(text.split()))
        if record.notes or record.role or record.extra:
            notes = notes_with_extras(record)
            if notes:
                values["notes"] = self._fits(record.line, "notes", notes)
        if record.birthday:
            values["birthday"] = iso_to_date(record.birthday)
        if record.first_met:
            values["first_met"] = iso_to_date(record.first_met)
        if self.kind == "linkedin":
            values["arena"] = LINKEDIN_ARENA
        item.fields = values
        item.field_sources = self._sources_for(tuple(values))

    def _sources_for(self, names: tuple[str, ...]) -> dict[str, str]:
        # Shared between records with the same fields (never changed in place: see absorb).
        found = self._field_sources.get(names)
        if found is None:
            found = self._field_sources[names] = dict.fromkeys(names, self.kind)
        return found

    def _fits(self, line: int, field: str, text: str) -> str:
        limit = LIMITS[field]
        if len(text) > limit:
            message = _("too long: %(size)d characters, at most %(limit)d") % {
                "size": len(text), "limit": limit}
            raise FormatError(self.file, line, field, message)
        return text

    def _lists(self, item: Incoming, record: ContactRecord) -> None:
        line = record.line
        if record.emails:
            union(item.emails, [(e, label[:LABEL_MAX]) for raw, label in record.emails
                                if (e := self._email(line, raw))])
        if record.phones:
            union(item.phones, [(p, label[:LABEL_MAX]) for raw, label in record.phones
                                if (p := self._phone(line, raw))])
        if record.links:
            union(item.links, [(u, _link_kind(u, label)) for raw, label in record.links
                               if (u := self._url(line, raw))])
        if record.addresses:
            union(item.addresses, [(a, label[:LABEL_MAX]) for raw, label in record.addresses
                                   if (a := self._limited(line, "address", raw, ADDRESS_MAX))])
        if not record.tags:
            return
        seen: set[str] = set()
        for raw in record.tags:
            tag = self._limited(line, "tags", raw, TAG_MAX)
            if tag and tag.lower() not in seen:
                seen.add(tag.lower())
                item.tags.append(tag)

    def _email(self, line: int, raw: str) -> str:
        address = raw.strip()
        if address.lower().startswith("mailto:"):
            address = address[7:]
        clean = clean_email(address)
        if clean is None:
            self._warn(line, "email", _("%r is not a valid email address; left out") % address)
            return ""
        return clean

    def _phone(self, line: int, raw: str) -> str:
        typed = " ".join(raw.split())
        if not typed:
            return ""
        clean = clean_phone(typed, os.environ.get("NETTVERK_PHONE_REGION", "SE"))
        if clean:
            return clean
        if len(typed) > PHONE_MAX or not any(ch.isdigit() for ch in typed):
            self._warn(line, "phone", _("%r is not a phone number; left out") % typed[:60])
            return ""
        return typed  # kept as the source wrote it rather than lost

    def _url(self, line: int, raw: str) -> str:
        url = raw.strip()
        if not url:
            return ""
        clean = clean_url(url)
        if clean is None:
            self._warn(line, "url", _("%r is not a web address; left out") % url[:80])
            return ""
        return clean

    def _limited(self, line: int, field: str, raw: str, limit: int) -> str:
        text = " ".join(raw.split())
        if len(text) > limit:
            message = _("too long: %(size)d characters, at most %(limit)d; left out") % {
                "size": len(text), "limit": limit}
            self._warn(line, field, message)
            return ""
        return text

    def _identity(self, item: Incoming, record: ContactRecord) -> None:
        keys = [key for key in (uid_key(record.uid),) if key] if record.uid else []
        if item.links:
            keys += [key for url, _kind in item.links if (key := linkedin_key(url))]
        if item.emails:
            keys += [email_key(address) for address, _label in item.emails]
        if not keys:
            key = name_key(item.name, str(item.fields.get("organization", "")))
            if key:
                item.sources.append((self.kind, key, self.file[:255], None))
                item.keys.append(index_key(self.kind, key))
            return
        item.sources.append((self.kind, keys[0], self.file[:255], None))
        item.keys = keys

    def _warn(self, line: int, field: str, message: str) -> None:
        self.warnings.append(str(FormatError(self.file, line, field, message)))


def notes_with_extras(record: ContactRecord) -> str:
    """The record's notes, then its role and other values as "key: value" lines."""
    lines = [f"role: {record.role.strip()}"] if record.role.strip() else []
    lines += [f"{key}: {value}" for key, value in record.extra.items() if value.strip()]
    notes = record.notes.strip()
    if not lines:
        return notes
    return f"{notes}\n\n" + "\n".join(lines) if notes else "\n".join(lines)


@lru_cache(maxsize=16384)
def iso_to_date(text: str) -> date:
    """A parser's ISO date; "--MM-DD" (no year) is stored in year 1604, as Apple and Google do."""
    if text.startswith("--"):
        return date(NO_YEAR, int(text[2:4]), int(text[5:7]))
    return date.fromisoformat(text)


def clean_email(address: str) -> str | None:
    """The address with its domain lower-cased, or None when it is not valid."""
    if len(address) > 254:
        return None
    if not _PLAIN_EMAIL.fullmatch(address):
        try:
            address = v.clean_email(address)
        except ValidationError:
            return None
    local, _at, domain = address.rpartition("@")
    return f"{local}@{domain.lower()}"


def clean_phone(typed: str, region: str) -> str:
    """E.164 as the contact form stores it, or "" when the number does not parse.

    The phonenumbers library takes 50 µs a number, which alone would be 5 s for 100,000 cards.
    But for a number written with digits and separators only, whether it is possible and how it
    becomes E.164 (which country code goes in front, how many leading digits such as a trunk 0
    go away) depends on the region, its first digits and its length; so the library is asked once
    per (region, first six characters, length), and its answer, checked against the number it was
    worked out on, is applied to the rest of that shape.
    """
    if not _PLAIN_PHONE.fullmatch(typed):
        return _library_phone(typed, region)
    digits = ("+" if typed.startswith("+") else "") + "".join(filter(str.isdigit, typed))
    key = (region, digits[:6], len(digits))
    shape = _PHONE_SHAPES.get(key)
    if shape is None:
        e164 = _library_phone(typed, region)
        shape = _PHONE_SHAPES[key] = _shape(digits, e164)
        if shape == _NO_SHAPE:
            return e164
    prefix, strip = shape
    if strip < 0:
        return "" if prefix == "invalid" else _library_phone(typed, region)
    return prefix + digits[strip:]


_PLAIN_PHONE = re.compile(r"\+?[0-9][0-9 ./()-]{3,30}")
_NO_SHAPE = ("", -1)  # the library's answer did not follow the shape: ask it every time
_PHONE_SHAPES: dict[tuple[str, str, int], tuple[str, int]] = {}


def _shape(digits: str, e164: str) -> tuple[str, int]:
    """(what goes in front, how many leading characters go) turning `digits` into `e164`."""
    if not e164:
        return ("invalid", -1)
    for strip in range(min(len(digits), 4) + 1):
        tail = digits[strip:]
        if tail and e164.endswith(tail) and len(e164) - len(tail) <= 4:
            return e164[: len(e164) - len(tail)], strip
    return _NO_SHAPE


@lru_cache(maxsize=16384)
def _library_phone(typed: str, region: str) -> str:
    try:
        return v.clean_phone(typed, region)
    except ValidationError:
        return ""


def clean_url(url: str) -> str | None:
    if "://" not in url:
        url = "https://" + url
    if len(url) > URL_MAX:
        return None
    if _PLAIN_URL.fullmatch(url):
        return url
    try:
        return v.clean_url(url)
    except ValidationError:
        return None


def _link_kind(url: str, label: str) -> str:
    return "linkedin" if label == "linkedin" else link_kind(url)[:LINK_KIND_MAX]
