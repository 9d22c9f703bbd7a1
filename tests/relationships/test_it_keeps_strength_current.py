"""Logging, changing and deleting interactions update the stored strength at once, and the bulk
recompute agrees with the per-contact one."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_create
from nettverk.interactions.services import interaction_delete, interaction_log, interaction_update
from nettverk.relationships.aggregate import tallies_for
from nettverk.relationships.models import Relationship
from nettverk.relationships.reasons import strength_reasons
from nettverk.relationships.recompute import strength_recompute, strength_recompute_all
from tests.relationships.helpers import Event, tally_of


def _strength(contact: Contact) -> int:
    contact.refresh_from_db(fields=["strength"])
    return contact.strength


def test_it_updates_strength_as_interactions_change(alice: User) -> None:
    ingrid = contact_create(owner=alice, name="Ingrid Berg")
    assert _strength(ingrid) == 0
    meeting = interaction_log(owner=alice, contacts=[ingrid], kind="meeting")
    met = _strength(ingrid)
    assert met > 0
    interaction_update(meeting, kind="email")
    assert 0 < _strength(ingrid) < met
    interaction_delete(meeting)
    assert _strength(ingrid) == 0
    assert strength_reasons(ingrid) == ["no interactions logged yet"]


def test_it_counts_a_group_meeting_for_everyone_in_it(alice: User) -> None:
    ingrid, per = (contact_create(owner=alice, name=n) for n in ("Ingrid", "Per"))
    interaction_log(owner=alice, contacts=[ingrid, per], kind="meeting")
    assert _strength(ingrid) == _strength(per) > 0


def test_it_sums_in_the_database_as_it_would_by_hand(alice: User) -> None:
    ingrid = contact_create(owner=alice, name="Ingrid Berg")
    per = contact_create(owner=alice, name="Per Lund")
    today = timezone.localdate()
    events = [Event("meeting", "mutual", today - timedelta(days=3)),
              Event("call", "inbound", today - timedelta(days=31)),
              Event("email", "outbound", today - timedelta(days=400)),
              Event("event", "mutual", today - timedelta(days=2000), group=True)]
    for event in events:
        people = [ingrid, per] if event.group else [ingrid]
        interaction_log(owner=alice, contacts=people, kind=event.kind,
                        direction=event.direction, occurred_on=event.day)
    in_sql = tallies_for(alice, [ingrid.pk], today, detailed=True)[ingrid.pk]
    by_hand = tally_of(events, today)
    sums = ("depth", "depth_before", "mine", "mine_before", "theirs", "theirs_before")
    for name in sums:  # the same sums, added up in another order
        assert getattr(in_sql, name) == pytest.approx(getattr(by_hand, name)), name
        setattr(in_sql, name, getattr(by_hand, name))
    assert in_sql == by_hand


def test_it_recomputes_everyone_in_bulk_as_one_by_one(alice: User, bob: User) -> None:
    today = timezone.localdate()
    people = [contact_create(owner=owner, name=f"Person {i}")
              for owner in (alice, bob) for i in range(4)]
    for i, person in enumerate(people):
        for days in range(0, 400, 40 + 20 * i):
            interaction_log(owner=person.owner, contacts=[person], kind="call",
                            occurred_on=today - timedelta(days=days))
    one_by_one = {p.pk: _strength(p) for p in people}
    Contact.objects.update(strength=0)
    Relationship.objects.all().delete()
    assert strength_recompute_all(today=today) == (2, 8)
    assert {p.pk: _strength(p) for p in people} == one_by_one
    assert Relationship.objects.count() == 8


def test_it_lets_strength_fade_when_recomputed_later(alice: User) -> None:
    ingrid = contact_create(owner=alice, name="Ingrid Berg")
    interaction_log(owner=alice, contacts=[ingrid], kind="meeting")
    now = _strength(ingrid)
    strength_recompute(alice, today=timezone.localdate() + timedelta(days=200))
    assert _strength(ingrid) < now
