"""The due list as an iCalendar feed a calendar app subscribes to by a secret address.

One all-day event per contact who is due now (shown today, or on the day a snooze ends) or falls
due within the next `AHEAD_DAYS`. Each event's UID is fixed per contact, so when a due day moves
the calendar moves the event instead of adding another.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from icalendar import Calendar, Event

from nettverk.accounts.models import User
from nettverk.relationships.due import DueItem, due_why
from nettverk.relationships.models import CalendarFeed, Relationship

AHEAD_DAYS = 60
MAX_EVENTS = 500


def feed_of(user: User) -> CalendarFeed | None:
    return CalendarFeed.objects.filter(user=user).first()


def feed_renew(user: User) -> CalendarFeed:
    """A new secret address; the old one stops working at once."""
    feed, _created = CalendarFeed.objects.update_or_create(
        user=user, defaults={"token": secrets.token_urlsafe(32)})
    return feed


def feed_owner(token: str) -> User | None:
    feed = CalendarFeed.objects.filter(token=token).select_related("user").first()
    return feed.user if feed and feed.user.is_active else None


def due_calendar(owner: User, *, contact_url: Callable[[int], str],
                 today: date | None = None) -> bytes:
    """The owner's reminders as an .ics document; `contact_url(id)` links each to its contact."""
    today = today or timezone.localdate()
    calendar = Calendar()
    calendar.add("prodid", "-//nettverk//due reminders//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("nettverk: keep in touch"))
    stamp = timezone.now()
    for item, day in _reminders(owner, today):
        calendar.add_component(_event(item, day, stamp, contact_url(item.id)))
    return bytes(calendar.to_ical())


def _reminders(owner: User, today: date) -> list[tuple[DueItem, date]]:
    rows = (Relationship.objects.owned_by(owner)
            .filter(due_on__lte=today + timedelta(days=AHEAD_DAYS))
            .order_by("due_on", "contact__name")
            .values_list("contact_id", "contact__name", "due_on", "last_interaction_on",
                         "cadence_days", "contact__strength", "contact__decision_maker", "tier",
                         "snoozed_until")[:MAX_EVENTS])
    return [_reminder(row, today) for row in rows]


def _reminder(row: tuple[Any, ...], today: date) -> tuple[DueItem, date]:
    """The item, and the day to show it: its due day, but never before today or a snooze's end."""
    pk, name, due_on, last, cadence, strength, decision_maker, tier, snoozed_until = row
    item = DueItem(id=pk, name=name, due_on=due_on, days_overdue=(today - due_on).days,
                   last_contact=last, cadence_days=cadence, strength=strength,
                   decision_maker=decision_maker, tier=tier, score=0)
    return item, max(due_on, today, snoozed_until or due_on)


def _event(item: DueItem, day: date, stamp: datetime, url: str) -> Event:
    event = Event()
    event.add("uid", f"due-{item.id}@nettverk")
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", _("Get in touch with %(name)s") % {"name": item.name})
    # The event sits on the due day, so "N days overdue" as of today would read wrong there.
    cadence = ngettext("keep in touch every day", "keep in touch every %(days)d days",
                       item.cadence_days) % {"days": item.cadence_days}
    event.add("description", "\n".join([cadence, *due_why(item)[1:]]))
    event.add("url", url)
    event.add("transp", "TRANSPARENT")
    return event

