"""Web pages as alice and bob see them in a browser: signed-in test clients."""

from __future__ import annotations

import pytest
from django.test import Client

from nettverk.accounts.models import User


@pytest.fixture
def alice_client(alice: User) -> Client:
    client = Client()
    client.force_login(alice)
    return client


@pytest.fixture
def bob_client(bob: User) -> Client:
    client = Client()
    client.force_login(bob)
    return client
