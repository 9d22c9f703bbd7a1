"""Logging what happened with whom."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from nettverk.accounts.models import User
from nettverk.arenas.models import Arena
from nettverk.contacts import validation as v
from nettverk.contacts.models import Contact
from nettverk.goals.models import Goal
from nettverk.interactions.models import KIND_DIRECTION, Direction, Interaction, Kind
from nettverk.relationships.recompute import strength_recompute


@transaction.atomic
def interaction_log(
    *,
    owner: User,
    contacts: Sequence[Contact],
    kind: str,
    occurred_on: date | str | None = None,
    note: str = "",
    direction: str = "",
    arena: Arena | None = None,
    goal: Goal | None = None,
) -> Interaction:
    """Record one touchpoint with one or more of the owner's contacts."""
    if kind not in Kind.values:
        raise ValidationError({"kind": _("Unknown kind %(kind)r; use one of %(kinds)s.")
                               % {"kind": kind, "kinds": ", ".join(Kind.values)}})
    if direction and direction not in Direction.values:
        raise ValidationError({"direction": _("Unknown direction %r.") % direction})
    if not contacts:
        raise ValidationError({"contacts": _("Name at least one contact.")})
    if any(c.owner_id != owner.pk for c in contacts) or (arena and arena.owner_id != owner.pk) \
            or (goal and goal.owner_id != owner.pk):
        raise ValidationError({"contacts": _("That record belongs to someone else.")})
    day = v.parse_date("date", occurred_on) or timezone.localdate()
    interaction = Interaction.objects.create(
        owner=owner,
        kind=kind,
        direction=direction or KIND_DIRECTION.get(Kind(kind), Direction.OUTBOUND),
        occurred_on=day,
        note=v.clean_text("note", note),
        arena=arena,
        goal=goal,
    )
    interaction.contacts.set(contacts)
    strength_recompute(owner, [c.pk for c in contacts])
    return interaction


@transaction.atomic
def interaction_delete(interaction: Interaction) -> None:
    contact_ids = list(interaction.contacts.values_list("pk", flat=True))
    owner = interaction.owner
    interaction.delete()
    strength_recompute(owner, contact_ids)


def timeline(contact: Contact) -> QuerySet[Interaction]:
    return contact.interactions.prefetch_related("contacts").select_related("arena")


def interactions_recent(owner: User, *, limit: int = 10) -> QuerySet[Interaction]:
    # The dashboard shows who was there by name only: their other thirty columns cost more
    # to read and build than the interactions themselves.
    people = Prefetch("contacts", queryset=Contact.objects.only("name"))
    return (
        Interaction.objects.owned_by(owner).select_related("arena")
        .prefetch_related(people)[:limit]
    )


def interactions_count_since(owner: User, since: date) -> int:
    return Interaction.objects.owned_by(owner).filter(occurred_on__gte=since).count()


@transaction.atomic
def interaction_update(
    interaction: Interaction,
    *,
    kind: str | None = None,
    occurred_on: date | str | None = None,
    note: str | None = None,
    direction: str | None = None,
) -> Interaction:
    """Change what was given (None leaves a field alone); everything is checked before saving."""
    if kind is not None:
        interaction.kind = _checked_kind(kind)
    if direction is not None:
        interaction.direction = _checked_direction(direction)
    if occurred_on is not None:
        interaction.occurred_on = v.parse_date("date", occurred_on) or interaction.occurred_on
    if note is not None:
        interaction.note = v.clean_text("note", note)
    interaction.save()
    strength_recompute(interaction.owner, list(interaction.contacts.values_list("pk", flat=True)))
    return interaction


def interactions_search(
    owner: User,
    *,
    contact: int | None = None,
    kind: str = "",
    since: date | str | None = None,
    until: date | str | None = None,
) -> QuerySet[Interaction]:
    """The owner's interactions, newest first, narrowed by contact id, kind and date range."""
    found = Interaction.objects.owned_by(owner)
    if contact is not None:
        found = found.filter(contacts__pk=contact)
    if kind:
        found = found.filter(kind=_checked_kind(kind))
    start, end = v.parse_date("since", since), v.parse_date("until", until)
    if start:
        found = found.filter(occurred_on__gte=start)
    if end:
        found = found.filter(occurred_on__lte=end)
    return found.select_related("arena").prefetch_related("contacts")


def _checked_kind(kind: str) -> str:
    if kind not in Kind.values:
        raise ValidationError({"kind": _("Unknown kind %(kind)r; use one of %(kinds)s.")
                               % {"kind": kind, "kinds": ", ".join(Kind.values)}})
    return kind


def _checked_direction(direction: str) -> str:
    if direction not in Direction.values:
        raise ValidationError({"direction": _("Unknown direction %r.") % direction})
    return direction
