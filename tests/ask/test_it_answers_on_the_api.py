"""GET /api/ask?q=...&limit=: the same answer for scripts, with a bearer token."""

from __future__ import annotations

from django.test import Client

from nettverk.contacts.models import Contact


def test_it_answers_a_script(privacy_experts: dict[str, Contact], alice_token: str) -> None:
    client = Client(headers={"Authorization": f"Bearer {alice_token}"})
    response = client.get("/api/ask", {"q": "GDPR compliance", "limit": 1})
    assert response.status_code == 200
    data = response.json()
    assert len(data["helpers"]) == 1
    assert data["helpers"][0]["name"] in {"Sven Lind", "Kari Moe"}
    assert data["helpers"][0]["reasons"]


def test_it_refuses_a_bad_limit_and_strangers(alice_token: str) -> None:
    client = Client(headers={"Authorization": f"Bearer {alice_token}"})
    assert client.get("/api/ask", {"q": "tax", "limit": 0}).status_code == 422
    assert client.get("/api/ask", {"q": ""}).status_code == 422
    assert Client().get("/api/ask", {"q": "tax"}).status_code == 401


def test_it_is_in_the_openapi_document(alice_client: Client) -> None:
    paths = alice_client.get("/api/openapi.json").json()["paths"]
    assert "/api/ask" in paths
