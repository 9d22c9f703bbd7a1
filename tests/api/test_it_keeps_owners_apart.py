"""Bob, with his own token, can neither see nor touch alice's records: they do not exist for him."""

from __future__ import annotations

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_create
from nettverk.interactions.models import Interaction
from nettverk.interactions.services import interaction_log
from tests.api.conftest import ApiClient


def test_it_hides_alices_contact_from_bob(alice: User, bob_api: ApiClient) -> None:
    contact = contact_create(owner=alice, name="Ingrid Berg", notes="private")
    url = f"/api/contacts/{contact.pk}"
    missing = bob_api.get("/api/contacts/999999")
    for response in (bob_api.get(url), bob_api.patch(url, {"name": "Hacked"}), bob_api.delete(url)):
        assert response.status_code == 404
        # The same answer as for an id that was never used: existence is not revealed.
        assert response.json() == missing.json()
    contact.refresh_from_db()
    assert contact.name == "Ingrid Berg"


def test_it_hides_alices_interaction_from_bob(alice: User, bob_api: ApiClient) -> None:
    contact = contact_create(owner=alice, name="Ingrid Berg")
    interaction = interaction_log(owner=alice, contacts=[contact], kind="meeting", note="secret")
    url = f"/api/interactions/{interaction.pk}"
    for response in (bob_api.get(url), bob_api.patch(url, {"note": "x"}), bob_api.delete(url)):
        assert response.status_code == 404
    interaction.refresh_from_db()
    assert interaction.note == "secret"
    assert bob_api.get("/api/interactions").json() == {"items": [], "count": 0}
    assert bob_api.get("/api/interactions", contact=contact.pk).json()["count"] == 0


def test_it_lists_only_the_callers_contacts(alice: User, bob: User, bob_api: ApiClient) -> None:
    contact_create(owner=alice, name="Ingrid Berg", tags=["mentor"])
    contact_create(owner=bob, name="Bobs Friend", tags=["mentor"])
    for params in ({}, {"query": "Ingrid"}, {"tag": "mentor"}, {"limit": 500}):
        items = bob_api.get("/api/contacts", **params).json()["items"]
        assert "Ingrid Berg" not in [item["name"] for item in items]
    assert bob_api.get("/api/contacts").json()["count"] == 1


def test_it_refuses_to_log_with_alices_contact(alice: User, bob: User, bob_api: ApiClient) -> None:
    alices = contact_create(owner=alice, name="Ingrid Berg")
    bobs = contact_create(owner=bob, name="Bobs Friend")
    response = bob_api.post("/api/interactions", {"contacts": [bobs.pk, alices.pk],
                                                  "kind": "meeting"})
    assert response.status_code == 422
    assert response.json()["errors"] == {"contacts": [f"No contact with id {alices.pk}."]}
    assert not Interaction.objects.exists()


def test_it_refuses_alices_contact_as_introducer(alice: User, bob_api: ApiClient) -> None:
    alices = contact_create(owner=alice, name="Ingrid Berg")
    response = bob_api.post("/api/contacts", {"name": "Per", "introduced_by": alices.pk})
    assert response.status_code == 422
    assert response.json()["detail"].startswith("introduced_by: ")
    assert Contact.objects.count() == 1
