"""Keep-in-touch rules: which cadence applies to a contact, and when they fall due."""

from __future__ import annotations

from datetime import date, timedelta

from nettverk.relationships.models import TIER_CADENCE_DAYS, Tier


def cadence_in_force(explicit: int | None, tier: str) -> int | None:
    """The contact's own cadence, else their tier's default, else none (never due)."""
    if explicit:
        return explicit
    return TIER_CADENCE_DAYS.get(Tier(tier)) if tier else None


def due_date(cadence: int | None, *, last_on: date | None, first_met: date | None,
             added_on: date) -> date | None:
    """One cadence after the last interaction; never contacted, one after meeting or adding."""
    if cadence is None:
        return None
    return (last_on or first_met or added_on) + timedelta(days=cadence)
