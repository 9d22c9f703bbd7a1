"""The first contacts of an import as they were stored, for the preview before confirming."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.imports.store_existing import field_text


def preview_rows(owner: User, ids: Sequence[int]) -> list[dict[str, Any]]:
    contacts = (Contact.objects.owned_by(owner).filter(pk__in=list(ids))
                .select_related("organization").prefetch_related("emails", "phones", "tags"))
    by_id = {contact.pk: contact for contact in contacts}
    return [_row(by_id[pk]) for pk in ids if pk in by_id]


def _row(contact: Contact) -> dict[str, Any]:
    return {
        "name": contact.name,
        "organization": contact.organization.name if contact.organization else "",
        "title": contact.title,
        "function": contact.function,
        "seniority": contact.seniority,
        "emails": [email.address for email in contact.emails.all()],
        "phones": [phone.number for phone in contact.phones.all()],
        "tags": [tag.name for tag in contact.tags.all()],
        "first_met": field_text(contact.first_met),
        "birthday": field_text(contact.birthday),
    }
