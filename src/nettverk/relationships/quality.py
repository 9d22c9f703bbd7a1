"""Network quality: deep rather than broad, varied, with decision-makers, and what goes cold.

Everything here counts the owner's contacts in the database; nothing is read row by row.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from django.db.models import Count, F, Q, Value
from django.db.models.functions import Least
from django.utils.translation import gettext as _

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact, Function, Seniority
from nettverk.goals.models import Goal
from nettverk.relationships.models import Relationship
from nettverk.relationships.relevance import focused_goals, relevant_q
from nettverk.relationships.strength import COOLING_DROP

STRONG = 40  # a relationship you could call on for a favour
DEEP = 60
SHALLOW = 30
BINS = 10
TOP_INDUSTRIES = 8


@dataclass(frozen=True)
class Coverage:
    total: int
    strong: int

    @property
    def weak(self) -> int:
        return self.total - self.strong

    @property
    def strong_share(self) -> float:
        return self.strong / self.total if self.total else 0.0

    @property
    def strong_percent(self) -> int:
        return round(100 * self.strong_share)


def segment_coverage(owner: User, segment: Q) -> Coverage:
    """How many of the owner's contacts a segment holds, and how many of them are strong.

    `segment` filters Contact (e.g. `Q(function="finance", decision_maker=True)`): a goal's
    target segment plugs in here to show how well the network covers it.
    """
    return Coverage(**Contact.objects.owned_by(owner).filter(segment).aggregate(
        total=Count("pk"), strong=Count("pk", filter=Q(strength__gte=STRONG))))


@dataclass(frozen=True)
class GoalCoverage:
    goal: Goal
    coverage: Coverage


def goal_coverage(owner: User) -> list[GoalCoverage]:
    """Each active goal that singles out contacts: how many it holds, how many of them strong."""
    return [GoalCoverage(goal, segment_coverage(owner, relevant_q([goal], via="pk")))
            for goal in focused_goals(owner)]


def strength_histogram(owner: User) -> list[int]:
    """Contacts per strength band of ten: [0-9, 10-19, ..., 90-100]."""
    rows = (Contact.objects.owned_by(owner).order_by()
            .annotate(band=Least(F("strength") / 10, Value(BINS - 1)))
            .values("band").annotate(count=Count("pk")).values_list("band", "count"))
    counts = [0] * BINS
    for band, count in rows:
        counts[band] += count
    return counts


@dataclass(frozen=True)
class Group:
    code: str
    label: str
    count: int
    strong: int


@dataclass(frozen=True)
class Bar:
    group: Group
    percent: int  # of the largest group, for the bar's length
    strong_percent: int  # of this group, for the strong part inside the bar


@dataclass(frozen=True)
class Diversity:
    groups: list[Group]

    @property
    def bars(self) -> list[Bar]:
        largest = max((g.count for g in self.groups), default=0) or 1
        return [Bar(g, round(100 * g.count / largest), round(100 * g.strong / (g.count or 1)))
                for g in self.groups]

    @property
    def effective(self) -> float:
        """How many equally large groups would be as varied (the exponent of Shannon entropy)."""
        total = sum(g.count for g in self.groups)
        shares = [g.count / total for g in self.groups if g.count]
        return math.exp(-sum(p * math.log(p) for p in shares)) if total else 0.0


def diversity(owner: User, field: str) -> Diversity:
    """Contacts (and strong contacts) per function, seniority or industry, largest first."""
    rows = (Contact.objects.owned_by(owner).order_by().values(field)
            .annotate(count=Count("pk"), strong=Count("pk", filter=Q(strength__gte=STRONG)))
            .order_by("-count", field).values_list(field, "count", "strong"))
    labels = _labels(field)
    groups = [Group(code, labels.get(code) or code or _("Not given"), count, strong)
              for code, count, strong in rows]
    return Diversity(_fold_tail(groups) if field == "industry" else groups)


def _labels(field: str) -> dict[str, str]:
    choices = {"function": Function.choices, "seniority": Seniority.choices}.get(field, [])
    return {code: str(label) for code, label in choices}


def _fold_tail(groups: list[Group]) -> list[Group]:
    if len(groups) <= TOP_INDUSTRIES + 1:
        return groups
    rest = groups[TOP_INDUSTRIES:]
    other = Group("", _("Other industries"), sum(g.count for g in rest),
                  sum(g.strong for g in rest))
    return [*groups[:TOP_INDUSTRIES], other]


@dataclass(frozen=True)
class Cooling:
    contact_id: int
    name: str
    before: int
    now: int


def going_cold(owner: User, *, limit: int = 10) -> list[Cooling]:
    """Contacts whose strength fell by COOLING_DROP or more in three months, biggest fall first."""
    rows = (Relationship.objects.owned_by(owner)
            .annotate(fall=F("strength_quarter_ago") - F("contact__strength"))
            .filter(fall__gte=COOLING_DROP).order_by("-fall", "contact__name")
            .values_list("contact_id", "contact__name", "strength_quarter_ago",
                         "contact__strength")[:limit])
    return [Cooling(*row) for row in rows]

