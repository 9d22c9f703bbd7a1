"""Bob never sees or changes alice's goals: pages, actions and the API answer 404."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from nettverk.accounts.models import User
from nettverk.goals.models import CheckIn, Goal
from tests.goals.conftest import goal_make


def alices_goal(alice: User) -> Goal:
    return goal_make(alice, sentence="Alice's secret plan", target=2)


def test_bob_gets_404_for_alices_goal_pages(alice: User, bob_client: Client) -> None:
    goal = alices_goal(alice)
    for name in ("goals:detail", "goals:edit"):
        assert bob_client.get(reverse(name, args=[goal.pk])).status_code == 404
    assert "Alice's secret plan" not in bob_client.get(reverse("goals:list")).content.decode()


def test_bob_cannot_change_alices_goal(alice: User, bob_client: Client) -> None:
    goal = alices_goal(alice)
    posts = [("goals:checkin", {"note": "hi", "on": "2026-05-01"}),
             ("goals:status", {"status": "abandoned"}), ("goals:share_manage", {}),
             ("goals:edit", {"measure": "meetings", "cadence": "week"})]
    for name, data in posts:
        assert bob_client.post(reverse(name, args=[goal.pk]), data).status_code == 404
    goal.refresh_from_db()
    assert (goal.status, goal.share_token, goal.measure) == ("active", None, "new_contacts")
    assert not CheckIn.objects.exists()


def test_the_api_lists_only_the_callers_goals(alice: User, bob: User, bob_client: Client,
                                              alice_client: Client) -> None:
    goal = alices_goal(alice)
    assert bob_client.get("/api/goals").json() == []
    assert bob_client.get(f"/api/goals/{goal.pk}").status_code == 404
    mine = alice_client.get(f"/api/goals/{goal.pk}")
    assert mine.status_code == 200
    assert mine.json()["sentence"] == "Alice's secret plan"
    assert {"progress", "arenas"} <= set(mine.json())
    assert [g["id"] for g in alice_client.get("/api/goals").json()] == [goal.pk]


def test_pages_need_a_sign_in(alice: User, client: Client) -> None:
    goal = alices_goal(alice)
    assert client.get(reverse("goals:detail", args=[goal.pk])).status_code == 302
    assert client.get("/api/goals").status_code == 401


def test_a_buddy_who_is_a_user_does_not_see_the_goal_page(alice: User, bob: User,
                                                          bob_client: Client) -> None:
    goal = alices_goal(alice)
    goal.buddy_user = bob
    goal.save()
    assert bob_client.get(reverse("goals:detail", args=[goal.pk])).status_code == 404
