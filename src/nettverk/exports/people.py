"""An owner's contacts with everything an address-book export writes, read in batches."""

from __future__ import annotations

from collections.abc import Iterator

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact

BATCH = 2000


def contacts_for_export(owner: User) -> Iterator[Contact]:
    """Every contact, by name, with its lists prefetched a batch at a time."""
    query = (Contact.objects.owned_by(owner).order_by("name", "uid")
             .select_related("organization", "arena")
             .prefetch_related("emails", "phones", "links", "addresses", "tags", "photo"))
    yield from query.iterator(chunk_size=BATCH)


def photo_of(contact: Contact) -> tuple[bytes, str] | None:
    try:
        photo = contact.photo
    except Contact.photo.RelatedObjectDoesNotExist:
        return None
    return bytes(photo.data), photo.content_type
