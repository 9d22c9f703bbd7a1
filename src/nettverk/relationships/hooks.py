"""What other apps call, explicitly, when something relationships depend on has changed."""

from __future__ import annotations

from collections.abc import Collection

from nettverk.contacts.models import Contact
from nettverk.relationships.recompute import strength_recompute

# The contact fields the due day and the needs index are worked out from.
WATCHED = frozenset({"cadence_days", "needs"})


def contact_changed(contact: Contact, fields: Collection[str]) -> None:
    """After `contact_update` saved these fields: keep the due day and the needs index current."""
    if WATCHED.intersection(fields):
        strength_recompute(contact.owner, [contact.pk])
