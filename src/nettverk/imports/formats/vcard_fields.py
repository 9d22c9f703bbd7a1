"""One vCard's lines to a ContactRecord.

Properties kept elsewhere than `extra`: FN, N, ORG, TITLE, ROLE, NOTE, EMAIL, TEL, URL, ADR, LABEL
(the printed form of an address, used only when a card has no ADR), CATEGORIES, BDAY, UID, PHOTO,
social profiles (X-SOCIALPROFILE, SOCIALPROFILE, X-LINKEDIN, X-TWITTER, …) and Apple's
itemN.X-ABLabel labels. Deliberately dropped: bookkeeping (VERSION, PRODID, REV, X-ABUID, CLASS, …),
Outlook's card layout (X-MS-OL-DESIGN), binary keys, logos and sounds, and any PHOTO after the
first. Everything else goes to `extra` under its lower-case property name, "x-abdate (anniversary)"
when an Apple label names it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from django.utils.translation import gettext as _

from nettverk.imports.formats.dates import date_iso
from nettverk.imports.formats.records import MAX_FIELD, ContactRecord, FormatError, Labeled
from nettverk.imports.formats.values import (
    add_tags,
    fallback_name,
    is_linkedin_profile,
    label,
    one_line_address,
)
from nettverk.imports.formats.vcard_values import (
    NO_PARAMS,
    Params,
    clean,
    colon_outside_quotes,
    components,
    decode_base64,
    decode_quoted_printable,
    parse_params,
    sniff_image,
)

_IGNORED = frozenset(
    {
        "VERSION", "PRODID", "REV", "X-ABUID", "X-ABADR", "X-ABSHOWAS", "SORT-STRING", "CLASS",
        "PROFILE", "NAME", "SOURCE", "MAILER", "KEY", "LOGO", "SOUND", "X-MS-OL-DESIGN",
        "X-MS-OL-DEFAULT-POSTAL-ADDRESS", "X-COUCHDB-APPLICATION-ANNOTATIONS",
        "X-EVOLUTION-FILE-AS", "X-MOZILLA-HTML", "X-IMAGETYPE", "X-IMAGEHASH",
    }
)  # fmt: skip
_SOCIAL = frozenset(
    {
        "X-LINKEDIN", "X-TWITTER", "X-FACEBOOK", "X-INSTAGRAM", "X-XING", "X-GITHUB",
        "X-MASTODON", "X-YOUTUBE", "X-TIKTOK", "X-FLICKR",
    }
)  # fmt: skip
_IMAGE_TYPES = {"jpeg": "image/jpeg", "jpg": "image/jpeg", "png": "image/png", "gif": "image/gif"}
_CATEGORY_SPLIT = re.compile(r"\\?,")  # Thunderbird escapes the commas between categories
_QUOTED_PRINTABLE = re.compile("quoted-printable", re.IGNORECASE)
_HEAD_CACHE_SIZE = 10_000


class _Card:
    """A record being built, with Apple's group labels that may come before or after their value."""

    __slots__ = ("groups", "printed", "record")

    def __init__(self, record: ContactRecord) -> None:
        self.record = record
        self.groups: _Groups | None = None  # most cards have no groups: made on first use
        self.printed: list[Labeled] = _NONE_PRINTED

    def add(self, target: list[Labeled], value: str, kind: str, group: str) -> None:
        if group:
            groups = self.groups or self._start_groups()
            if group in groups.labels:
                kind = groups.labels[group]
            else:
                groups.slots[group] = (target, len(target))
        target.append(_new_tuple(Labeled, (value, kind)))

    def set_label(self, group: str, kind: str) -> None:
        groups = self.groups or self._start_groups()
        groups.labels[group] = kind
        if group in groups.slots:
            target, index = groups.slots.pop(group)
            if target[index].label != "linkedin":
                target[index] = Labeled(target[index].value, kind)

    def add_grouped_extra(self, group: str, key: str, value: str) -> None:
        (self.groups or self._start_groups()).extra.append((group, key, value))

    def print_address(self, line: str, kind: str) -> None:
        if self.printed is _NONE_PRINTED:
            self.printed = []
        self.printed.append(Labeled(line, kind))

    def finish(self) -> ContactRecord:
        record = self.record
        if self.groups:
            for group, key, value in self.groups.extra:
                kind = self.groups.labels.get(group)
                record.add_extra(f"{key} ({kind})" if kind else key, value)
        if self.printed and not record.addresses:
            record.addresses.extend(self.printed)
        if record.notes:
            record.notes = record.notes.strip()
        if not record.name:
            record.name = fallback_name(record)
        return record

    def _start_groups(self) -> _Groups:
        self.groups = _Groups()
        return self.groups


class _Groups:
    """Apple's itemN groups in one card: their labels, and the values waiting for a label."""

    __slots__ = ("extra", "labels", "slots")

    def __init__(self) -> None:
        self.labels: dict[str, str] = {}
        self.slots: dict[str, tuple[list[Labeled], int]] = {}
        self.extra: list[tuple[str, str, str]] = []


