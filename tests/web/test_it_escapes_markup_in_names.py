"""A name typed as HTML is shown as text on every page, never run as markup."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from nettverk.accounts.models import User
from nettverk.contacts.services import contact_create
from nettverk.interactions.services import interaction_log

SCRIPT = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


@pytest.fixture
def pages(alice: User) -> dict[str, tuple[str, dict[str, str]]]:
    evil = contact_create(owner=alice, name=SCRIPT, title=SCRIPT, organization=SCRIPT,
                          notes=SCRIPT, tags=[SCRIPT])
    friend = contact_create(owner=alice, name="Kari Nordmann")
    interaction_log(owner=alice, contacts=[evil, friend], kind="meeting", note=SCRIPT)
    return {
        "list": (reverse("contacts:list"), {}),
        "detail": (reverse("contacts:detail", args=[evil.pk]), {}),
        "timeline": (reverse("contacts:detail", args=[friend.pk]), {}),
        "edit": (reverse("contacts:edit", args=[evil.pk]), {}),
        "delete": (reverse("contacts:delete", args=[evil.pk]), {}),
        "dashboard": (reverse("dashboard:home"), {}),
        "picker": (reverse("interactions:contact_options"), {"contact_query": "script"}),
        "picker miss": (reverse("interactions:contact_options"), {"contact_query": SCRIPT + "x"}),
        "quick log": (reverse("interactions:new"), {"contact": str(evil.pk)}),
    }


@pytest.mark.parametrize("page", ["list", "detail", "timeline", "edit", "delete", "dashboard",
                                  "picker", "picker miss", "quick log"])
def test_it_escapes_a_script_name(
    alice_client: Client, pages: dict[str, tuple[str, dict[str, str]]], page: str
) -> None:
    url, params = pages[page]
    body = alice_client.get(url, params).content.decode()
    assert SCRIPT not in body
    assert ESCAPED in body
