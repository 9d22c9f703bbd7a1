"""The web app's own pages call the API with the session cookie; unsafe methods need CSRF."""

from __future__ import annotations

import json
import secrets

from django.test import Client

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact


def _browser(user: User) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


def test_it_reads_with_the_session(alice: User) -> None:
    response = _browser(alice).get("/api/contacts")
    assert response.status_code == 200
    assert response.json() == {"items": [], "count": 0}


def test_it_refuses_a_session_write_without_csrf(alice: User) -> None:
    response = _browser(alice).post(
        "/api/contacts", json.dumps({"name": "Per Holm"}), content_type="application/json"
    )
    assert response.status_code == 403
    assert response.json()["detail"]
    assert not Contact.objects.exists()


def test_it_accepts_a_session_write_with_csrf(alice: User) -> None:
    client = _browser(alice)
    token = secrets.token_hex(16)  # the 32-character shape of Django's CSRF secret
    client.cookies["csrftoken"] = token
    response = client.post(
        "/api/contacts", json.dumps({"name": "Per Holm"}), content_type="application/json",
        headers={"X-CSRFToken": token},
    )
    assert response.status_code == 201
    assert Contact.objects.get().owner == alice


def test_it_says_401_not_403_to_a_caller_with_no_credentials(db: None) -> None:
    response = Client(enforce_csrf_checks=True).post(
        "/api/contacts", json.dumps({"name": "Per Holm"}), content_type="application/json"
    )
    assert response.status_code == 401