_NONE_PRINTED: list[Labeled] = []  # shared and never appended to: see _Card.print_address
_new_tuple = tuple.__new__  # Labeled(…) runs a Python-level __new__; this is 2x faster


class Head(NamedTuple):
    """What comes before a property's ":", parsed: `item1.EMAIL;TYPE=work`."""

    handler: Handler  # what to do with the value; decodes quoted-printable first where needed
    name: str
    params: Params
    group: str


Handler = Callable[[_Card, str, Head], None]


class CardBuilder:
    """Builds the records of one file, sharing a cache of parsed property heads between cards."""

    def __init__(self, file: str) -> None:
        self.file = file
        self._heads: dict[str, Head] = {}

    def quick(self, start: int, body: str) -> ContactRecord | None:
        """The record for a card's text, or None when it needs `exact` (odd syntax or an error)."""
        if len(body) > MAX_FIELD or body[:1] in (" ", "\t"):
            return None
        if "=\n" in body and _QUOTED_PRINTABLE.search(body):
            return None  # may hold soft line breaks
        if "\n " in body or "\n\t" in body:
            body = body.replace("\n ", "").replace("\n\t", "")
        card = _Card(ContactRecord(line=start, source="vcard"))
        heads = self._heads
        try:  # the hot loop of an import: kept flat on purpose
            for line in body.split("\n"):
                if not line:
                    continue
                head, colon, value = line.partition(":")
                if not colon:
                    return None
                entry = heads.get(head)
                if entry is None:
                    if head.count('"') % 2:
                        return None
                    entry = self._head(head)
                entry.handler(card, value, entry)
        except ValueError:
            return None
        return card.finish()

    def exact(self, start: int, lines: list[tuple[int, str]]) -> ContactRecord:
        """The record for a card's (line number, unfolded line) pairs; FormatError naming a line."""
        card = _Card(ContactRecord(line=start, source="vcard"))
        for no, line in lines:
            try:
                colon = line.find(":")
                if colon > 0 and '"' in line[:colon]:
                    colon = colon_outside_quotes(line)
                if colon <= 0:
                    raise ValueError(_("a property line needs a name, then ':', then the value"))
                head = self._head(line[:colon])
                head.handler(card, line[colon + 1 :], head)
            except ValueError as error:
                raise FormatError(self.file, no, field_of(line), str(error)) from None
        return card.finish()

    def _head(self, text: str) -> Head:
        head = self._heads.get(text)
        if head is None:
            name, semi, rest = text.partition(";")
            group, _dot, name = name.rpartition(".")
            name = name.strip().upper()
            if not name:
                raise ValueError(_("a property line needs a name before ':'"))
            params = parse_params(rest) if semi else NO_PARAMS
            handler = _HANDLERS.get(name, _other)
            if params.encoding == "quoted-printable":
                handler = _quoted_printable
            head = Head(handler, name, params, group.lower())
            if len(self._heads) >= _HEAD_CACHE_SIZE:  # unique parameters (UUIDs): bound memory
                self._heads.clear()
            self._heads[text] = head
        return head


def field_of(line: str) -> str:
    """The property name at the start of a raw line, for error messages."""
    name = line[:80].split("\n", 1)[0].split(":", 1)[0].split(";", 1)[0].rpartition(".")[2].strip()
    return name[:30].upper() or "line"


# --- properties: each handler gets the card, the raw value and the parsed head --------------------


def _fn(card: _Card, value: str, head: Head) -> None:
    record, text = card.record, clean(value)
    if not record.name:
        record.name = text
    elif text and text != record.name:
        record.add_extra("fn", text)


def _set_or_keep(record: ContactRecord, attribute: str, key: str, value: str) -> None:
    current = getattr(record, attribute)
    if not current:
        setattr(record, attribute, value)
    elif value and value != current:
        record.add_extra(key, value)


def _n(card: _Card, value: str, head: Head) -> None:
    record = card.record
    if record.given_name or record.family_name:
        record.add_extra("n", clean(value))
        return
    family, given, middle, prefix, suffix = components(value, 5)[:5]
    record.family_name, record.given_name = family, given
    if middle or prefix or suffix:
        record.add_extra("middle name", middle)
        record.add_extra("name prefix", prefix)
        record.add_extra("name suffix", suffix)


def _org(card: _Card, value: str, head: Head) -> None:
    if ";" in value:
        organization, *units = components(value, 1)
        department = ", ".join([unit for unit in units if unit])
    else:
        organization, department = clean(value), ""
    record = card.record
    if record.organization or record.department:
        record.add_extra("org", ", ".join(part for part in (organization, department) if part))
    else:
        record.organization, record.department = organization, department


def _title(card: _Card, value: str, head: Head) -> None:
    _set_or_keep(card.record, "title", "title", clean(value))


def _role(card: _Card, value: str, head: Head) -> None:
    _set_or_keep(card.record, "role", "role", clean(value))


def _note(card: _Card, value: str, head: Head) -> None:
    text = clean(value)
    if text:
        record = card.record
        record.notes = f"{record.notes}\n{text}" if record.notes else text


