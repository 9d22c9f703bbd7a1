"""Goal relevance: a contact one of the user's active goals is about is worth more to keep.

A contact is relevant to a goal when `goals.segments.goal_contacts` holds them: in its segment,
or tied to it. A goal whose segment names nobody matches everyone, so it says nothing about any
one contact and is left out.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import reduce
from operator import or_

from django.db.models import BooleanField, ExpressionWrapper, Q

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.goals.models import Goal
from nettverk.goals.segments import goal_contacts, goal_q, segment_is_empty
from nettverk.goals.services import goals_of
from nettverk.relationships.recompute import batched

# Contact ids looked up per query: well under any database's limit on parameters.
ID_BATCH = 5000


def focused_goals(owner: User) -> list[Goal]:
    """The owner's active goals that single out some contacts."""
    goals = [goal for goal in goals_of(owner, active_only=True).order_by("pk")
             if not segment_is_empty(goal)]
    for goal in goals:
        goal.owner = owner  # known already: `goal_contacts` would fetch it again per goal
    return goals


def relevant_q(goals: list[Goal], *, via: str = "contact_id") -> Q:
    """A filter: the contact (`via`, a lookup on their id) is relevant to one of `goals`.

    `goals` must not be empty: no goal means no contact is relevant, which callers know better
    than an always-false filter.
    """
    return reduce(or_, (Q(**{f"{via}__in": goal_contacts(goal).values("pk")}) for goal in goals))


def goals_by_contact(goals: list[Goal], ids: Collection[int]) -> dict[int, list[Goal]]:
    """Which of `goals` (as `focused_goals` gives them) each of these contacts is relevant to
    (only those relevant to any).

    One query for all the goals, a yes or no column each: building and running a query per
    goal cost more than the database's work on a page of contacts.
    """
    if not goals:
        return {}
    columns = {f"goal_{goal.pk}": ExpressionWrapper(goal_q(goal), output_field=BooleanField())
               for goal in goals}
    found: dict[int, list[Goal]] = {}
    for batch in batched(ids, ID_BATCH):
        rows = (Contact.objects.owned_by(goals[0].owner).filter(pk__in=batch).order_by()
                .annotate(**columns).values_list("pk", *columns))
        for pk, *hits in rows:
            relevant = [goal for goal, hit in zip(goals, hits, strict=True) if hit]
            if relevant:
                found[pk] = relevant
    return found
