"""Bad input is a 4xx naming the field at fault, and nothing is written to the database."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import override_settings

from nettverk.accounts.models import User
from nettverk.arenas.models import Arena
from nettverk.contacts.models import Contact, ContactEmail, Organization, Tag
from nettverk.contacts.services import contact_create
from nettverk.interactions.models import Interaction
from tests.api.conftest import ApiClient

MEGABYTE_OF_TEXT = "x" * 1_000_000
MODELS = (Contact, ContactEmail, Organization, Tag, Arena, Interaction)


def _counts() -> list[int]:
    return [model.objects.count() for model in MODELS]


@pytest.mark.parametrize(("payload", "field"), [
    ({"name": "Per", "emails": ["not-an-email"], "organization": "Acme", "arena": "Expo"}, "email"),
    ({"name": "Per", "first_met": "2026-02-30", "tags": ["new"], "arena": "Expo"}, "first_met"),
    ({"name": "   ", "organization": "Acme"}, "name"),
    ({"emails": ["per@example.com"]}, "name"),
    ({"name": "Per", "notes": MEGABYTE_OF_TEXT, "arena": "Expo"}, "notes"),
    ({"name": "Per", "function": "wizard"}, "function"),
    ({"name": "Per", "cadence_days": "often"}, "cadence_days"),
    ({"name": "Per", "emails": "per@example.com"}, "emails"),
])
def test_it_refuses_a_bad_contact(
    alice_api: ApiClient, payload: dict[str, Any], field: str
) -> None:
    response = alice_api.post("/api/contacts", payload)
    assert response.status_code == 422
    body = response.json()
    assert body["detail"].startswith(f"{field}: ")
    assert field in body["errors"]
    assert _counts() == [0] * len(MODELS)


@pytest.mark.parametrize(("payload", "field"), [
    ({"kind": "lunch"}, "kind"),
    ({"kind": "meeting", "date": "2026-02-30", "arena": "Expo"}, "date"),
    ({"kind": "meeting", "note": MEGABYTE_OF_TEXT, "arena": "Expo"}, "note"),
    ({"kind": "meeting", "direction": "sideways"}, "direction"),
    ({"kind": "meeting", "contacts": []}, "contacts"),
    ({"kind": "meeting", "contacts": [999_999]}, "contacts"),
])
def test_it_refuses_a_bad_interaction(
    alice: User, alice_api: ApiClient, payload: dict[str, Any], field: str
) -> None:
    contact = contact_create(owner=alice, name="Per Holm")
    before = _counts()
    response = alice_api.post("/api/interactions", {"contacts": [contact.pk], **payload})
    assert response.status_code == 422
    assert response.json()["detail"].startswith(f"{field}: ")
    assert _counts() == before


def test_it_refuses_a_bad_patch_and_keeps_the_contact(alice: User, alice_api: ApiClient) -> None:
    contact = contact_create(owner=alice, name="Per Holm", emails=["per@example.com"])
    response = alice_api.patch(
        f"/api/contacts/{contact.pk}", {"name": "Per Olav Holm", "emails": ["broken@"]}
    )
    assert response.status_code == 422
    assert response.json()["errors"] == {"email": ["'broken@' is not a valid email address."]}
    contact.refresh_from_db()
    assert contact.name == "Per Holm"
    assert [e.address for e in contact.emails.all()] == ["per@example.com"]


def test_it_refuses_a_bad_filter(alice_api: ApiClient) -> None:
    response = alice_api.get("/api/interactions", since="2026-02-30")
    assert response.status_code == 422
    assert response.json()["detail"].startswith("since: ")
    assert alice_api.get("/api/contacts", limit=0).json()["detail"].startswith("limit: ")


def test_it_refuses_a_body_that_is_not_json(alice_api: ApiClient) -> None:
    response = alice_api.client.post("/api/contacts", "{name:", content_type="application/json")
    assert response.status_code == 400
    assert response.json()["detail"]
    assert not Contact.objects.exists()


@override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=10_000)
def test_it_refuses_a_body_over_the_upload_limit(alice_api: ApiClient) -> None:
    response = alice_api.post("/api/contacts", {"name": "Per", "notes": "x" * 20_000})
    assert response.status_code == 413
    assert response.json()["detail"]
    assert not Contact.objects.exists()
