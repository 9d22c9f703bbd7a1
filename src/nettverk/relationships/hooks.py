"""What other apps call, explicitly, when something relationships depend on has changed."""

from __future__ import annotations

from collections.abc import Collection

from nettverk.contacts.models import Contact
from nettverk.relationships.needs import needs_reindex
from nettverk.relationships.recompute import strength_recompute


def contact_changed(contact: Contact, fields: Collection[str]) -> None:
    """After `contact_update` saved these fields: keep the due day and the needs index current."""
    if "cadence_days" in fields:
        strength_recompute(contact.owner, [contact.pk])
    if "needs" in fields:
        needs_reindex(contact.owner, [contact.pk])
