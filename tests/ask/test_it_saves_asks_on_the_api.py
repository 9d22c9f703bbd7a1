"""POST /api/ask/saved keeps an ask as a note or on a goal; GET lists the caller's own."""

from __future__ import annotations

from django.test import Client

from nettverk.accounts.models import User
from nettverk.accounts.tokens import api_token_create
from nettverk.ask.models import SavedAsk
from nettverk.contacts.models import Contact
from tests.goals.conftest import goal_make


def _client(token: str) -> Client:
    return Client(headers={"Authorization": f"Bearer {token}"})


def test_it_saves_an_ask_on_a_goal(alice: User, alice_token: str,
                                   privacy_experts: dict[str, Contact]) -> None:
    goal = goal_make(alice, sentence="Make the shop GDPR compliant by summer")
    response = _client(alice_token).post(
        "/api/ask/saved", {"q": "GDPR compliance", "goal": goal.pk, "limit": 2},
        content_type="application/json")
    assert response.status_code == 201
    data = response.json()
    assert (data["text"], data["goal"]) == ("GDPR compliance", goal.pk)
    assert len(data["results"]["helpers"]) == 2
    assert set(data["results"]) == {"helpers", "missing"}
    assert SavedAsk.objects.get(pk=data["id"]).goal == goal


def test_it_saves_an_ask_as_a_note(alice_token: str, privacy_experts: dict[str, Contact]) -> None:
    response = _client(alice_token).post("/api/ask/saved", {"q": "GDPR compliance"},
                                         content_type="application/json")
    assert response.status_code == 201 and response.json()["goal"] is None


def test_it_refuses_another_users_goal(alice: User, bob: User, alice_token: str) -> None:
    bobs = goal_make(bob, sentence="Bob's plan")
    response = _client(alice_token).post("/api/ask/saved", {"q": "tax", "goal": bobs.pk},
                                         content_type="application/json")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}
    assert not SavedAsk.objects.exists()


def test_it_lists_only_the_callers_saved_asks(alice: User, bob: User, alice_token: str) -> None:
    client = _client(alice_token)
    client.post("/api/ask/saved", {"q": "tax"}, content_type="application/json")
    bobs = _client(api_token_create(user=bob, name="bob's script"))
    bobs.post("/api/ask/saved", {"q": "bob's secret"}, content_type="application/json")
    assert [s["text"] for s in client.get("/api/ask/saved").json()] == ["tax"]
    assert client.post("/api/ask/saved", {"q": ""},
                       content_type="application/json").status_code == 422
    assert Client().get("/api/ask/saved").status_code == 401
