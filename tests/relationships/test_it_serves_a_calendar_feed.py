"""The due list as an iCalendar feed at a secret address: it parses back, and a wrong or old
address finds nothing."""

from __future__ import annotations

from datetime import timedelta

from django.test import Client
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from nettverk.accounts.models import User
from nettverk.contacts.services import contact_create
from nettverk.interactions.services import interaction_log
from nettverk.relationships.calendar import feed_renew


def _feed_url(token: str) -> str:
    return reverse("relationships:calendar_feed", args=[token])


def test_it_serves_reminders_that_parse_back(alice: User, bob: User) -> None:
    today = timezone.localdate()
    ingrid = contact_create(owner=alice, name="Ingrid Berg", cadence_days="30")
    interaction_log(owner=alice, contacts=[ingrid], kind="call",
                    occurred_on=today - timedelta(days=45))
    per = contact_create(owner=alice, name="Per Lund", cadence_days="30")
    interaction_log(owner=alice, contacts=[per], kind="call",
                    occurred_on=today - timedelta(days=20))
    contact_create(owner=bob, name="Bobs contact", cadence_days="1")
    response = Client().get(_feed_url(feed_renew(alice).token))
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {"Get in touch with Ingrid Berg", "Get in touch with Per Lund"}
    overdue = events["Get in touch with Ingrid Berg"]
    upcoming = events["Get in touch with Per Lund"]
    assert overdue.decoded("dtstart") == today
    assert upcoming.decoded("dtstart") == today + timedelta(days=10)
    assert str(overdue["uid"]) == f"due-{ingrid.pk}@nettverk"
    assert "keep in touch every 30 days" in str(overdue["description"])
    assert str(overdue["url"]).endswith(reverse("contacts:detail", args=[ingrid.pk]))


def test_it_rejects_a_wrong_or_replaced_token(alice: User) -> None:
    old = feed_renew(alice).token
    new = feed_renew(alice).token
    assert new != old
    client = Client()
    assert client.get(_feed_url(old)).status_code == 404
    assert client.get(_feed_url("not-the-token")).status_code == 404
    assert client.get(_feed_url(new)).status_code == 200


def test_it_shows_and_renews_the_address_on_settings(alice: User, alice_client: Client) -> None:
    page = alice_client.get(reverse("accounts:settings")).content.decode()
    assert "Create a calendar address" in page
    alice_client.post(reverse("relationships:calendar_renew"))
    token = alice.calendar_feed.token
    page = alice_client.get(reverse("accounts:settings")).content.decode()
    assert f"/calendar/{token}/due.ics" in page
    assert "Make a new address" in page
