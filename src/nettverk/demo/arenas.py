"""Where the demo user networks, what it costs, and on which days each arena meets."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal


@dataclass(frozen=True)
class ArenaSpec:
    name: str
    kind: str
    location: str
    hours: str
    money: str
    notes: str
    # How likely a contact of each language was first met here.
    weights: dict[str, float]
    # Meeting days: once a year on (month, day), monthly on the first given weekday
    # (Mon=0), or weekends in a range of months; none of these means any day.
    annual: tuple[int, int] | None = None
    monthly_weekday: int | None = None
    season: tuple[int, int] | None = None
    # Contacts of these functions are three times as likely to be met here.
    functions: tuple[str, ...] = field(default=())

    @property
    def hours_spent(self) -> Decimal:
        return Decimal(self.hours)

    @property
    def money_spent(self) -> Decimal:
        return Decimal(self.money)


ARENAS: tuple[ArenaSpec, ...] = (
    ArenaSpec("Nordic Fintech Week", "conference", "Stockholm", "32", "14500.00",
              "Two days every September; the best place to meet fintech founders.",
              {"sv": 3, "nb": 1, "en": 0.5}, annual=(9, 24), functions=("finance", "product")),
    ArenaSpec("CFO-forum Oslo", "group", "Oslo", "36", "6000.00",
              "Breakfast for finance leaders, first Tuesday each month.",
              {"nb": 3}, monthly_weekday=1, functions=("finance",)),
    ArenaSpec("Stockholm Founders Breakfast", "group", "Stockholm", "28", "0.00",
              "Free breakfast for founders and investors, first Thursday each month.",
              {"sv": 3, "en": 0.3}, monthly_weekday=3, functions=("executive",)),
    ArenaSpec("LinkedIn", "online", "", "80", "4200.00", "Premium subscription and InMail.",
              {"sv": 4, "nb": 4, "en": 5}),
    ArenaSpec("NTNU Alumni", "alumni", "Trondheim", "12", "800.00",
              "Reunion every October and the Oslo chapter's pub nights.",
              {"nb": 2, "sv": 0.2}, annual=(10, 11), functions=("it", "research")),
    ArenaSpec("KTH Alumni", "alumni", "Stockholm", "10", "0.00", "Mostly class of 2009.",
              {"sv": 2}, functions=("it", "research", "product")),
    ArenaSpec("Vestfjord Golfklubb", "club", "Bergen", "120", "14000.00",
              "Membership and Saturday rounds; many owners and board members play.",
              {"nb": 2, "sv": 0.3}, season=(5, 9), functions=("executive",)),
    ArenaSpec("London Tech Week", "conference", "London", "24", "11800.00",
              "Flights, hotel and a ticket every June.",
              {"en": 3, "sv": 0.5, "nb": 0.5}, annual=(6, 10),
              functions=("it", "product", "sales")),
    ArenaSpec("Arendalsuka", "event", "Arendal", "30", "9000.00",
              "Political festival every August; public sector and energy people.",
              {"nb": 2}, annual=(8, 13), functions=("communications", "executive")),
    ArenaSpec("Nordic-British Chamber Breakfast", "group", "London", "18", "2400.00",
              "Monthly breakfast for Nordic companies in the UK.",
              {"en": 3, "sv": 0.5, "nb": 0.5}, monthly_weekday=2, functions=("sales", "executive")),
    ArenaSpec("Fyrtorn Consulting (former employer)", "work", "Stockholm", "0", "0.00",
              "Seven years as a management consultant; most former colleagues are here.",
              {"sv": 1.5, "nb": 0.7, "en": 0.5}, functions=("finance", "it")),
)


def arena_days(spec: ArenaSpec, start: date, end: date) -> list[date]:
    """The days between start and end (inclusive) when the arena meets; [] if any day will do."""
    if spec.annual:
        month, day = spec.annual
        found = [date(year, month, day) for year in range(start.year, end.year + 1)]
        return [d for d in found if start <= d <= end]
    if spec.monthly_weekday is not None:
        return [d for d in _first_weekdays(spec.monthly_weekday, start, end) if d.month != 7]
    if spec.season:
        first, last = spec.season
        return [d for d in _days(start, end) if d.weekday() == 5 and first <= d.month <= last]
    return []


def _first_weekdays(weekday: int, start: date, end: date) -> list[date]:
    found = []
    for year in range(start.year, end.year + 1):
        for month in range(1, 13):
            first = date(year, month, 1)
            day = first + timedelta(days=(weekday - first.weekday()) % 7)
            if start <= day <= end:
                found.append(day)
    return found


def _days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]
