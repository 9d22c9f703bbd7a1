"""Which arenas serve a goal (P4): goal contacts met per hour and per krone spent there.

A contact counts for an arena when they were first met there, or when an interaction of the
goal's measure with them happened there, inside the window looked at; each (arena, contact)
pair counts once. Time and money come from the visits logged in the same window.

The window is the goal's period so far, but at least the last quarter: a goal started last
week has no history of its own yet, while its segment usually does. An arena where time or
money went in the last quarter without a single goal contact is named for dropping.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from django.db.models import QuerySet, Sum

from nettverk.arenas.models import Arena, ArenaVisit
from nettverk.goals.models import Goal
from nettverk.goals.progress import goal_period
from nettverk.goals.segments import MEASURE_KINDS, goal_contacts
from nettverk.interactions.models import Interaction

QUARTER = timedelta(days=91)
RECOMMEND = 3


@dataclass(frozen=True)
class ArenaYield:
    arena_id: int
    name: str
    contacts: int
    hours: Decimal
    money: Decimal

    @property
    def per_hour(self) -> float | None:
        return self.contacts / float(self.hours) if self.hours else None

    @property
    def per_krone(self) -> float | None:
        return self.contacts / float(self.money) if self.money else None

    @property
    def per_thousand(self) -> float | None:
        """Contacts per 1,000 kr: per krone is too small a number to read."""
        return self.per_krone * 1000 if self.per_krone is not None else None


@dataclass(frozen=True)
class ArenaAdvice:
    since: date
    until: date
    yields: list[ArenaYield]
    recommended: list[ArenaYield]
    drop: list[ArenaYield]


def arena_advice(goal: Goal, *, today: date) -> ArenaAdvice:
    start, end, _last = goal_period(goal, today)
    until = min(end, today) if end else today
    since = min(start, until - QUARTER + timedelta(days=1))
    yields = arena_yields(goal, since, until)
    productive = [y for y in yields if y.contacts]
    productive.sort(key=lambda y: (y.per_hour or 0.0, y.contacts), reverse=True)
    return ArenaAdvice(since=since, until=until, yields=yields,
                       recommended=productive[:RECOMMEND], drop=_idle(goal, today))


def arena_yields(goal: Goal, since: date, until: date) -> list[ArenaYield]:
    """Every arena of the owner with goal contacts or spend in the window, best first."""
    met = _contacts_per_arena(goal, since, until)
    spent = _spend_per_arena(goal, since, until)
    arenas = Arena.objects.owned_by(goal.owner).filter(pk__in=set(met) | set(spent))
    found = [ArenaYield(arena_id=a.pk, name=a.name, contacts=len(met.get(a.pk, ())),
                        hours=spent.get(a.pk, (Decimal(0), Decimal(0)))[0],
                        money=spent.get(a.pk, (Decimal(0), Decimal(0)))[1]) for a in arenas]
    return sorted(found, key=lambda y: (-y.contacts, y.hours + y.money, y.name))


def _contacts_per_arena(goal: Goal, since: date, until: date) -> dict[int, set[int]]:
    people = goal_contacts(goal)
    pairs: defaultdict[int, set[int]] = defaultdict(set)
    first_met = people.filter(first_met__range=(since, until), arena__isnull=False)
    for arena_id, contact_id in first_met.order_by().values_list("arena_id", "pk"):
        pairs[arena_id].add(contact_id)
    for arena_id, contact_id in _encounters(goal, since, until).values_list(
            "interaction__arena_id", "contact_id"):
        pairs[arena_id].add(contact_id)
    return pairs


def _encounters(goal: Goal, since: date, until: date) -> QuerySet[Any]:
    through = Interaction.contacts.through.objects.filter(
        interaction__owner=goal.owner, interaction__arena__isnull=False,
        interaction__occurred_on__range=(since, until),
        contact__in=goal_contacts(goal).values("pk"))
    kinds = MEASURE_KINDS.get(goal.measure)
    return (through.filter(interaction__kind__in=kinds) if kinds else through).order_by()


def _spend_per_arena(goal: Goal, since: date, until: date) -> dict[int, tuple[Decimal, Decimal]]:
    rows = (ArenaVisit.objects.owned_by(goal.owner).filter(on__range=(since, until))
            .order_by().values("arena_id").annotate(hours=Sum("hours"), money=Sum("money")))
    return {r["arena_id"]: (r["hours"] or Decimal(0), r["money"] or Decimal(0)) for r in rows}


def _idle(goal: Goal, today: date) -> list[ArenaYield]:
    """Arenas where visits in the last quarter cost time or money but gave no goal contact.

    Only logged visits count as cost: an arena's running totals say nothing about when the
    time went, so an arena never visited lately is not named for dropping on their account.
    """
    since = today - QUARTER + timedelta(days=1)
    recent = arena_yields(goal, since, today)
    return [y for y in recent if (y.hours or y.money) and not y.contacts]
