"""Keep-in-touch rules: which cadence applies to a contact, and when they fall due."""

from __future__ import annotations

from datetime import date, timedelta

from nettverk.relationships.models import TIER_CADENCE_DAYS, Tier


def cadence_in_force(explicit: int | None, tier: str, tag_days: int | None = None) -> int | None:
    """The contact's own cadence; else the shorter of their tier's default and the shortest
    default of their tags (`tag_days`; each means "at least this often"); else none."""
    if explicit:
        return explicit
    defaults = [d for d in (tag_days, TIER_CADENCE_DAYS[Tier(tier)] if tier else None) if d]
    return min(defaults, default=None)


def due_date(cadence: int | None, *, last_on: date | None, first_met: date | None,
             added_on: date) -> date | None:
    """One cadence after the last interaction; never contacted, one after meeting or adding."""
    if cadence is None:
        return None
    return (last_on or first_met or added_on) + timedelta(days=cadence)
