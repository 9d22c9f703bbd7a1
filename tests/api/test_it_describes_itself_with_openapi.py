"""The OpenAPI document lists every endpoint; the docs page loads nothing from the network."""

from __future__ import annotations

import json
import re

from django.conf import settings
from django.test import Client

EXPECTED = {
    "/api/contacts": {"get", "post"},
    "/api/contacts/{contact_id}": {"get", "patch", "delete"},
    "/api/interactions": {"get", "post"},
    "/api/interactions/{interaction_id}": {"get", "patch", "delete"},
    "/api/title": {"get"},
    "/api/goals": {"get"},
    "/api/goals/{goal_id}": {"get"},
    "/api/ask": {"get"},
    "/api/ask/saved": {"get", "post"},
    "/api/due": {"get"},
}


def test_it_serves_valid_openapi_json(client: Client) -> None:
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    document = json.loads(response.content)
    assert document["openapi"].startswith("3.")
    assert {path: set(ops) for path, ops in document["paths"].items()} == EXPECTED


def test_it_documents_the_response_shapes(client: Client) -> None:
    schemas = client.get("/api/openapi.json").json()["components"]["schemas"]
    assert {"ContactSummaryOut", "ContactDetailOut", "InteractionOut", "ErrorOut"} <= set(schemas)
    assert "strength" in schemas["ContactSummaryOut"]["properties"]


def test_it_serves_docs_from_bundled_assets(client: Client) -> None:
    response = client.get("/api/docs")
    assert response.status_code == 200
    page = response.content.decode()
    assert "cdn" not in page.lower()
    assets = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert assets
    for url in assets:
        assert url.startswith(settings.STATIC_URL), url
        assert client.get(url).status_code == 200, url
