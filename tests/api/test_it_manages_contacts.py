"""Adding, reading, listing and deleting contacts over the API; the JSON is the CLI's shape."""

from __future__ import annotations

from typing import Any

from nettverk.accounts.models import User
from nettverk.arenas.models import Arena
from nettverk.contacts.models import Contact
from nettverk.contacts.serialize import contact_detail, contact_summary
from nettverk.contacts.services import contact_create
from tests.api.conftest import ApiClient

INGRID: dict[str, Any] = {
    "name": "Ingrid Berg",
    "emails": ["ingrid@fjord.no"],
    "phones": ["+47 912 34 567"],
    "links": ["linkedin.com/in/ingridberg"],
    "tags": ["mentor", "finance"],
    "title": "CFO",
    "organization": "Fjord Energi",
    "notes": "Met at CFO-forum",
    "expertise": "IFRS",
    "needs": "Board seat",
    "industry": "Energy",
    "location": "Oslo",
    "languages": "nb, en",
    "first_met": "2026-03-14",
    "cadence_days": 60,
    "arena": "CFO-forum",
}


def test_it_adds_a_contact_with_every_field(alice: User, alice_api: ApiClient) -> None:
    per = contact_create(owner=alice, name="Per Holm")
    response = alice_api.post("/api/contacts", {**INGRID, "introduced_by": per.pk})
    assert response.status_code == 201
    contact = Contact.objects.get(name="Ingrid Berg")
    assert contact.owner == alice
    assert response.json() == contact_detail(contact)
    assert response.json()["introduced_by"] == {"id": per.pk, "name": "Per Holm"}
    assert response.json()["phones"] == ["+4791234567"]
    assert Arena.objects.owned_by(alice).get().name == "CFO-forum"


def test_it_needs_only_a_name(alice_api: ApiClient) -> None:
    response = alice_api.post("/api/contacts", {"name": "Per Holm"})
    assert response.status_code == 201
    assert response.json()["emails"] == []
    assert response.json()["arena"] is None


def test_it_shows_one_contact(alice: User, alice_api: ApiClient) -> None:
    contact = contact_create(owner=alice, name="Ingrid Berg", emails=["ingrid@fjord.no"])
    response = alice_api.get(f"/api/contacts/{contact.pk}")
    assert response.status_code == 200
    assert response.json() == contact_detail(contact)


def test_it_lists_summaries_with_a_count(alice: User, alice_api: ApiClient) -> None:
    made = [contact_create(owner=alice, name=name) for name in ("Anna", "Bo", "Cecilie")]
    response = alice_api.get("/api/contacts", limit=2, offset=1)
    assert response.status_code == 200
    assert response.json() == {"items": [contact_summary(c) for c in made[1:]], "count": 3}


def test_it_filters_the_list(alice: User, alice_api: ApiClient) -> None:
    contact_create(owner=alice, name="Ingrid Berg", title="CFO", tags=["mentor"])
    contact_create(owner=alice, name="Per Holm", function="sales", seniority="manager")
    assert _names(alice_api, query="ingrid") == ["Ingrid Berg"]
    assert _names(alice_api, function="sales") == ["Per Holm"]
    assert _names(alice_api, seniority="manager") == ["Per Holm"]
    assert _names(alice_api, decision_maker="false") == ["Per Holm"]
    assert _names(alice_api, tag="mentor") == ["Ingrid Berg"]


def test_it_deletes_a_contact(alice: User, alice_api: ApiClient) -> None:
    contact = contact_create(owner=alice, name="Ingrid Berg")
    response = alice_api.delete(f"/api/contacts/{contact.pk}")
    assert response.status_code == 204
    assert not Contact.objects.filter(pk=contact.pk).exists()
    assert alice_api.get(f"/api/contacts/{contact.pk}").status_code == 404


def _names(api: ApiClient, **params: Any) -> list[str]:
    response = api.get("/api/contacts", **params)
    assert response.status_code == 200, response.content
    return [item["name"] for item in response.json()["items"]]
