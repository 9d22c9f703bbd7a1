"""Signing in with a password and with a one-time link from `nettverk serve`."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from nettverk.accounts.models import User
from nettverk.accounts.tokens import login_link_create


def test_it_signs_in_with_a_password(alice: User) -> None:
    client = Client()
    response = client.post(reverse("accounts:login"),
                           {"username": "alice", "password": "alice-pass-2026"})
    assert response.status_code == 302
    assert response["Location"] == reverse("dashboard:home")
    assert client.get(reverse("dashboard:home")).status_code == 200


def test_it_refuses_a_wrong_password(alice: User) -> None:
    client = Client()
    response = client.post(reverse("accounts:login"), {"username": "alice", "password": "nope"})
    assert response.status_code == 200
    assert b"form-errors" in response.content
    assert "_auth_user_id" not in client.session


def test_it_sends_visitors_to_the_sign_in_page(db: None) -> None:
    response = Client().get(reverse("contacts:list"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


def test_it_signs_in_once_with_a_link(alice: User) -> None:
    link = reverse("accounts:login_link", args=[login_link_create(user=alice)])
    first = Client()
    response = first.get(link)
    assert response.status_code == 302
    assert response["Location"] == reverse("dashboard:home")
    assert first.get(reverse("dashboard:home")).status_code == 200

    second = Client().get(link)
    assert second.status_code == 400
    assert b"does not work" in second.content


def test_it_shows_a_friendly_page_for_a_made_up_link(db: None) -> None:
    response = Client().get(reverse("accounts:login_link", args=["not-a-real-link"]))
    assert response.status_code == 400
    assert reverse("accounts:login").encode() in response.content


def test_it_signs_out_only_by_post(alice_client: Client) -> None:
    assert alice_client.get(reverse("accounts:logout")).status_code == 405
    assert alice_client.post(reverse("accounts:logout")).status_code == 302
    assert alice_client.get(reverse("dashboard:home")).status_code == 302