def _email(card: _Card, value: str, head: Head) -> None:
    address = clean(value)
    if ":" in address and address[:7].lower() == "mailto:":
        address = address[7:].strip()
    if address and not head.group:
        card.record.emails.append(_new_tuple(Labeled, (address, head.params.label)))
    elif address:
        card.add(card.record.emails, address, head.params.label, head.group)


def _tel(card: _Card, value: str, head: Head) -> None:
    number = clean(value)
    if ":" in number and number[:4].lower() == "tel:":
        number = number[4:].strip()
    if number and not head.group:
        card.record.phones.append(_new_tuple(Labeled, (number, head.params.label)))
    elif number:
        card.add(card.record.phones, number, head.params.label, head.group)


def _url(card: _Card, value: str, head: Head) -> None:
    _add_link(card, clean(value), head.params.label, head.group)


def _social(card: _Card, value: str, head: Head) -> None:
    name = head.name
    kind = head.params.label or (name[2:].lower() if name in _SOCIAL else "")
    _add_link(card, clean(value), kind, head.group)


def _add_link(card: _Card, url: str, kind: str, group: str) -> None:
    if not url:
        return
    if is_linkedin_profile(url):
        card.add(card.record.links, url, "linkedin", "")
    else:
        card.add(card.record.links, url, kind, group)


def _adr(card: _Card, value: str, head: Head) -> None:
    box, extended, street, city, region, postal, country = components(value, 7)[:7]
    postal_city = f"{postal} {city}" if postal and city else postal or city
    line = one_line_address(street, extended, box, postal_city, region, country)
    if line:
        card.add(card.record.addresses, line, head.params.label, head.group)


def _printed_label(card: _Card, value: str, head: Head) -> None:
    line = one_line_address(clean(value))
    if line:
        card.print_address(line, head.params.label)


def _categories(card: _Card, value: str, head: Head) -> None:
    if "\\" in value:
        add_tags(card.record, [clean(part) for part in _CATEGORY_SPLIT.split(value)])
    else:
        add_tags(card.record, value.split(","))


def _bday(card: _Card, value: str, head: Head) -> None:
    text = clean(value)
    if text:
        found = date_iso(text)
        if found:
            card.record.birthday = found
        else:  # vCard 4.0 allows text such as "circa 1800"
            card.record.add_extra("birthday", text)


def _uid(card: _Card, value: str, head: Head) -> None:
    _set_or_keep(card.record, "uid", "uid", clean(value))


def _photo(card: _Card, value: str, head: Head) -> None:
    record, value = card.record, value.strip()
    if record.photo is not None or not value:
        return
    params = head.params
    mime = _declared_mime(params)
    if value[:5].lower() == "data:":
        header, comma, value = value.partition(",")
        if not comma or ";base64" not in header.lower():
            raise ValueError(_("a data: URI photo must be base64-encoded"))
        mime = header[5:].split(";", 1)[0].strip().lower()
    elif params.encoding not in ("b", "base64") and _is_uri(value, params):
        record.add_extra("photo url", value)
        return
    data = decode_base64(value)
    if data:
        record.photo, record.photo_type = data, sniff_image(data) or mime


def _declared_mime(params: Params) -> str:
    if params.media_type:
        return params.media_type
    return next((_IMAGE_TYPES[kind] for kind in params.types if kind in _IMAGE_TYPES), "")


def _is_uri(value: str, params: Params) -> bool:
    return params.value_type in ("uri", "url") or "://" in value[:12]


def _ab_label(card: _Card, value: str, head: Head) -> None:
    if head.group:
        card.set_label(head.group, label(clean(value)))


def _quoted_printable(card: _Card, value: str, head: Head) -> None:
    params = head.params
    decoded = decode_quoted_printable(value, params.charset)
    _HANDLERS.get(head.name, _other)(card, decoded, head)


def _begin(card: _Card, value: str, head: Head) -> None:
    start = card.record.line
    message = _("BEGIN:%(value)s inside the card that starts at line %(start)d (no END:VCARD)")
    raise ValueError(message % {"value": value, "start": start})


def _ignore(card: _Card, value: str, head: Head) -> None:
    return


def _other(card: _Card, value: str, head: Head) -> None:
    text = clean(value)
    if text and head.group:
        card.add_grouped_extra(head.group, head.name.lower(), text)
    elif text:
        card.record.add_extra(head.name.lower(), text)


_HANDLERS: dict[str, Handler] = {
    "FN": _fn, "N": _n, "ORG": _org, "TITLE": _title, "ROLE": _role, "NOTE": _note,
    "EMAIL": _email, "TEL": _tel, "URL": _url, "ADR": _adr, "LABEL": _printed_label,
    "CATEGORIES": _categories, "BDAY": _bday, "UID": _uid, "PHOTO": _photo,
    "X-ABLABEL": _ab_label, "BEGIN": _begin, "X-SOCIALPROFILE": _social, "SOCIALPROFILE": _social,
    **{social: _social for social in _SOCIAL},
    **{ignored: _ignore for ignored in _IGNORED},
}  # fmt: skip
