"""API tokens on the settings page: shown once when made, listed by name, revoked by their owner."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from nettverk.accounts.models import ApiToken, User
from nettverk.accounts.tokens import api_token_create, api_token_user


def test_it_shows_a_new_token_once(alice: User, alice_client: Client) -> None:
    response = alice_client.post(reverse("accounts:token_create"), {"name": "laptop script"})
    secret = response.context["new_token"]
    assert api_token_user(secret) == alice
    assert secret in response.content.decode()
    later = alice_client.get(reverse("accounts:settings")).content.decode()
    assert "laptop script" in later and secret not in later


def test_it_revokes_my_token_but_not_bobs(alice: User, bob: User, alice_client: Client) -> None:
    api_token_create(user=alice, name="mine")
    api_token_create(user=bob, name="bobs")
    mine = ApiToken.objects.get(user=alice)
    theirs = ApiToken.objects.get(user=bob)
    alice_client.post(reverse("accounts:token_revoke", args=[theirs.pk]))
    assert ApiToken.objects.filter(pk=theirs.pk).exists()
    alice_client.post(reverse("accounts:token_revoke", args=[mine.pk]))
    assert not ApiToken.objects.filter(pk=mine.pk).exists()
    assert "bobs" not in alice_client.get(reverse("accounts:settings")).content.decode()
