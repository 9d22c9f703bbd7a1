"""Bob never sees alice's contacts, by service, page or API."""

from __future__ import annotations

from django.test import Client

from nettverk.accounts.models import User
from nettverk.ask.services import ask
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_create


def test_it_answers_from_the_askers_own_network_only(
    alice: User, bob: User, privacy_experts: dict[str, Contact], bob_client: Client
) -> None:
    contact_create(owner=bob, name="Bob's Lawyer", title="Advokat", expertise="Arbetsrätt.")
    assert ask(bob, "GDPR compliance").helpers == []
    assert [h.contact.name for h in ask(bob, "arbetsrätt").helpers] == ["Bob's Lawyer"]
    page = bob_client.get("/ask/", {"q": "GDPR compliance"})
    assert "Sven Lind" not in page.content.decode()
    api = bob_client.get("/api/ask", {"q": "GDPR compliance"})
    assert api.json()["helpers"] == []


def test_it_does_not_remind_about_another_users_contact(
    privacy_experts: dict[str, Contact], bob_client: Client
) -> None:
    response = bob_client.get(f"/ask/remind/{privacy_experts['sven'].pk}.ics")
    assert response.status_code == 404
