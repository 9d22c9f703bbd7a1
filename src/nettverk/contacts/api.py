"""/api/contacts: list, search, add, show, change and delete the caller's own contacts."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Query, Router, Status

from nettverk.accounts.models import User
from nettverk.api.auth import request_user
from nettverk.api.responses import ERRORS
from nettverk.arenas.services import arena_get_or_create
from nettverk.contacts.models import Contact
from nettverk.contacts.schemas import (
    ContactDetailOut,
    ContactFilters,
    ContactIn,
    ContactPage,
    ContactPatch,
)
from nettverk.contacts.serialize import contact_detail, contact_summary
from nettverk.contacts.services import (
    contact_create,
    contact_delete,
    contact_update,
    contacts_search,
)

router = Router(tags=["contacts"])

# A JSON null clears these; the services read None as "leave unchanged", so it becomes empty.
_CLEARED_BY_NULL: dict[str, Any] = {
    "emails": [], "phones": [], "links": [], "tags": [], "organization": "", "title": "",
    "notes": "", "expertise": "", "needs": "", "industry": "", "location": "", "languages": "",
    "name": "",
}


@router.get("", response={200: ContactPage, **ERRORS})
def contacts_list(request: HttpRequest, filters: Query[ContactFilters]) -> dict[str, Any]:
    found = contacts_search(
        request_user(request), query=filters.query, function=filters.function,
        seniority=filters.seniority, decision_maker=filters.decision_maker, tag=filters.tag,
        arena=filters.arena,
    )
    page = found.prefetch_related("emails")[filters.offset : filters.offset + filters.limit]
    return {"items": [contact_summary(c) for c in page], "count": found.count()}


@router.post("", response={201: ContactDetailOut, **ERRORS})
def contacts_add(request: HttpRequest, payload: ContactIn) -> Status[dict[str, Any]]:
    owner = request_user(request)
    # One transaction: an arena created for a contact that then fails validation is rolled back.
    with transaction.atomic():
        fields = _service_fields(owner, payload.dict(exclude_unset=True))
        contact = contact_create(owner=owner, **fields)
    return Status(201, contact_detail(contact))


@router.get("/{contact_id}", response={200: ContactDetailOut, **ERRORS})
def contacts_show(request: HttpRequest, contact_id: int) -> dict[str, Any]:
    return contact_detail(_contact_for_user(request, contact_id))


@router.patch("/{contact_id}", response={200: ContactDetailOut, **ERRORS})
def contacts_change(request: HttpRequest, contact_id: int, payload: ContactPatch) -> dict[str, Any]:
    contact = _contact_for_user(request, contact_id)
    with transaction.atomic():
        contact_update(contact, **_service_fields(contact.owner, payload.dict(exclude_unset=True)))
    return contact_detail(contact)


@router.delete("/{contact_id}", response={204: None, **ERRORS})
def contacts_remove(request: HttpRequest, contact_id: int) -> Status[None]:
    contact_delete(_contact_for_user(request, contact_id))
    return Status(204, None)


def _contact_for_user(request: HttpRequest, contact_id: int) -> Contact:
    """Another user's contact is as absent as one that never existed."""
    mine: QuerySet[Contact] = Contact.objects.owned_by(request_user(request)).select_related(
        "organization", "arena", "introduced_by"
    )
    return get_object_or_404(mine, pk=contact_id)


def _service_fields(owner: User, given: dict[str, Any]) -> dict[str, Any]:
    """The request's fields as `contact_update` takes them: ids and names become records."""
    fields = {key: _CLEARED_BY_NULL.get(key) if value is None else value
              for key, value in given.items()}
    # A null code means "not given": the title's classification stays in charge.
    for code in ("function", "seniority"):
        if fields.get(code) is None:
            fields.pop(code, None)
    if "arena" in fields:
        fields["arena"] = arena_get_or_create(owner, fields["arena"]) if fields["arena"] else None
    if "introduced_by" in fields:
        fields["introduced_by"] = _introducer(owner, fields["introduced_by"])
    return fields


def _introducer(owner: User, contact_id: int | None) -> Contact | None:
    if contact_id is None:
        return None
    found: Contact | None = Contact.objects.owned_by(owner).filter(pk=contact_id).first()
    if found is None:
        raise ValidationError({"introduced_by": _("No contact with id %d.") % contact_id})
    return found
