"""Scripts authenticate with a bearer token; anything else is 401 with a JSON detail."""

from __future__ import annotations

import pytest
from django.test import Client

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_create
from tests.api.conftest import ApiClient


def test_it_answers_a_valid_token(alice: User, alice_api: ApiClient) -> None:
    contact_create(owner=alice, name="Ingrid Berg")
    response = alice_api.get("/api/contacts")
    assert response.status_code == 200
    assert [c["name"] for c in response.json()["items"]] == ["Ingrid Berg"]


@pytest.mark.parametrize("header", [
    None, "Bearer nv_not-a-real-token", "Bearer ", "Token nv_x", "nv_x",
])
def test_it_refuses_a_missing_or_wrong_token(alice: User, header: str | None) -> None:
    """GIVEN alice has a contact WHEN a caller without a valid token asks THEN 401, no data."""
    contact_create(owner=alice, name="Ingrid Berg")
    headers = {"Authorization": header} if header is not None else {}
    response = Client(headers=headers).get("/api/contacts")
    assert response.status_code == 401
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["detail"]
    assert "Ingrid" not in response.content.decode()


def test_it_refuses_a_deactivated_users_token(alice: User, alice_api: ApiClient) -> None:
    User.objects.filter(pk=alice.pk).update(is_active=False)
    assert alice_api.get("/api/contacts").status_code == 401


def test_it_refuses_writes_without_a_token(alice: User) -> None:
    response = ApiClient().post("/api/contacts", {"name": "Per Holm"})
    assert response.status_code == 401
    assert not Contact.objects.exists()
