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


def test_it_signs_in_once_with_a_link_after_a_click(alice: User) -> None:
    link = reverse("accounts:login_link", args=[login_link_create(user=alice)])
    first = Client(enforce_csrf_checks=True)
    page = first.get(link)
    assert page.status_code == 200 and b"Continue as alice" in page.content
    assert "_auth_user_id" not in first.session  # opening the link alone signs nobody in
    token = page.context["csrf_token"]
    response = first.post(link, {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert response["Location"] == reverse("dashboard:home")
    assert first.get(reverse("dashboard:home")).status_code == 200

    assert Client().get(link).status_code == 400
    second = Client().post(link)
    assert second.status_code == 400
    assert b"does not work" in second.content


def test_opening_a_link_twice_leaves_it_usable(alice: User) -> None:
    link = reverse("accounts:login_link", args=[login_link_create(user=alice)])
    Client().get(link)  # e.g. a chat app's link preview
    client = Client()
    client.get(link)
    assert client.post(link).status_code == 302


def test_a_link_for_a_deactivated_user_does_not_work(alice: User) -> None:
    link = reverse("accounts:login_link", args=[login_link_create(user=alice)])
    alice.is_active = False
    alice.save()
    assert Client().get(link).status_code == 400
    assert Client().post(link).status_code == 400


def test_it_shows_a_friendly_page_for_a_made_up_link(db: None) -> None:
    response = Client().get(reverse("accounts:login_link", args=["not-a-real-link"]))
    assert response.status_code == 400
    assert reverse("accounts:login").encode() in response.content


def test_it_signs_out_only_by_post(alice_client: Client) -> None:
    assert alice_client.get(reverse("accounts:logout")).status_code == 405
    assert alice_client.post(reverse("accounts:logout")).status_code == 302
    assert alice_client.get(reverse("dashboard:home")).status_code == 302
