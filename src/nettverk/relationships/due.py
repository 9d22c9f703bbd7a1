"""Who to get back in touch with now: the due list, most urgent and most valuable first.

A contact is due once their cadence has passed since the last interaction (`Relationship.due_on`)
and they are not snoozed. The list is ordered by a score of 0 to 100, half urgency and half
value, worked out in the database so only the top of a long list is read:

    urgency = min(1, days overdue / cadence)     a whole cadence late is as urgent as it gets
    value   = strength / 250                       up to 0.4
              + 0.2 when an active goal is about them (`relevance`: in its segment or tied)
              + 0.15 for a decision-maker
              + 0.25 inner circle, 0.15 key, 0.05 wider network (the user's own pin)
    score   = round(50 * urgency + 50 * value)    goal relevance adds exactly 10 points

Value is at most 1. The why of each item says which parts weighed, naming the goal.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from django.db.models import (
    Case,
    DateField,
    F,
    FloatField,
    Func,
    IntegerField,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.expressions import Combinable
from django.db.models.functions import Cast, Least, Round
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from nettverk.accounts.models import User
from nettverk.goals.models import Goal
from nettverk.relationships.models import Relationship, Tier
from nettverk.relationships.reasons import last_contact_text
from nettverk.relationships.relevance import focused_goals, goals_by_contact

STRENGTH_DIVISOR = 250.0
GOAL_VALUE = 0.2
GOAL_POINTS = round(50 * GOAL_VALUE)  # what goal relevance adds to the score
DECISION_MAKER_VALUE = 0.15
TIER_VALUE = {Tier.INNER: 0.25, Tier.KEY: 0.15, Tier.WIDER: 0.05}
GOAL_WORDS_MAX = 60  # a goal's sentence in a why, cut to this many characters


class DaysSince(Func):
    """Whole days from a date column to `today` (today minus the column)."""

    output_field = IntegerField()
    template = "(%(expressions)s)"
    arg_joiner = " - "  # PostgreSQL: date - date is a number of days

    def __init__(self, column: str, today: date) -> None:
        super().__init__(Value(today, output_field=DateField()), F(column))

    def as_sqlite(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        return self.as_sql(compiler, connection, arg_joiner=") - julianday(",
                           template="CAST(julianday(%(expressions)s) AS INTEGER)", **extra)


SCORE_COLUMN = 9  # in the rows `due_top` reads


@dataclass(frozen=True)
class DueItem:
    id: int
    name: str
    due_on: date
    days_overdue: int
    last_contact: date | None
    cadence_days: int
    strength: int
    decision_maker: bool
    tier: str
    score: int
    # The sentences of the active goals that are about this contact.
    goals: tuple[str, ...] = ()

    @property
    def why(self) -> list[str]:
        return due_why(self)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "days_overdue": self.days_overdue,
            "last_contact": self.last_contact.isoformat() if self.last_contact else None,
            "cadence_days": self.cadence_days, "strength": self.strength, "score": self.score,
            "why": self.why,
        }


def due_now(owner: User, today: date) -> QuerySet[Relationship]:
    """The owner's due relationships: past their due day and not snoozed beyond today."""
    return Relationship.objects.owned_by(owner).filter(due_on__lte=today).filter(
        Q(snoozed_until__isnull=True) | Q(snoozed_until__lte=today))


def due_count(owner: User, *, today: date | None = None) -> int:
    return due_now(owner, today or timezone.localdate()).count()


def due_list(owner: User, *, today: date | None = None, limit: int = 20,
             contact_id: int | None = None) -> list[DueItem]:
    """The `limit` most urgent and valuable due contacts (0: all), or just the one asked for."""
    return due_top(owner, today=today, limit=limit, contact_id=contact_id)[0]


