"""PATCH changes exactly the fields it names; everything else stays as it was."""

from __future__ import annotations

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_create
from nettverk.interactions.models import Interaction
from nettverk.interactions.services import interaction_log
from tests.api.conftest import ApiClient


def _ingrid(alice: User) -> Contact:
    return contact_create(
        owner=alice, name="Ingrid Berg", emails=["ingrid@fjord.no"], title="CFO",
        organization="Fjord Energi", notes="Met at CFO-forum", tags=["mentor"], cadence_days=60,
    )


def test_it_changes_one_field(alice: User, alice_api: ApiClient) -> None:
    contact = _ingrid(alice)
    before = alice_api.get(f"/api/contacts/{contact.pk}").json()
    response = alice_api.patch(f"/api/contacts/{contact.pk}", {"notes": "Wants to meet our CTO"})
    assert response.status_code == 200
    assert response.json() == {**before, "notes": "Wants to meet our CTO"}
    contact.refresh_from_db()
    assert contact.notes == "Wants to meet our CTO"
    assert [e.address for e in contact.emails.all()] == ["ingrid@fjord.no"]
    assert [t.name for t in contact.tags.all()] == ["mentor"]


def test_it_replaces_lists_and_clears_with_null(alice: User, alice_api: ApiClient) -> None:
    contact = _ingrid(alice)
    response = alice_api.patch(
        f"/api/contacts/{contact.pk}", {"emails": ["ingrid@berg.no"], "tags": None,
                                        "organization": None, "cadence_days": None},
    )
    assert response.status_code == 200
    data = response.json()
    assert (data["emails"], data["tags"], data["organization"], data["cadence_days"]) == (
        ["ingrid@berg.no"], [], None, None)
    assert data["title"] == "CFO" and data["notes"] == "Met at CFO-forum"


def test_it_sets_function_by_hand(alice: User, alice_api: ApiClient) -> None:
    contact = _ingrid(alice)
    response = alice_api.patch(f"/api/contacts/{contact.pk}", {"function": "sales"})
    assert response.json()["function"] == "sales"
    assert response.json()["classification_manual"] is True
    assert response.json()["seniority"] == contact.seniority


def test_it_changes_only_the_given_interaction_fields(alice: User, alice_api: ApiClient) -> None:
    contact = _ingrid(alice)
    interaction = interaction_log(owner=alice, contacts=[contact], kind="meeting",
                                  occurred_on="2026-03-14", note="Lunch")
    response = alice_api.patch(f"/api/interactions/{interaction.pk}", {"note": "Long lunch"})
    assert response.status_code == 200
    interaction.refresh_from_db()
    assert (interaction.note, interaction.kind, str(interaction.occurred_on)) == (
        "Long lunch", "meeting", "2026-03-14")
    response = alice_api.patch(f"/api/interactions/{interaction.pk}",
                               {"date": "2026-03-15", "kind": "call", "direction": "inbound"})
    assert response.status_code == 200
    interaction = Interaction.objects.get(pk=interaction.pk)
    assert (interaction.note, interaction.kind, interaction.direction) == (
        "Long lunch", "call", "inbound")
    assert str(interaction.occurred_on) == "2026-03-15"
