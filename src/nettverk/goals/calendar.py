"""Goal check-ins and window ends as an iCalendar feed, for the owner's own calendar app.

It is served at the same secret address as the due-reminder calendar (`relationships`
`CalendarFeed`), so one token, renewed in one place, covers both. Each window end is an
all-day event with a fixed UID, so a calendar updates the count in place as the window fills.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from nettverk.accounts.models import User
from nettverk.goals.models import CheckIn, Goal, Status
from nettverk.goals.progress import WindowCount, goal_progress

BEHIND = timedelta(days=92)
AHEAD = timedelta(days=366)
SUMMARY_WORDS = 8


def goals_calendar(owner: User, *, goal_url: Callable[[int], str],
                   today: date | None = None) -> bytes:
    """The owner's active goals' window ends and recent check-ins, as an .ics document."""
    today = today or timezone.localdate()
    calendar = Calendar()
    calendar.add("prodid", "-//nettverk//goals//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("nettverk: goals"))
    stamp = timezone.now()
    for goal in Goal.objects.owned_by(owner).filter(status=Status.ACTIVE):
        for window in goal_progress(goal, today=today).windows:
            if today - BEHIND <= window.end <= today + AHEAD:
                calendar.add_component(_window_event(goal, window, stamp, goal_url(goal.pk)))
    checkins = CheckIn.objects.filter(goal__owner=owner, on__gte=today - BEHIND)
    for checkin in checkins.select_related("goal"):
        calendar.add_component(_checkin_event(checkin, stamp, goal_url(checkin.goal_id)))
    return bytes(calendar.to_ical())


def _title(goal: Goal) -> str:
    words = (goal.purpose or goal.sentence).split()
    return " ".join(words[:SUMMARY_WORDS]) + ("…" if len(words) > SUMMARY_WORDS else "")


def _window_event(goal: Goal, window: WindowCount, stamp: datetime, url: str) -> Event:
    event = _all_day(f"goal-{goal.pk}-window-{window.end.isoformat()}@nettverk", window.end,
                     stamp, url)
    target = window.target if window.target is not None else "—"
    event.add("summary", _("Goal window ends: %(count)s of %(target)s · %(goal)s")
              % {"count": window.count, "target": target, "goal": _title(goal)})
    event.add("description", _("%(start)s to %(end)s. Goal: %(sentence)s")
              % {"start": window.start.isoformat(), "end": window.end.isoformat(),
                 "sentence": goal.sentence})
    return event


def _checkin_event(checkin: CheckIn, stamp: datetime, url: str) -> Event:
    event = _all_day(f"goal-checkin-{checkin.pk}@nettverk", checkin.on, stamp, url)
    event.add("summary", _("Check-in · %(goal)s") % {"goal": _title(checkin.goal)})
    event.add("description", checkin.note)
    return event


def _all_day(uid: str, day: date, stamp: datetime, url: str) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("url", url)
    event.add("transp", "TRANSPARENT")
    return event
