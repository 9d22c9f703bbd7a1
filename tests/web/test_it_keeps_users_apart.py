"""bob cannot see, change, delete or log on alice's contacts: for him they do not exist."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_create
from nettverk.interactions.models import Interaction


@pytest.fixture
def ingrid(alice: User) -> Contact:
    return contact_create(owner=alice, name="Ingrid Berg", notes="alice's private note")


@pytest.mark.parametrize("page", ["contacts:detail", "contacts:edit", "contacts:delete"])
def test_it_hides_alices_contact_from_bob(bob_client: Client, ingrid: Contact, page: str) -> None:
    url = reverse(page, args=[ingrid.pk])
    assert bob_client.get(url).status_code == 404
    if page != "contacts:detail":  # the page itself takes no POST at all
        assert bob_client.post(url, {"name": "Taken over"}).status_code == 404
    ingrid.refresh_from_db()
    assert ingrid.name == "Ingrid Berg"


def test_it_does_not_let_bob_log_on_alices_contact(
    bob: User, bob_client: Client, ingrid: Contact
) -> None:
    response = bob_client.post(reverse("interactions:new"), {
        "contacts": [str(ingrid.pk)], "kind": "meeting", "occurred_on": "2026-03-01",
    })
    assert response.status_code == 400
    assert not Interaction.objects.exists()


def test_it_does_not_suggest_alices_contacts_to_bob(bob_client: Client, ingrid: Contact) -> None:
    body = bob_client.get(reverse("interactions:contact_options"),
                          {"contact_query": "Ingrid"}).content.decode()
    assert "Ingrid" not in body.replace("“Ingrid”", "")
    typed = bob_client.post(reverse("interactions:new"), {
        "contact_query": "Ingrid Berg", "kind": "meeting", "occurred_on": "2026-03-01",
    })
    assert typed.status_code == 400
    assert not Interaction.objects.exists()


def test_it_does_not_prefill_the_quick_log_with_alices_contact(
    bob_client: Client, ingrid: Contact
) -> None:
    body = bob_client.get(reverse("interactions:new"), {"contact": ingrid.pk}).content.decode()
    assert "Ingrid Berg" not in body
