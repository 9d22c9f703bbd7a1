"""The ask's words of the contacts an import has just created, from the values it stored.

The ask's index then need not read 100,000 contacts and their tags back (`ask.index.
index_new_contacts`). Each text must be exactly what `ask.sql.contact_texts` and `tag_names`
would read: the contact's own fields as `store_new.NewContacts` writes them, and the names of
its organization and tags as stored, which may differ in case from the file's.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar

from nettverk.accounts.models import User
from nettverk.ask.documents import ContactText
from nettverk.contacts.models import Organization, Tag
from nettverk.imports.incoming import Incoming

T = TypeVar("T")


def new_contact_texts(owner: User, ids: Sequence[int],
                      items: Sequence[Incoming]) -> Iterator[tuple[int, ContactText]]:
    """(id, text) of each new contact, `items[i]` having become contact `ids[i]`."""
    organizations, tags = _organizations(owner), _tags(owner)
    for pk, item in zip(ids, items, strict=True):
        get = item.fields.get
        organization = get("organization")
        org_name, org_industry = (organizations[str(organization).lower()] if organization
                                  else (None, None))
        yield pk, ContactText(
            str(get("title", "")), str(get("expertise", "")), str(get("notes", "")),
            str(get("needs", "")), str(get("department", "")), str(get("industry", "")),
            org_name, org_industry, _tag_names(item.tags, tags),
        )


def _organizations(owner: User) -> dict[str, tuple[str, str]]:
    rows = Organization.objects.owned_by(owner).order_by("pk").values_list("name", "industry")
    return _oldest_by_name((name, (name, industry)) for name, industry in rows)


def _tags(owner: User) -> dict[str, str]:
    rows = Tag.objects.owned_by(owner).order_by("pk").values_list("name", flat=True)
    return _oldest_by_name((name, name) for name in rows)


def _oldest_by_name(rows: Iterable[tuple[str, T]]) -> dict[str, T]:
    """Each value by its name in lower case, the oldest where two names differ only in case:
    the one an import links to (see `lookups.Names`)."""
    found: dict[str, T] = {}
    for name, value in rows:
        found.setdefault(name.lower(), value)
    return found


def _tag_names(tags: list[str], stored: dict[str, str]) -> tuple[str, ...]:
    if not tags:  # nearly every record of most formats
        return ()
    # Sorted by code point, as `ask.sql.tag_names` reads them; "GDPR" and "gdpr" are one tag.
    return tuple(sorted({stored[tag.lower()] for tag in tags}))
