"""Bob can neither see nor change anything of alice's relationships."""

from __future__ import annotations

from datetime import timedelta

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from nettverk.accounts.models import User
from nettverk.contacts.services import contact_create
from nettverk.interactions.models import Interaction
from nettverk.interactions.services import interaction_log
from nettverk.relationships.models import Relationship


def test_it_refuses_bob_alices_contact(alice: User, bob: User, bob_client: Client) -> None:
    ingrid = contact_create(owner=alice, name="Ingrid Berg", cadence_days="30")
    interaction_log(owner=alice, contacts=[ingrid], kind="call",
                    occurred_on=timezone.localdate() - timedelta(days=45))
    until = (timezone.localdate() + timedelta(days=7)).isoformat()
    for name, data in (("snooze", {"until": until}), ("done", {}), ("tier", {"tier": "inner"})):
        response = bob_client.post(reverse(f"relationships:{name}", args=[ingrid.pk]), data)
        assert response.status_code == 404, name
    relationship = Relationship.objects.get(contact=ingrid)
    assert (relationship.snoozed_until, relationship.tier) == (None, "")
    assert Interaction.objects.filter(contacts=ingrid).count() == 1


def test_it_shows_bob_none_of_alices_due_list(alice: User, bob_client: Client) -> None:
    ingrid = contact_create(owner=alice, name="Ingrid Berg", cadence_days="30")
    interaction_log(owner=alice, contacts=[ingrid], kind="call",
                    occurred_on=timezone.localdate() - timedelta(days=45))
    for url in ("dashboard:home", "relationships:due", "relationships:ledger",
                "relationships:quality", "relationships:offers"):
        assert "Ingrid Berg" not in bob_client.get(reverse(url)).content.decode(), url
    assert bob_client.get("/api/due").json() == []
