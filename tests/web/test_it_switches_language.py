"""The language chosen on the settings page is the one every page speaks."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from nettverk.accounts.models import User


def test_it_saves_the_language_and_serves_pages_in_it(alice: User, alice_client: Client) -> None:
    response = alice_client.post(reverse("accounts:settings"), {"language": "sv"})
    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.language == "sv"
    page = alice_client.get(reverse("dashboard:home"))
    assert page.headers["Content-Language"] == "sv"
    assert '<html lang="sv">' in page.content.decode()


def test_it_refuses_an_unknown_language(alice: User, alice_client: Client) -> None:
    response = alice_client.post(reverse("accounts:settings"), {"language": "xx"})
    assert response.status_code == 200
    alice.refresh_from_db()
    assert alice.language == "en"
