"""How an import knows a person it has seen before.

A contact is the same person when it shares an identity key with the incoming one: an email
address (any case), a LinkedIn profile URL (normalised), a vCard UID (or our own contact uid), or,
for a record without any of these, the same name and organization from the same kind of source.
Keys are plain strings with a prefix ("email:", "linkedin:", "uid:", "name:"); `IdentityIndex`
holds every key of one owner's contacts in a dict, loaded with a few queries, so matching 100,000
records costs dictionary lookups, not queries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import unquote

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact, ContactEmail, ContactLink, ContactSource
from nettverk.lib.names import fold

KEY_MAX = 500  # ContactSource.key
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://")
_PLAIN_PROFILE = re.compile(r"https?://(?:www\.)?linkedin\.com/((?:in|pub)/[a-z0-9_-]+)/?")
_UUID = re.compile(
    r"(?:urn:uuid:)?([0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12})")


def email_key(address: str) -> str:
    return "email:" + address.strip().lower()


def linkedin_key(url: str) -> str | None:
    """"linkedin:in/<name>" for a LinkedIn member profile, whatever its host, case, encoding,
    query or trailing slash; None for any other URL."""
    text = url.strip().lower()
    # The shape LinkedIn's exports write, in one step: a 100,000-row export passes here.
    plain = _PLAIN_PROFILE.fullmatch(text)
    return "linkedin:" + plain[1] if plain else profile_key(text)


def profile_key(text: str) -> str | None:
    """`linkedin_key` of a stripped, lower-case URL of any shape."""
    if "linkedin" not in text:
        return None
    if "%" in text:
        text = unquote(text)
    if "?" in text or "#" in text:
        text = text.split("#", 1)[0].split("?", 1)[0]
    if "://" in text:
        text = _SCHEME.sub("", text)
    host, _slash, path = text.partition("/")
    if host != "linkedin.com" and not host.endswith(".linkedin.com"):
        return None
    path = path.strip("/")
    if not path.startswith(("in/", "pub/")) or len(path) < 4:
        return None
    return "linkedin:" + path


def uid_key(uid: str) -> str | None:
    """"uid:…": a UUID in canonical lower case (with or without "urn:uuid:"), any other UID as
    written; None when empty or too long to store."""
    text = uid.strip()
    found = _UUID.fullmatch(text.lower())
    if found:
        digits = found[1].replace("-", "")
        text = f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"
    key = "uid:" + text
    return key if text and len(key) <= KEY_MAX else None


def name_key(name: str, organization: str) -> str | None:
    """For records with nothing better: the same name at the same organization."""
    key = f"name:{fold(name)}|{fold(organization)}"
    return key if len(key) <= KEY_MAX and fold(name) else None


def index_key(kind: str, key: str) -> str:
    """Name keys only match within one kind of source: a name is not proof across sources."""
    return f"{kind}/{key}" if key.startswith("name:") else key


class IdentityIndex:
    """Every identity key of one owner's contacts → that contact's id."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    @classmethod
    def load(cls, owner: User) -> IdentityIndex:
        index = cls()
        mine = Contact.objects.owned_by(owner)
        for pk, uid in mine.order_by("pk").values_list("pk", "uid").iterator(chunk_size=5000):
            index.ids[f"uid:{uid}"] = pk
        index._load_children(owner)
        return index

    def _load_children(self, owner: User) -> None:
        emails = ContactEmail.objects.filter(contact__owner=owner).order_by("pk")
        for pk, address in emails.values_list("contact_id", "address").iterator(chunk_size=5000):
            self.ids.setdefault(email_key(address), pk)
        links = ContactLink.objects.filter(contact__owner=owner, url__icontains="linkedin")
        for pk, url in links.order_by("pk").values_list("contact_id", "url").iterator(5000):
            key = linkedin_key(url)
            if key:
                self.ids.setdefault(key, pk)
        sources = ContactSource.objects.filter(contact__owner=owner).exclude(key="")
        rows = sources.order_by("pk").values_list("contact_id", "kind", "key")
        for pk, kind, key in rows.iterator(chunk_size=5000):
            self.ids.setdefault(index_key(kind, key), pk)

    def find(self, keys: Iterable[str]) -> int | None:
        for key in keys:
            found = self.ids.get(key)
            if found is not None:
                return found
        return None

    def add(self, keys: Iterable[str], pk: int) -> None:
        for key in keys:
            self.ids.setdefault(key, pk)
