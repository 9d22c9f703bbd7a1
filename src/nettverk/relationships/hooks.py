"""What other apps call, explicitly, when something relationships depend on has changed."""

from __future__ import annotations

from collections.abc import Collection

from nettverk.contacts.models import Contact
from nettverk.relationships.recompute import strength_recompute

# What the due day (cadence, and tags with a default cadence) and the needs index rest on.
WATCHED = frozenset({"cadence_days", "needs", "tags"})


def contact_changed(contact: Contact, fields: Collection[str]) -> None:
    """After `contact_update` saved these fields ("tags" when it set them): keep the due day
    and the needs index current."""
    if WATCHED.intersection(fields):
        strength_recompute(contact.owner, [contact.pk])
