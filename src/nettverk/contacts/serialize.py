"""Contacts as plain JSON-ready dicts: the shape the CLI's --json and the API share."""

from __future__ import annotations

from typing import Any

from nettverk.contacts.models import Contact
from nettverk.contacts.validation import birthday_text
from nettverk.interactions.models import Interaction
from nettverk.relationships.reasons import strength_reasons


def contact_summary(contact: Contact) -> dict[str, Any]:
    return {
        "id": contact.pk,
        "name": contact.name,
        "emails": [e.address for e in contact.emails.all()],
        "organization": contact.organization.name if contact.organization else None,
        "title": contact.title,
        "function": contact.function,
        "seniority": contact.seniority,
        "decision_maker": contact.decision_maker,
        "strength": contact.strength,
    }


def contact_detail(contact: Contact) -> dict[str, Any]:
    return {
        **contact_summary(contact),
        "phones": [p.number for p in contact.phones.all()],
        "links": [{"url": link.url, "kind": link.kind} for link in contact.links.all()],
        "tags": [t.name for t in contact.tags.all()],
        "industry": contact.industry,
        "location": contact.location,
        "languages": contact.languages,
        "expertise": contact.expertise,
        "needs": contact.needs,
        "notes": contact.notes,
        "first_met": _iso(contact.first_met),
        "arena": contact.arena.name if contact.arena else None,
        "introduced_by": (
            {"id": contact.introduced_by.pk, "name": contact.introduced_by.name}
            if contact.introduced_by else None
        ),
        "cadence_days": contact.cadence_days,
        "birthday": birthday_text(contact.birthday),
        "source": contact.source,
        "classification_manual": contact.classification_manual,
        "strength_reasons": strength_reasons(contact),
        "interactions": [interaction_json(i) for i in contact.interactions.all()],
    }


def interaction_json(interaction: Interaction) -> dict[str, Any]:
    return {
        "id": interaction.pk,
        "kind": interaction.kind,
        "direction": interaction.direction,
        "date": interaction.occurred_on.isoformat(),
        "note": interaction.note,
        "arena": interaction.arena.name if interaction.arena else None,
        "contacts": [{"id": c.pk, "name": c.name} for c in interaction.contacts.all()],
        "goal": interaction.goal_id,
    }


def _iso(value: Any) -> str | None:
    return value.isoformat() if value else None
