"""The dashboard: headline counts, recent interactions and the function chart, mine only."""

from __future__ import annotations

from datetime import timedelta

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from nettverk.accounts.models import User
from nettverk.contacts.services import contact_create
from nettverk.interactions.services import interaction_log


def test_it_counts_my_network(alice: User, bob: User, alice_client: Client) -> None:
    cfo = contact_create(owner=alice, name="Ingrid Berg", title="CFO")
    dev = contact_create(owner=alice, name="Per Lund", title="Utvecklare")
    contact_create(owner=bob, name="Bobs CFO", title="CFO")
    today = timezone.localdate()
    interaction_log(owner=alice, contacts=[cfo], kind="meeting", occurred_on=today,
                    note="Coffee at Tim Wendelboe")
    interaction_log(owner=alice, contacts=[dev], kind="call",
                    occurred_on=today - timedelta(days=45))
    response = alice_client.get(reverse("dashboard:home"))
    context = response.context
    assert (context["contacts"], context["decision_makers"], context["recent_count"]) == (2, 1, 1)
    assert [(row["code"], row["count"], row["percent"]) for row in context["functions"]] == [
        ("finance", 1, 100), ("it", 1, 100)]
    body = response.content.decode()
    assert "Coffee at Tim Wendelboe" in body
    assert "Bobs CFO" not in body
    assert reverse("interactions:new") in body


def test_it_welcomes_an_empty_network(alice: User, alice_client: Client) -> None:
    response = alice_client.get(reverse("dashboard:home"))
    assert response.status_code == 200
    assert reverse("contacts:create") in response.content.decode()
