"""API callers: alice and bob, each with their own bearer token."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest
from django.test import Client

from nettverk.accounts.models import User
from nettverk.accounts.tokens import api_token_create

if TYPE_CHECKING:
    # The test client's response type (with .json()) as django-stubs names it.
    from django.test.client import _MonkeyPatchedWSGIResponse as Response


class ApiClient:
    """A script talking JSON to /api/ with `Authorization: Bearer <token>`."""

    def __init__(self, token: str = "") -> None:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.client = Client(headers=headers)

    def get(self, path: str, **params: Any) -> Response:
        return self.client.get(path, params)

    def post(self, path: str, data: Any) -> Response:
        return self.client.post(path, json.dumps(data), content_type="application/json")

    def patch(self, path: str, data: Any) -> Response:
        return self.client.patch(path, json.dumps(data), content_type="application/json")

    def delete(self, path: str) -> Response:
        return self.client.delete(path)


@pytest.fixture
def alice_api(alice: User) -> ApiClient:
    return ApiClient(api_token_create(user=alice, name="alice's script"))


@pytest.fixture
def bob_api(bob: User) -> ApiClient:
    return ApiClient(api_token_create(user=bob, name="bob's script"))
