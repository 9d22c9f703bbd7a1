"""Every strength comes with reasons, in words, on the contact's page and in its JSON."""

from __future__ import annotations

from datetime import timedelta

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from nettverk.accounts.models import User
from nettverk.contacts.serialize import contact_detail
from nettverk.contacts.services import contact_create
from nettverk.interactions.services import interaction_log


def test_it_gives_reasons_in_words(alice: User, alice_client: Client) -> None:
    ingrid = contact_create(owner=alice, name="Ingrid Berg")
    today = timezone.localdate()
    for days, direction in ((150, "inbound"), (200, "outbound"), (250, "inbound")):
        interaction_log(owner=alice, contacts=[ingrid], kind="meeting", direction=direction,
                        occurred_on=today - timedelta(days=days))
    ingrid.refresh_from_db()
    reasons = contact_detail(ingrid)["strength_reasons"]
    assert reasons[:3] == ["3 meetings in the last year", "last contact 4\xa0months ago",
                           "they reached out 2 times in the last year"]
    page = alice_client.get(reverse("contacts:detail", args=[ingrid.pk])).content.decode()
    assert "3 meetings in the last year" in page
    assert f"{ingrid.strength}/100" in page


def test_it_says_when_nothing_was_logged(alice: User) -> None:
    ingrid = contact_create(owner=alice, name="Ingrid Berg", cadence_days="30")
    assert contact_detail(ingrid)["strength_reasons"] == ["no interactions logged yet"]


def test_it_notices_when_only_you_reach_out(alice: User) -> None:
    per = contact_create(owner=alice, name="Per Lund")
    today = timezone.localdate()
    for days in (10, 60, 120):
        interaction_log(owner=alice, contacts=[per], kind="email", direction="outbound",
                        occurred_on=today - timedelta(days=days))
    assert "only you reached out in the last year (3 times)" in contact_detail(per)[
        "strength_reasons"]
