"""A goal's segment as a query over contacts, and the contacts and events a goal counts.

Within one part of a segment any value matches ("finance or HR"); the parts must all match
("finance" and "in Oslo"). "CFOs or other decision-makers" reads seniorities and
decision-maker together: either one qualifies. An empty segment matches everyone.

Besides the segment, a goal counts what the user tied to it: contacts tied explicitly and
interactions logged with `--goal` (and the people in them). Each contact and each interaction
counts once, however many of these reasons it has.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import reduce
from operator import or_

from django.db.models import Count, Q, QuerySet

from nettverk.contacts.models import Contact, Tag
from nettverk.goals.models import Goal, Measure
from nettverk.interactions.models import Interaction, Kind

# The interaction kinds each measure counts; None: any kind.
MEASURE_KINDS: dict[str, tuple[str, ...] | None] = {
    Measure.INTRODUCTIONS: (Kind.INTRO_RECEIVED,),
    Measure.MEETINGS: (Kind.MEETING,),
    Measure.INTERACTIONS: None,
}


def segment_is_empty(goal: Goal) -> bool:
    parts = (goal.functions, goal.seniorities, goal.industries, goal.locations, goal.keywords,
             goal.tags)
    return not any(parts) and goal.decision_maker is None


def segment_q(goal: Goal) -> Q:
    """The goal's segment as a filter on Contact; `Q()` (everyone) when it names nobody."""
    parts = [Q(function__in=goal.functions)] if goal.functions else []
    parts += _seniority_parts(goal)
    parts += [_any(_industry, goal.industries), _any(_location, goal.locations),
              _any(_keyword, goal.keywords), _any(_tag, goal.tags)]
    return reduce(lambda a, b: a & b, [p for p in parts if p], Q())


def _seniority_parts(goal: Goal) -> list[Q]:
    levels = Q(seniority__in=goal.seniorities) if goal.seniorities else Q()
    if goal.decision_maker is True:
        return [levels | Q(decision_maker=True)] if goal.seniorities else [
            Q(decision_maker=True)]
    if goal.decision_maker is False:
        return [levels & Q(decision_maker=False)]
    return [levels] if goal.seniorities else []


def _any(part: Callable[[str], Q], values: list[str]) -> Q:
    found = [part(str(v)) for v in values if str(v).strip()]
    return reduce(or_, found) if found else Q()


def _industry(word: str) -> Q:
    return Q(industry__icontains=word) | Q(organization__industry__icontains=word)


def _location(word: str) -> Q:
    return Q(location__icontains=word) | Q(organization__location__icontains=word)


def _keyword(word: str) -> Q:
    # A sub-query for tags keeps one row per contact without DISTINCT.
    tagged = Tag.contacts.through.objects.filter(tag__name__icontains=word).values("contact_id")
    return Q(expertise__icontains=word) | Q(title__icontains=word) | Q(pk__in=tagged)


def _tag(name: str) -> Q:
    tagged = Tag.contacts.through.objects.filter(tag__name__iexact=name).values("contact_id")
    return Q(pk__in=tagged)


def goal_contacts(goal: Goal) -> QuerySet[Contact]:
    """The owner's contacts the goal is about: in the segment, or tied to it in any way."""
    mine = Contact.objects.owned_by(goal.owner)
    if segment_is_empty(goal):
        return mine
    return mine.filter(goal_q(goal))


def goal_q(goal: Goal) -> Q:
    """A filter on Contact: in the goal's segment, which must name someone, or tied to it."""
    tied = Goal.contacts.through.objects.filter(goal=goal).values("contact_id")
    in_tied_interactions = Interaction.contacts.through.objects.filter(
        interaction__goal=goal).values("contact_id")
    return segment_q(goal) | Q(pk__in=tied) | Q(pk__in=in_tied_interactions)


def goal_interactions(goal: Goal) -> QuerySet[Interaction]:
    """The owner's interactions of the measure's kinds with goal contacts, or tied to it."""
    found = Interaction.objects.owned_by(goal.owner)
    kinds = MEASURE_KINDS.get(goal.measure)
    if kinds is not None:
        found = found.filter(kind__in=kinds)
    if segment_is_empty(goal):
        return found
    with_contacts = Interaction.contacts.through.objects.filter(
        contact__in=goal_contacts(goal).values("pk")).values("interaction_id")
    return found.filter(Q(goal=goal) | Q(pk__in=with_contacts))


def event_counts(goal: Goal, start: date, end: date) -> dict[date, int]:
    """How many events the goal's measure counts on each day between start and end (inclusive).

    Counted per day by the database: a goal over a year of meetings reads a row a day, not one
    per meeting.
    """
    if goal.measure == Measure.NEW_CONTACTS:
        met = goal_contacts(goal).filter(first_met__range=(start, end))
        return _per_day(met, "first_met")
    return _per_day(goal_interactions(goal).filter(occurred_on__range=(start, end)), "occurred_on")


def _per_day(found: QuerySet[Contact] | QuerySet[Interaction], day: str) -> dict[date, int]:
    # (day, count) rows straight from values_list: each further step would clone the query,
    # a good part of the cost of a page showing several goals.
    return dict(found.order_by().values_list(day).annotate(count=Count("*")))
