"""An ask is saved on one of the owner's goals or as a note; the goal's page lists it."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from nettverk.accounts.models import User
from nettverk.ask.models import SavedAsk
from nettverk.ask.serialize import ask_json
from nettverk.ask.services import ask, saved_ask_create
from nettverk.contacts.models import Contact
from nettverk.goals.models import Goal
from tests.goals.conftest import goal_make


def _answer(owner: User, problem: str) -> SavedAsk:
    return saved_ask_create(owner, problem, ask_json(ask(owner, problem)),
                            goal=Goal.objects.get(owner=owner))


def test_it_links_the_ask_to_the_goal(alice: User, privacy_experts: dict[str, Contact]) -> None:
    goal = goal_make(alice, sentence="Make the shop GDPR compliant by summer")
    saved = _answer(alice, "GDPR compliance")
    assert saved.goal == goal
    assert list(goal.saved_asks.all()) == [saved]
    assert {h["name"] for h in saved.results["helpers"]} >= {"Sven Lind", "Kari Moe"}


def test_it_refuses_another_users_goal(alice: User, bob: User) -> None:
    bobs = goal_make(bob, sentence="Bob's plan")
    with pytest.raises(ValidationError) as refused:
        saved_ask_create(alice, "GDPR compliance", {"helpers": [], "missing": []}, goal=bobs)
    assert "goal" in refused.value.message_dict
    assert not SavedAsk.objects.exists()


def test_deleting_the_goal_keeps_the_ask_as_a_note(
    alice: User, privacy_experts: dict[str, Contact]
) -> None:
    goal = goal_make(alice, sentence="Make the shop GDPR compliant by summer")
    saved = _answer(alice, "GDPR compliance")
    goal.delete()
    saved.refresh_from_db()
    assert saved.goal is None and saved.text == "GDPR compliance"


def test_the_ask_page_offers_active_goals_only(alice: User, alice_client: Client,
                                               privacy_experts: dict[str, Contact]) -> None:
    goal_make(alice, sentence="Make the shop GDPR compliant by summer")
    goal_make(alice, sentence="An old paused plan", status="paused")
    html = alice_client.get("/ask/", {"q": "GDPR compliance"}).content.decode()
    assert "as a note" in html
    assert "Make the shop GDPR compliant by summer" in html
    assert "An old paused plan" not in html


def test_it_saves_on_a_goal_and_shows_it_on_the_goal_page(
    alice: User, alice_client: Client, privacy_experts: dict[str, Contact]
) -> None:
    goal = goal_make(alice, sentence="Make the shop GDPR compliant by summer")
    response = alice_client.post("/ask/save/", {"q": "GDPR compliance", "goal": goal.pk},
                                 follow=True)
    saved = SavedAsk.objects.get(owner=alice)
    assert saved.goal == goal
    assert "Saved the ask on the goal" in response.content.decode()
    goal_page = alice_client.get(f"/goals/{goal.pk}/").content.decode()
    assert "Saved asks" in goal_page
    assert f'href="/ask/saved/{saved.pk}/"' in goal_page and "GDPR compliance" in goal_page
    detail = alice_client.get(f"/ask/saved/{saved.pk}/").content.decode()
    assert f'href="/goals/{goal.pk}/"' in detail


def test_it_saves_as_a_note_without_a_goal(
    alice: User, alice_client: Client, privacy_experts: dict[str, Contact]
) -> None:
    goal = goal_make(alice, sentence="Make the shop GDPR compliant by summer")
    alice_client.post("/ask/save/", {"q": "GDPR compliance", "goal": ""})
    assert SavedAsk.objects.get(owner=alice).goal is None
    assert "GDPR compliance" not in alice_client.get(f"/goals/{goal.pk}/").content.decode()


def test_bob_can_neither_save_on_nor_see_alices_goal(
    alice: User, alice_client: Client, bob: User, bob_client: Client,
    privacy_experts: dict[str, Contact],
) -> None:
    goal = goal_make(alice, sentence="Make the shop GDPR compliant by summer")
    alice_client.post("/ask/save/", {"q": "GDPR compliance", "goal": goal.pk})
    bob_client.post("/ask/save/", {"q": "Bob's question", "goal": goal.pk})
    assert not SavedAsk.objects.filter(owner=bob).exists()
    assert list(goal.saved_asks.values_list("text", flat=True)) == ["GDPR compliance"]
    assert bob_client.get(f"/goals/{goal.pk}/").status_code == 404
    assert "Make the shop" not in bob_client.get("/ask/", {"q": "GDPR"}).content.decode()
