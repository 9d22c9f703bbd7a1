"""What the user decides about a relationship: its tier, a snooze, "done" on the due list."""

from __future__ import annotations

from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from nettverk.contacts import validation as v
from nettverk.contacts.models import Contact, Tag
from nettverk.interactions.models import Interaction
from nettverk.interactions.services import interaction_log
from nettverk.relationships.models import Relationship, TagCadence, Tier
from nettverk.relationships.recompute import strength_recompute

MAX_SNOOZE_DAYS = 366
# "Done" records the cheapest real touchpoint: the user got back in touch, we do not know how.
DONE_KIND = "message"


def relationship_for(contact: Contact) -> Relationship:
    """The contact's relationship row, worked out now if it was not yet."""
    found = Relationship.objects.filter(contact=contact).first()
    if found is None:
        strength_recompute(contact.owner, [contact.pk])
        found = Relationship.objects.get(contact=contact)
    return found


@transaction.atomic
def tier_set(contact: Contact, tier: str) -> Relationship:
    """Pin the contact to a tier ("" unpins); the tier's cadence applies unless they have one."""
    if tier and tier not in Tier.values:
        raise ValidationError({"tier": _("Unknown tier %r.") % tier})
    relationship = relationship_for(contact)
    relationship.tier = tier
    relationship.save(update_fields=["tier"])
    strength_recompute(contact.owner, [contact.pk])
    relationship.refresh_from_db()
    return relationship


def snooze(
    contact: Contact, until: date | str | None, *, today: date | None = None
) -> Relationship:
    """Keep the contact off the due list until that day (it shows again on the day)."""
    today = today or timezone.localdate()
    day = v.parse_date("until", until)
    if day is None or not today < day <= today + timedelta(days=MAX_SNOOZE_DAYS):
        raise ValidationError({"until": _("Choose a day after today and within a year.")})
    relationship = relationship_for(contact)
    relationship.snoozed_until = day
    relationship.save(update_fields=["snoozed_until"])
    return relationship


def mark_done(contact: Contact, *, today: date | None = None) -> Interaction:
    """Back in touch: a short outbound message logged for today, which restarts the cadence."""
    return interaction_log(
        owner=contact.owner, contacts=[contact], kind=DONE_KIND, direction="outbound",
        occurred_on=today or timezone.localdate(),
        note=_("Got back in touch (marked done on the due list)."),
    )


@transaction.atomic
def tag_cadence_set(tag: Tag, days: int | str | None) -> None:
    """Keep in touch with everyone tagged `tag` at least every `days` days (None or "": no
    default), and move their due days at once."""
    cadence = v.clean_cadence(days)
    if cadence is None:
        TagCadence.objects.filter(tag=tag).delete()
    else:
        TagCadence.objects.update_or_create(
            tag=tag, defaults={"owner_id": tag.owner_id, "cadence_days": cadence})
    strength_recompute(tag.owner, list(tag.contacts.values_list("pk", flat=True)))
