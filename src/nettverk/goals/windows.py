"""Cadence windows: ISO weeks (Monday to Sunday), calendar months and quarters, or the period.

A goal's period rarely starts on a Monday or the first of a month, so the first and last
windows are clipped to the period; `share` says how much of the calendar window is left, and
the window's target is pro-rated by it.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Window:
    start: date
    end: date
    full_days: int  # the whole calendar window, before clipping to the period

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def share(self) -> float:
        return self.days / self.full_days

    def holds(self, day: date) -> bool:
        return self.start <= day <= self.end


def calendar_window(cadence: str, day: date) -> tuple[date, date]:
    """The week, month or quarter that holds `day`."""
    if cadence == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if cadence == "month":
        return day.replace(day=1), _month_end(day.year, day.month)
    if cadence == "quarter":
        first = 3 * ((day.month - 1) // 3) + 1
        return date(day.year, first, 1), _month_end(day.year, first + 2)
    raise ValueError(f"no calendar window for cadence {cadence!r}")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def windows(cadence: str, start: date, end: date) -> list[Window]:
    """The cadence's windows from start to end (inclusive), clipped to them."""
    if end < start:
        return []
    if cadence == "period":
        return [Window(start, end, (end - start).days + 1)]
    found, day = [], start
    while day <= end:
        first, last = calendar_window(cadence, day)
        found.append(Window(max(first, start), min(last, end), (last - first).days + 1))
        day = last + timedelta(days=1)
    return found
