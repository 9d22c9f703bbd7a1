"""Window ends and check-ins as an iCalendar feed at the user's secret calendar address."""

from __future__ import annotations

from datetime import date

from django.test import Client
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from nettverk.accounts.models import User
from nettverk.goals.services import checkin_add
from nettverk.relationships.calendar import feed_renew
from tests.goals.conftest import goal_make


def test_the_feed_parses_back_with_window_ends_and_check_ins(alice: User,
                                                              client: Client) -> None:
    today = timezone.localdate()
    monday = date.fromordinal(today.toordinal() - today.weekday())
    goal = goal_make(alice, sentence="Meet 2 CFOs a week", purpose="Meet 2 CFOs a week",
                     cadence="week", target=2, start=monday,
                     end=date.fromordinal(monday.toordinal() + 27))
    checkin_add(goal, "Good start at the forum", on=today)
    token = feed_renew(alice).token

    response = client.get(reverse("goals:calendar", args=[token]))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    events = Calendar.from_ical(response.content).walk("VEVENT")
    ends = sorted(e.decoded("dtstart") for e in events if "window" in str(e["uid"]))
    assert ends == [date.fromordinal(monday.toordinal() + 6 + 7 * i) for i in range(4)]
    [checkin] = [e for e in events if "checkin" in str(e["uid"])]
    assert checkin.decoded("dtstart") == today
    assert str(checkin["description"]) == "Good start at the forum"
    assert "Meet 2 CFOs a week" in str(checkin["summary"])
    assert str(checkin["url"]).endswith(reverse("goals:detail", args=[goal.pk]))


def test_a_wrong_or_renewed_token_is_not_found(alice: User, client: Client) -> None:
    old = feed_renew(alice).token
    assert client.get(reverse("goals:calendar", args=["not-a-token"])).status_code == 404
    feed_renew(alice)
    assert client.get(reverse("goals:calendar", args=[old])).status_code == 404


def test_the_goals_page_offers_the_address(alice: User, alice_client: Client) -> None:
    page = alice_client.get(reverse("goals:list")).content.decode()
    assert "Make a calendar address" in page
    alice_client.post(reverse("goals:calendar_enable"))
    token = alice.calendar_feed.token
    assert reverse("goals:calendar", args=[token]) in alice_client.get(
        reverse("goals:list")).content.decode()
