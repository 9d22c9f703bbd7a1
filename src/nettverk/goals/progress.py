"""How a goal is going: counts per cadence window against the target, pace, streak, forecast.

    >>> progress = goal_progress(goal, today=date(2027, 2, 10))
    >>> progress.pace, progress.total, progress.forecast
    ('behind', 9, 19)

Definitions, all on dates ("today" is `timezone.localdate()` unless given):

- The period runs from the goal's start (else the day it was written) to its end; an
  open-ended goal runs through the window that holds today.
- A window's target is the goal's target pro-rated to the part of the window inside the
  period and rounded up (a 3-day first week of "2 a week" asks for 1).
- `expected` is the target line up to today: the targets of past windows plus the current
  window's, pro-rated by the days of it gone (today included).
- Pace: `on_track` when no whole event short of the line, `behind` when at least
  `BEHIND_SHARE` of it, else `at_risk`. Before the start `not_started`; after the end `met` or
  `missed`; without a target `no_target`.
- Streak: windows met in a row, back from the latest; the current window counts once it is
  met and does not break the streak while it is still open.
- Forecast: the period's total at the rate so far (events per day elapsed), for a period
  with an end.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from nettverk.goals.models import Goal
from nettverk.goals.segments import event_counts
from nettverk.goals.windows import Window, calendar_window, windows

BEHIND_SHARE = 0.6

PACE_LABELS = {
    "on_track": _("On track"),
    "behind": _("Behind"),
    "at_risk": _("At risk"),
    "not_started": _("Not started"),
    "met": _("Met"),
    "missed": _("Missed"),
    "no_target": _("No target"),
}


@dataclass(frozen=True)
class WindowCount:
    start: date
    end: date
    count: int
    target: int | None
    state: str  # "past", "current" or "future"

    @property
    def met(self) -> bool | None:
        """Whether the window reached its target; None while that is still open."""
        if self.target is None or self.state == "future":
            return None
        if self.count >= self.target:
            return True
        return None if self.state == "current" else False


@dataclass(frozen=True)
class Progress:
    today: date
    start: date
    end: date | None
    target: int | None
    period_target: int | None
    windows: list[WindowCount]
    total: int
    expected: float
    pace: str
    streak: int
    forecast: int | None

    @property
    def current(self) -> WindowCount | None:
        return next((w for w in self.windows if w.state == "current"), None)

    @property
    def pace_label(self) -> str:
        return str(PACE_LABELS[self.pace])


def goal_period(goal: Goal, today: date) -> tuple[date, date | None, date]:
    """(start, end or None, the last day the windows reach)."""
    start = goal.start or timezone.localdate(goal.created_at)
    if goal.end:
        return start, goal.end, goal.end
    reach = max(today, start)
    last = reach if goal.cadence == "period" else calendar_window(goal.cadence, reach)[1]
    return start, None, last


def goal_progress(goal: Goal, *, today: date | None = None) -> Progress:
    today = today or timezone.localdate()
    start, end, last = goal_period(goal, today)
    spans = windows(goal.cadence, start, last)
    per_day = event_counts(goal, start, min(last, today)) if today >= start else {}
    counted = [_count(w, per_day, goal.target, today) for w in spans]
    total = sum(w.count for w in counted)
    targets = [w.target for w in counted]
    period_target = sum(t for t in targets if t is not None) if goal.target else None
    expected = _expected(counted, today)
    return Progress(
        today=today, start=start, end=end, target=goal.target, period_target=period_target,
        windows=counted, total=total, expected=expected,
        pace=_pace(total, expected, period_target, start, end, today),
        streak=_streak(counted), forecast=_forecast(total, start, end, today),
    )


def _count(window: Window, per_day: dict[date, int], target: int | None,
           today: date) -> WindowCount:
    state = "past" if window.end < today else "future" if window.start > today else "current"
    return WindowCount(
        start=window.start, end=window.end,
        count=sum(n for day, n in per_day.items() if window.holds(day)),
        target=math.ceil(target * window.share - 1e-9) if target else None, state=state,
    )


def _expected(counted: list[WindowCount], today: date) -> float:
    line = 0.0
    for window in counted:
        if window.target is None or window.state == "future":
            continue
        if window.state == "past":
            line += window.target
        else:
            gone = (today - window.start).days + 1
            line += window.target * gone / ((window.end - window.start).days + 1)
    return line


def _pace(total: int, expected: float, period_target: int | None, start: date,
          end: date | None, today: date) -> str:
    if period_target is None:
        return "no_target"
    if today < start:
        return "not_started"
    if end is not None and today > end:
        return "met" if total >= period_target else "missed"
    if total >= math.floor(expected + 1e-9):
        return "on_track"
    return "behind" if total >= BEHIND_SHARE * expected else "at_risk"


def _streak(counted: list[WindowCount]) -> int:
    streak = 0
    for window in reversed(counted):
        if window.state == "future" or (window.state == "current" and window.met is None):
            continue
        if not window.met:
            break
        streak += 1
    return streak


def _forecast(total: int, start: date, end: date | None, today: date) -> int | None:
    if end is None or today < start:
        return None
    if today > end:
        return total
    elapsed = (today - start).days + 1
    return round(total * ((end - start).days + 1) / elapsed)

