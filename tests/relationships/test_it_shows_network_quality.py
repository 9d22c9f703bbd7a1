"""The network quality page: strength spread as SVG, variety, decision-makers, going cold."""

from __future__ import annotations

from datetime import timedelta

from django.db.models import Q
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_create
from nettverk.interactions.services import interaction_log
from nettverk.relationships.quality import (
    diversity,
    going_cold,
    segment_coverage,
    strength_histogram,
)
from nettverk.relationships.recompute import strength_recompute


def _network(owner: User) -> None:
    today = timezone.localdate()
    cfo = contact_create(owner=owner, name="Ingrid Berg", title="CFO", industry="Energy")
    for days in range(0, 300, 14):
        interaction_log(owner=owner, contacts=[cfo], kind="meeting", direction="mutual",
                        occurred_on=today - timedelta(days=days))
    dev = contact_create(owner=owner, name="Per Lund", title="Utvecklare", industry="Software")
    interaction_log(owner=owner, contacts=[dev], kind="email",
                    occurred_on=today - timedelta(days=100))
    contact_create(owner=owner, name="Kari Nordmann", title="HR-sjef")


def test_it_counts_strength_variety_and_coverage(alice: User, bob: User) -> None:
    _network(alice)
    contact_create(owner=bob, name="Bobs CFO", title="CFO")
    counts = strength_histogram(alice)
    assert sum(counts) == 3
    assert counts[0] >= 1 and sum(counts[6:]) == 1
    functions = diversity(alice, "function")
    assert {g.code: (g.count, g.strong) for g in functions.groups} == {
        "finance": (1, 1), "it": (1, 0), "hr": (1, 0)}
    assert round(functions.effective, 2) == 3.0
    coverage = segment_coverage(alice, Q(decision_maker=True))
    assert (coverage.total, coverage.strong, coverage.weak) == (2, 1, 1)  # CFO, HR-sjef


def test_it_finds_relationships_going_cold(alice: User) -> None:
    _network(alice)
    ingrid = Contact.objects.get(name="Ingrid Berg")
    strength_recompute(alice, today=timezone.localdate() + timedelta(days=100))
    [cold] = going_cold(alice)
    ingrid.refresh_from_db()
    assert (cold.name, cold.now) == ("Ingrid Berg", ingrid.strength)
    assert cold.before - cold.now >= 15


def test_it_renders_for_alice_and_nothing_of_bobs(alice: User, bob: User,
                                                  alice_client: Client) -> None:
    _network(alice)
    contact_create(owner=bob, name="Bobs CFO", title="CFO", industry="Bobs industry")
    response = alice_client.get(reverse("relationships:quality"))
    assert response.status_code == 200
    body = response.content.decode()
    assert '<svg class="histogram"' in body
    assert body.count('<g class="band-') == 10
    assert "Energy" in body and "Software" in body
    assert "Bobs industry" not in body and "Bobs CFO" not in body


def test_it_shows_how_well_each_active_goal_is_covered(alice: User,
                                                       alice_client: Client) -> None:
    from nettverk.goals.services import goal_create
    from nettverk.relationships.quality import goal_coverage

    _network(alice)
    goal_create(owner=alice, sentence="Meet 3 people in energy this year",
                industries=["energy"])
    [row] = goal_coverage(alice)
    assert (row.coverage.total, row.coverage.strong) == (1, 1)  # Ingrid, met every other week
    body = alice_client.get(reverse("relationships:quality")).content.decode()
    assert "Meet 3 people in energy this year" in body
    assert "1 contacts: 1 strong, 0 weak" in body
