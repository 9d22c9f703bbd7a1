"""The buddy's read-only link: the goal and its progress, nothing about people; revocable."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from nettverk.accounts.models import User
from nettverk.goals.models import Goal
from nettverk.goals.services import checkin_add, goal_create
from nettverk.goals.share import share_enable
from tests.goals.conftest import d, person, touch

SENTENCE = "Meet 2 CFOs every week next quarter"


def shared_goal(alice: User) -> tuple[str, Goal]:
    goal = goal_create(owner=alice, sentence=SENTENCE, today=d("2026-11-22"))
    ingrid = person(alice, "Ingrid Secretname", title="CFO", notes="Private note about Ingrid")
    interaction = touch(alice, ingrid, "2027-01-05")
    interaction.note = "Lunch notes nobody else should read"
    interaction.save()
    checkin_add(goal, "Check-in that mentions Ingrid Secretname", on="2027-01-06")
    return share_enable(goal), goal


def test_the_share_page_shows_progress_and_no_people(alice: User, client: Client) -> None:
    token, _goal = shared_goal(alice)
    page = client.get(reverse("goals:share", args=[token]))
    assert page.status_code == 200
    body = page.content.decode()
    assert SENTENCE in body
    assert "<svg" in body and 'data-chart="windows"' in body
    for secret in ("Secretname", "Private note", "Lunch notes", "Check-in that mentions"):
        assert secret not in body
    assert page["X-Robots-Tag"] == "noindex"


def test_a_revoked_link_is_gone(alice: User, alice_client: Client, client: Client) -> None:
    token, goal = shared_goal(alice)
    response = alice_client.post(reverse("goals:share_manage", args=[goal.pk]),
                                 {"action": "revoke"})
    assert response.status_code == 302
    assert client.get(reverse("goals:share", args=[token])).status_code == 404
    goal.refresh_from_db()
    assert goal.share_token is None


def test_a_new_link_ends_the_old_one(alice: User, alice_client: Client, client: Client) -> None:
    old, goal = shared_goal(alice)
    alice_client.post(reverse("goals:share_manage", args=[goal.pk]),
                      {"action": "renew"})
    goal.refresh_from_db()
    new = goal.share_token
    assert new and new != old and len(new) >= 40
    assert client.get(reverse("goals:share", args=[old])).status_code == 404
    assert client.get(reverse("goals:share", args=[new])).status_code == 200
    detail = alice_client.get(reverse("goals:detail", args=[goal.pk])).content.decode()
    assert new in detail


def test_bob_cannot_manage_alices_link(alice: User, bob_client: Client, client: Client) -> None:
    token, goal = shared_goal(alice)
    url = reverse("goals:share_manage", args=[goal.pk])
    assert bob_client.post(url, {"action": "revoke"}).status_code == 404
    assert client.get(reverse("goals:share", args=[token])).status_code == 200