def due_top(owner: User, *, today: date | None = None, limit: int = 20,
            contact_id: int | None = None) -> tuple[list[DueItem], int]:
    """The top of the due list and how long the whole list is.

    The database orders the due contacts by every part of the score but goal relevance, which
    would mean matching thousands of contacts against each goal's segment. Relevance adds
    exactly GOAL_POINTS, so only rows within GOAL_POINTS of the `limit`-th can still reach the
    top: those are read from the ordered result, looked up in the goals and ranked again.
    """
    today = today or timezone.localdate()
    found = due_now(owner, today)
    if contact_id is not None:
        found = found.filter(contact_id=contact_id)
    rows = found.annotate(overdue=DaysSince("due_on", today), score=_score(today)).order_by(
        "-score", "due_on", "contact__name", "contact_id").values_list(
        "contact_id", "contact__name", "due_on", "overdue", "last_interaction_on",
        "cadence_days", "contact__strength", "contact__decision_maker", "tier", "score")
    goals = focused_goals(owner)
    band = _band(rows, limit, GOAL_POINTS if goals else 0)
    items = _with_goals([DueItem(*row) for row in band], goals)
    ranked = sorted(items, key=lambda item: (-item.score, item.due_on, item.name, item.id))
    return (ranked[:limit] if limit else ranked), _total(found, band, limit)


def _total(found: QuerySet[Relationship], band: list[tuple[Any, ...]], limit: int) -> int:
    """How long the whole list is: the band when it holds it all, else counted apart, which
    reads one index; a window count over the ordered rows would make the database score and
    sort every due contact before handing out the first."""
    if not limit or len(band) < limit:
        return len(band)
    return found.count()


def _band(rows: QuerySet[Any, tuple[Any, ...]], limit: int, reach: int) -> list[tuple[Any, ...]]:
    """The first `limit` rows (0: all) and every later one scoring within `reach` of the last,
    read from one ordered result as far as needed."""
    if not limit or not reach:
        return list(rows[:limit] if limit else rows)
    taken: list[tuple[Any, ...]] = []
    for row in rows.iterator(chunk_size=limit):
        if len(taken) >= limit and row[SCORE_COLUMN] < taken[limit - 1][SCORE_COLUMN] - reach:
            break
        taken.append(row)
    return taken


def _with_goals(items: list[DueItem], goals: list[Goal]) -> list[DueItem]:
    """The items with the goals each is relevant to, scored up by GOAL_POINTS when any."""
    relevant = goals_by_contact(goals, [item.id for item in items]) if items and goals else {}
    return [replace(item, goals=tuple(goal.sentence for goal in relevant[item.id]),
                    score=item.score + GOAL_POINTS) if item.id in relevant else item
            for item in items]


def _score(today: date) -> Combinable:
    """The score without goal relevance, which `_with_goals` adds."""
    overdue = Cast(DaysSince("due_on", today), FloatField())
    urgency = Least(overdue / F("cadence_days"), Value(1.0))
    decision_maker = Case(When(contact__decision_maker=True, then=Value(DECISION_MAKER_VALUE)),
                          default=Value(0.0))
    tier = Case(*(When(tier=code, then=Value(weight)) for code, weight in TIER_VALUE.items()),
                default=Value(0.0))
    value = (Cast(F("contact__strength"), FloatField()) / STRENGTH_DIVISOR + decision_maker
             + tier)
    return Cast(Round(50.0 * urgency + 50.0 * value), IntegerField())


def due_why(item: DueItem) -> list[str]:
    """Why this contact is on the list, most telling first."""
    why = [_overdue_text(item.days_overdue, item.cadence_days), _last_text(item.last_contact)]
    if item.goals:
        why.append(_goal_text(item.goals))
    if item.tier in TIER_WORDS:
        why.append(str(TIER_WORDS[item.tier]))
    if item.decision_maker:
        why.append(_("decision-maker"))
    why.append(_("strength %(strength)d of 100") % {"strength": item.strength})
    return why


TIER_WORDS = {
    "inner": gettext_lazy("in your inner circle"),
    "key": gettext_lazy("a key contact"),
    "wider": gettext_lazy("in your wider network"),
}


def _overdue_text(days: int, cadence: int) -> str:
    if days <= 0:
        return ngettext("due today (every day)", "due today (every %(cadence)d days)",
                        cadence) % {"cadence": cadence}
    return ngettext("%(days)d day overdue (every %(cadence)d days)",
                    "%(days)d days overdue (every %(cadence)d days)",
                    days) % {"days": days, "cadence": cadence}


def _goal_text(goals: tuple[str, ...]) -> str:
    first = Truncator(goals[0]).chars(GOAL_WORDS_MAX)
    return ngettext("fits your goal “%(goal)s”", "fits %(count)d of your goals, such as “%(goal)s”",
                    len(goals)) % {"goal": first, "count": len(goals)}


def _last_text(last: date | None) -> str:
    return last_contact_text(last, timezone.localdate()) if last else _("never contacted")
