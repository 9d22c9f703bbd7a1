"""/api/title answers what `nettverk title --json` prints."""

from __future__ import annotations

import pytest

from nettverk.lib.titles import classify_title
from tests.api.conftest import ApiClient


@pytest.mark.parametrize("text", ["CFO", "Økonomisjef", "daglig leder", "Utvecklare"])
def test_it_classifies_a_title(alice_api: ApiClient, text: str) -> None:
    response = alice_api.get("/api/title", text=text)
    assert response.status_code == 200
    expected = classify_title(text)
    assert response.json() == {
        "function": expected.function, "seniority": expected.seniority,
        "decision_maker": expected.decision_maker, "reasons": list(expected.reasons),
    }


def test_it_needs_the_text(alice_api: ApiClient) -> None:
    response = alice_api.get("/api/title")
    assert response.status_code == 422
    assert response.json()["detail"].startswith("text: ")
