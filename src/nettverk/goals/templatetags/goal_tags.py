"""Template helpers for goal pages."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils import timezone
from django.utils.translation import gettext as _

from nettverk.contacts.models import Function, Seniority
from nettverk.goals.models import Goal
from nettverk.goals.progress import goal_progress
from nettverk.goals.services import goals_of
from nettverk.lib.goal_types import Segment

register = template.Library()
PANEL_GOALS = 5


@register.filter
def segment_words(segment: Segment | Goal) -> list[str]:
    """A segment (parsed, or stored on a goal) as short labels in the reader's language."""
    functions, seniorities = dict(Function.choices), dict(Seniority.choices)
    words = [str(functions.get(code, code)) for code in segment.functions]
    words += [str(seniorities.get(code, code)) for code in segment.seniorities]
    if segment.decision_maker is not None:
        words.append(_("decision-makers") if segment.decision_maker else
                     _("not decision-makers"))
    words += [str(i) for i in segment.industries]
    words += [_("in %(place)s") % {"place": p} for p in segment.locations]
    words += [str(k) for k in segment.keywords]
    words += [f"#{t}" for t in getattr(segment, "tags", ())]
    return words


@register.inclusion_tag("goals/_panel.html", takes_context=True)
def goals_panel(context: template.Context) -> dict[str, Any]:
    """The dashboard's goals: each active goal with its pace badge."""
    today, user = timezone.localdate(), context["request"].user
    goals = list(goals_of(user, active_only=True)[:PANEL_GOALS])
    for goal in goals:
        goal.owner = user  # known already: counting progress would fetch it again per goal
    return {"goal_rows": [(goal, goal_progress(goal, today=today)) for goal in goals]}
