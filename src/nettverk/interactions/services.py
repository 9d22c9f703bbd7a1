"""Logging what happened with whom."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from nettverk.accounts.models import User
from nettverk.arenas.models import Arena
from nettverk.contacts import validation as v
from nettverk.contacts.models import Contact
from nettverk.interactions.models import KIND_DIRECTION, Direction, Interaction, Kind


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
) -> Interaction:
    """Record one touchpoint with one or more of the owner's contacts."""
    if kind not in Kind.values:
        raise ValidationError({"kind": _("Unknown kind %(kind)r; use one of %(kinds)s.")
                               % {"kind": kind, "kinds": ", ".join(Kind.values)}})
    if direction and direction not in Direction.values:
        raise ValidationError({"direction": _("Unknown direction %r.") % direction})
    if not contacts:
        raise ValidationError({"contacts": _("Name at least one contact.")})
    if any(c.owner_id != owner.pk for c in contacts) or (arena and arena.owner_id != owner.pk):
        raise ValidationError({"contacts": _("That record belongs to someone else.")})
    day = v.parse_date("date", occurred_on) or timezone.localdate()
    interaction = Interaction.objects.create(
        owner=owner,
        kind=kind,
        direction=direction or KIND_DIRECTION.get(Kind(kind), Direction.OUTBOUND),
        occurred_on=day,
        note=v.clean_text("note", note),
        arena=arena,
    )
    interaction.contacts.set(contacts)
    return interaction


def interaction_delete(interaction: Interaction) -> None:
    interaction.delete()


def timeline(contact: Contact) -> QuerySet[Interaction]:
    return contact.interactions.prefetch_related("contacts").select_related("arena")
