"""Hand-built histories for strength tests, without the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from nettverk.relationships.strength import Tally, bucket_of, score


@dataclass(frozen=True)
class Event:
    kind: str
    direction: str
    day: date
    group: bool = False


def tally_of(events: list[Event], today: date) -> Tally:
    """What the aggregation query gives for these events, one row per event."""
    tally = Tally()
    for event in events:
        tally.add(event.kind, event.direction, bucket_of(event.day, today), event.group,
                  event.day)
    return tally


def strength_of(events: list[Event], today: date, first_met: date | None = None) -> int:
    return score(tally_of(events, today), first_met=first_met, today=today).strength
