"""/api/interactions: log, list, show, correct and delete the caller's touchpoints."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status

from nettverk.accounts.models import User
from nettverk.api.auth import request_user
from nettverk.api.responses import ERRORS
from nettverk.arenas.services import arena_get_or_create
from nettverk.contacts.models import Contact
from nettverk.contacts.schemas import InteractionOut, InteractionPage, code_field, date_field
from nettverk.contacts.serialize import interaction_json
from nettverk.goals.models import Goal
from nettverk.interactions.models import Direction, Interaction, Kind
from nettverk.interactions.services import (
    interaction_delete,
    interaction_log,
    interaction_update,
    interactions_search,
)

router = Router(tags=["interactions"])


class InteractionFilters(Schema):
    contact: int | None = Field(None, description="Only interactions with this contact id.")
    kind: str = code_field(Kind.values, default="")
    since: str = date_field(default="")
    until: str = date_field(default="")
    limit: int = Field(50, ge=1, le=500)
    offset: int = Field(0, ge=0)


class InteractionPatch(Schema):
    kind: str | None = code_field(Kind.values)
    date: str | None = date_field()
    note: str | None = None
    direction: str | None = code_field(Direction.values)


class InteractionIn(Schema):
    contacts: list[int] = Field(
        description="Ids of the contacts involved.", json_schema_extra={"minItems": 1}
    )
    kind: str = code_field(Kind.values, default=...)
    date: str | None = date_field(description="Default: today.")
    note: str = ""
    direction: str = code_field(Direction.values, default="")
    arena: str | None = Field(None, description="Where it happened; created if new.")
    goal: int | None = Field(None, description="Id of the goal this interaction serves.")


@router.get("", response={200: InteractionPage, **ERRORS})
def interactions_list(request: HttpRequest, filters: Query[InteractionFilters]) -> dict[str, Any]:
    found = interactions_search(
        request_user(request), contact=filters.contact, kind=filters.kind,
        since=filters.since, until=filters.until,
    )
    page = found[filters.offset : filters.offset + filters.limit]
    return {"items": [interaction_json(i) for i in page], "count": found.count()}


@router.post("", response={201: InteractionOut, **ERRORS})
def interactions_add(request: HttpRequest, payload: InteractionIn) -> Status[dict[str, Any]]:
    owner = request_user(request)
    # One transaction: an arena named by a request that then fails is not left behind.
    with transaction.atomic():
        interaction = interaction_log(
            owner=owner, contacts=_contacts_for_user(owner, payload.contacts), kind=payload.kind,
            occurred_on=payload.date, note=payload.note, direction=payload.direction,
            arena=arena_get_or_create(owner, payload.arena) if payload.arena else None,
            goal=_goal_for_user(owner, payload.goal),
        )
    return Status(201, interaction_json(interaction))


@router.get("/{interaction_id}", response={200: InteractionOut, **ERRORS})
def interactions_show(request: HttpRequest, interaction_id: int) -> dict[str, Any]:
    return interaction_json(_interaction_for_user(request, interaction_id))


@router.patch("/{interaction_id}", response={200: InteractionOut, **ERRORS})
def interactions_change(
    request: HttpRequest, interaction_id: int, payload: InteractionPatch
) -> dict[str, Any]:
    interaction = _interaction_for_user(request, interaction_id)
    given = payload.dict(exclude_unset=True)
    # A null note clears it; a null kind, date or direction has no meaning and changes nothing.
    note = (given["note"] or "") if "note" in given else None
    interaction_update(
        interaction, kind=given.get("kind"), occurred_on=given.get("date"), note=note,
        direction=given.get("direction"),
    )
    return interaction_json(interaction)


@router.delete("/{interaction_id}", response={204: None, **ERRORS})
def interactions_remove(request: HttpRequest, interaction_id: int) -> Status[None]:
    interaction_delete(_interaction_for_user(request, interaction_id))
    return Status(204, None)


def _interaction_for_user(request: HttpRequest, interaction_id: int) -> Interaction:
    """Another user's interaction is as absent as one that never existed."""
    mine: QuerySet[Interaction] = Interaction.objects.owned_by(request_user(request))
    mine = mine.select_related("arena")
    return get_object_or_404(mine, pk=interaction_id)


def _contacts_for_user(owner: User, ids: list[int]) -> list[Contact]:
    """The named contacts, all the owner's; someone else's id reads as unknown, not as forbidden."""
    found = {c.pk: c for c in Contact.objects.owned_by(owner).filter(pk__in=ids)}
    missing = [str(pk) for pk in ids if pk not in found]
    if missing:
        raise ValidationError({"contacts": _("No contact with id %s.") % ", ".join(missing)})
    return [found[pk] for pk in dict.fromkeys(ids)]


def _goal_for_user(owner: User, goal_id: int | None) -> Goal | None:
    if goal_id is None:
        return None
    goal = Goal.objects.owned_by(owner).filter(pk=goal_id).first()
    if goal is None:
        raise ValidationError({"goal": _("No goal with id %s.") % goal_id})
    return goal
