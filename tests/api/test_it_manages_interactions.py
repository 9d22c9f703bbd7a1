"""Logging, listing, showing and deleting interactions over the API."""

from __future__ import annotations

from datetime import date

from nettverk.accounts.models import User
from nettverk.contacts.serialize import interaction_json
from nettverk.contacts.services import contact_create
from nettverk.interactions.models import Interaction
from nettverk.interactions.services import interaction_log
from tests.api.conftest import ApiClient


def test_it_logs_an_interaction(alice: User, alice_api: ApiClient) -> None:
    ingrid = contact_create(owner=alice, name="Ingrid Berg")
    per = contact_create(owner=alice, name="Per Holm")
    response = alice_api.post("/api/interactions", {
        "contacts": [ingrid.pk, per.pk], "kind": "intro_received", "date": "2026-03-14",
        "note": "Ingrid introduced Per", "arena": "CFO-forum",
    })
    assert response.status_code == 201
    interaction = Interaction.objects.get()
    assert response.json() == interaction_json(interaction)
    assert interaction.owner == alice
    assert interaction.occurred_on == date(2026, 3, 14)
    assert interaction.direction == "inbound"
    assert sorted(c.name for c in interaction.contacts.all()) == ["Ingrid Berg", "Per Holm"]
    assert response.json()["arena"] == "CFO-forum"


def test_it_shows_and_deletes_an_interaction(alice: User, alice_api: ApiClient) -> None:
    contact = contact_create(owner=alice, name="Ingrid Berg")
    interaction = interaction_log(owner=alice, contacts=[contact], kind="call")
    url = f"/api/interactions/{interaction.pk}"
    assert alice_api.get(url).json() == interaction_json(interaction)
    assert alice_api.delete(url).status_code == 204
    assert not Interaction.objects.exists()
    assert alice_api.get(url).status_code == 404


def test_it_lists_and_filters_interactions(alice: User, alice_api: ApiClient) -> None:
    ingrid = contact_create(owner=alice, name="Ingrid Berg")
    per = contact_create(owner=alice, name="Per Holm")
    interaction_log(owner=alice, contacts=[ingrid], kind="meeting", occurred_on="2026-01-10")
    interaction_log(owner=alice, contacts=[per], kind="call", occurred_on="2026-02-10")
    interaction_log(owner=alice, contacts=[ingrid, per], kind="call", occurred_on="2026-03-10")
    assert _dates(alice_api) == ["2026-03-10", "2026-02-10", "2026-01-10"]
    assert _dates(alice_api, contact=ingrid.pk) == ["2026-03-10", "2026-01-10"]
    assert _dates(alice_api, kind="call") == ["2026-03-10", "2026-02-10"]
    assert _dates(alice_api, since="2026-02-01", until="2026-02-28") == ["2026-02-10"]
    page = alice_api.get("/api/interactions", limit=1, offset=1).json()
    assert page["count"] == 3
    assert [item["date"] for item in page["items"]] == ["2026-02-10"]


def test_it_shows_interactions_in_the_contact(alice: User, alice_api: ApiClient) -> None:
    contact = contact_create(owner=alice, name="Ingrid Berg")
    interaction = interaction_log(owner=alice, contacts=[contact], kind="meeting", note="Lunch")
    detail = alice_api.get(f"/api/contacts/{contact.pk}").json()
    assert detail["interactions"] == [interaction_json(interaction)]


def _dates(api: ApiClient, **params: object) -> list[str]:
    response = api.get("/api/interactions", **params)
    assert response.status_code == 200, response.content
    return [item["date"] for item in response.json()["items"]]
