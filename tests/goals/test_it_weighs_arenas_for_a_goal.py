"""Arenas (P4): goal contacts per hour and per krone, what to go back to, what to drop."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from nettverk.accounts.models import User
from nettverk.arenas.models import Arena, ArenaVisit
from nettverk.arenas.services import arena_create, arena_visit_log
from nettverk.goals.yields import arena_advice
from tests.goals.conftest import d, goal_make, person

TODAY = d("2026-06-30")


def test_it_yields_goal_contacts_per_hour_and_krone(alice: User) -> None:
    """GIVEN a CFO goal for the second quarter, and three arenas that cost time and money."""
    goal = goal_make(alice, cadence="month", target=2, start=d("2026-04-01"),
                     end=d("2026-06-30"), functions=["finance"])
    forum = arena_create(alice, name="CFO-forum Oslo", kind="group")
    golf = arena_create(alice, name="Golf club", kind="club")
    online = arena_create(alice, name="LinkedIn", kind="online")
    arena_visit_log(owner=alice, arena=forum, on="2026-04-07", hours=2, money=500, goal=goal)
    arena_visit_log(owner=alice, arena=forum, on="2026-05-05", hours=2, money=500)
    arena_visit_log(owner=alice, arena=golf, on="2026-05-16", hours=5, money=1200)
    for name, arena in [("Ingrid CFO", forum), ("Kari Controller", forum),
                        ("Per Accountant", online)]:
        person(alice, name, title=name.split()[1], first_met="2026-04-07", arena=arena)
    person(alice, "Ola Golfer", title="CEO", first_met="2026-05-16", arena=golf)

    advice = arena_advice(goal, today=TODAY)

    by_name = {y.name: y for y in advice.yields}
    assert by_name["CFO-forum Oslo"].contacts == 2
    assert by_name["CFO-forum Oslo"].per_hour == pytest.approx(0.5)
    assert by_name["CFO-forum Oslo"].per_krone == pytest.approx(2 / 1000)
    assert by_name["LinkedIn"].per_hour is None  # no time logged there
    assert [y.name for y in advice.recommended] == ["CFO-forum Oslo", "LinkedIn"]
    assert [y.name for y in advice.drop] == ["Golf club"]


def test_an_arena_that_gave_goal_contacts_within_the_quarter_is_kept(alice: User) -> None:
    goal = goal_make(alice, cadence="month", target=1, start=d("2026-01-01"),
                     end=d("2026-12-31"), decision_maker=True)
    golf = arena_create(alice, name="Golf club", kind="club")
    arena_visit_log(owner=alice, arena=golf, on="2026-06-01", hours=5, money=1200)
    person(alice, "Old Catch", title="CEO", first_met="2026-02-01", arena=golf)
    assert [y.name for y in arena_advice(goal, today=TODAY).drop] == ["Golf club"]
    person(alice, "New Catch", title="CEO", first_met="2026-06-20", arena=golf)
    assert arena_advice(goal, today=TODAY).drop == []


def test_a_visit_adds_to_the_arena_totals_and_is_checked(alice: User, bob: User) -> None:
    forum = arena_create(alice, name="CFO-forum Oslo")
    arena_visit_log(owner=alice, arena=forum, on="2026-04-07", hours="2.5", money="450")
    forum.refresh_from_db()
    assert (forum.hours_spent, forum.money_spent) == (Decimal("2.5"), Decimal("450"))
    with pytest.raises(ValidationError):
        arena_visit_log(owner=bob, arena=forum, hours=1)
    with pytest.raises(ValidationError):
        arena_visit_log(owner=alice, arena=forum, hours=-1)
    assert ArenaVisit.objects.count() == 1


def test_the_arenas_page_adds_an_arena_and_logs_a_visit(alice: User, bob: User,
                                                         alice_client: Client,
                                                         bob_client: Client) -> None:
    url = reverse("arenas:list")
    alice_client.post(url, {"arena-name": "Oslo Tech Meetup", "arena-kind": "event",
                            "arena-location": "Oslo"})
    arena = Arena.objects.get(owner=alice)
    goal = goal_make(alice, sentence="Meet developers", target=1)
    response = alice_client.post(url, {"visit-arena": arena.pk, "visit-on": "2026-05-02",
                                       "visit-hours": "3", "visit-money": "150",
                                       "visit-goal": goal.pk, "visit-note": "Talk on Rust"})
    assert response.status_code == 302
    visit = ArenaVisit.objects.get()
    assert (visit.goal, visit.hours, visit.note) == (goal, Decimal("3"), "Talk on Rust")
    page = alice_client.get(url).content.decode()
    assert "Oslo Tech Meetup" in page and "Talk on Rust" in page
    assert "Oslo Tech Meetup" not in bob_client.get(url).content.decode()
    refused = bob_client.post(url, {"visit-arena": arena.pk, "visit-on": "2026-05-02",
                                    "visit-hours": "3", "visit-money": "0"})
    assert refused.status_code == 400 and ArenaVisit.objects.count() == 1
