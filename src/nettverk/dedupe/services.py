"""Suggested duplicates as the CLI, the API and the review page show them; dismissing a pair."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.dedupe.candidates import (
    Candidate,
    dismissed_pairs,
    duplicate_candidates,
    people_of,
)
from nettverk.dedupe.models import DuplicateDismissal


def candidates_for(owner: User, limit: int | None = None) -> list[Candidate]:
    found = duplicate_candidates(people_of(owner), dismissed=dismissed_pairs(owner))
    return found[:limit] if limit else found


def duplicate_pairs(owner: User, limit: int | None = None) -> list[dict[str, Any]]:
    """Each suggested pair with both contacts' names, organizations and emails."""
    found = candidates_for(owner, limit)
    ids = {pk for c in found for pk in (c.first, c.second)}
    contacts = {c.pk: c for c in Contact.objects.owned_by(owner).filter(pk__in=ids)
                .select_related("organization").prefetch_related("emails")}
    return [{"first": _side(contacts[c.first]), "second": _side(contacts[c.second]),
             "score": c.score, "reasons": list(c.reasons)} for c in found]


def _side(contact: Contact) -> dict[str, Any]:
    return {"id": contact.pk, "name": contact.name,
            "organization": contact.organization.name if contact.organization else None,
            "emails": [e.address for e in contact.emails.all()]}


def dismiss_pair(owner: User, first: Contact, second: Contact) -> None:
    """Record that the two are different people, so the pair is never suggested again."""
    if first.owner_id != owner.pk or second.owner_id != owner.pk:
        raise ValidationError({"contact": _("Both contacts must be yours.")})
    if first.pk == second.pk:
        raise ValidationError({"contact": _("Pick two different contacts.")})
    low, high = sorted((first.pk, second.pk))
    DuplicateDismissal.objects.get_or_create(owner=owner, first_id=low, second_id=high)
