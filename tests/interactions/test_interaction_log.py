"""Logging touchpoints: who, what, when, and nothing half-written on a mistake."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from nettverk.accounts.models import User
from nettverk.arenas.services import arena_get_or_create
from nettverk.contacts.services import contact_create
from nettverk.interactions.models import Interaction
from nettverk.interactions.services import interaction_log


def test_it_logs_a_group_meeting(alice: User) -> None:
    ingrid = contact_create(owner=alice, name="Ingrid")
    per = contact_create(owner=alice, name="Per")
    arena = arena_get_or_create(alice, "Oslo Tech Meetup")
    logged = interaction_log(owner=alice, contacts=[ingrid, per], kind="meeting",
                             occurred_on="2026-11-20", note="Coffee", arena=arena)
    assert logged.occurred_on == date(2026, 11, 20)
    assert set(logged.contacts.all()) == {ingrid, per}
    assert list(ingrid.interactions.all()) == [logged]
    assert logged.direction == "outbound"


def test_it_defaults_to_today_and_to_the_kinds_direction(alice: User) -> None:
    ingrid = contact_create(owner=alice, name="Ingrid")
    logged = interaction_log(owner=alice, contacts=[ingrid], kind="help_received")
    assert logged.occurred_on == timezone.localdate()
    assert logged.direction == "inbound"


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"kind": "lunch"}, "kind"),
        ({"kind": "meeting", "occurred_on": "2026-02-30"}, "date"),
        ({"kind": "meeting", "note": "x" * 1_000_000}, "note"),
        ({"kind": "meeting", "direction": "sideways"}, "direction"),
    ],
)
def test_it_refuses_bad_input(alice: User, fields: dict[str, str], field: str) -> None:
    ingrid = contact_create(owner=alice, name="Ingrid")
    with pytest.raises(ValidationError) as refused:
        interaction_log(owner=alice, contacts=[ingrid], **fields)  # type: ignore[arg-type]
    assert field in refused.value.message_dict
    assert not Interaction.objects.exists()


def test_it_refuses_another_owners_contact(alice: User, bob: User) -> None:
    ingrid = contact_create(owner=alice, name="Ingrid")
    with pytest.raises(ValidationError):
        interaction_log(owner=bob, contacts=[ingrid], kind="call")
    assert not Interaction.objects.exists()


def test_it_needs_a_contact(alice: User) -> None:
    with pytest.raises(ValidationError):
        interaction_log(owner=alice, contacts=[], kind="call")
