"""Writing goals down, changing them, finding them, and checking in on them.

A goal is never refused for what it lacks: a sentence with no target or period is stored,
and `goal_missing` plus the stored rewrite say how to sharpen it (P1).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from nettverk.accounts.models import User
from nettverk.contacts import validation as v
from nettverk.contacts.models import Contact, Function, Seniority
from nettverk.goals.buddy import buddy_set
from nettverk.goals.models import Cadence, CheckIn, Goal, Measure, Status
from nettverk.lib.goal_sentences import ParsedGoal, parse_goal

SENTENCE_MAX = 2000
TARGET_MAX = 100_000
SEGMENT_FIELDS = ("functions", "seniorities", "industries", "locations", "keywords", "tags")


def goal_create(*, owner: User, sentence: str, today: date | None = None, buddy: str = "",
                **overrides: Any) -> Goal:
    """Parse `sentence` as of `today` and store it; `overrides` as in `goal_update`."""
    text = v.clean_text("sentence", sentence, SENTENCE_MAX)
    if not text:
        raise ValidationError({"sentence": _("Write the goal as a sentence.")})
    parsed = parse_goal(text, today=today or timezone.localdate())
    goal = Goal(owner=owner, sentence=text, **_parsed_fields(parsed))
    with transaction.atomic():
        _apply(goal, {k: val for k, val in overrides.items() if val is not None})
        buddy_set(goal, buddy)
        goal.suggestion = parsed.suggestion if goal_missing(goal) else ""
        goal.save()
    return goal


def _parsed_fields(parsed: ParsedGoal) -> dict[str, Any]:
    segment = parsed.segment
    return {
        "purpose": parsed.purpose, "language": parsed.language, "measure": parsed.measure,
        "target": parsed.target, "cadence": parsed.cadence, "start": parsed.start,
        "end": parsed.end, "functions": list(segment.functions),
        "seniorities": list(segment.seniorities), "decision_maker": segment.decision_maker,
        "industries": list(segment.industries), "locations": list(segment.locations),
        "keywords": list(segment.keywords),
    }


@transaction.atomic
def goal_update(goal: Goal, **fields: Any) -> Goal:
    """Change the given fields (purpose, measure, target, cadence, start, end, decision_maker,
    buddy and the segment lists); everything is checked before anything is saved."""
    buddy = fields.pop("buddy", None)
    _apply(goal, fields)
    if buddy is not None:
        buddy_set(goal, buddy)
    if not goal_missing(goal):
        goal.suggestion = ""
    goal.save()
    return goal


def _apply(goal: Goal, fields: dict[str, Any]) -> None:
    for name, value in fields.items():
        if name in SEGMENT_FIELDS:
            setattr(goal, name, _segment_list(name, value))
        elif name in ("start", "end"):
            setattr(goal, name, v.parse_date(name, value))
        elif name == "target":
            goal.target = _target(value)
        elif name in ("measure", "cadence"):
            setattr(goal, name, _choice(name, value))
        elif name == "purpose":
            goal.purpose = v.clean_text("purpose", value or "", SENTENCE_MAX)
        elif name == "decision_maker":
            goal.decision_maker = value
        else:
            raise TypeError(f"goal has no field {name!r}")
    if goal.start and goal.end and goal.end < goal.start:
        raise ValidationError({"end": _("The end comes before the start.")})


def _target(value: Any) -> int | None:
    return v.clean_count(value, "target", TARGET_MAX,
                         _("Give a whole number from 1 to %d.") % TARGET_MAX)


_CHOICES = {"measure": Measure.values, "cadence": Cadence.values, "status": Status.values}


def _choice(field: str, value: Any) -> str:
    if value not in _CHOICES[field]:
        raise ValidationError({field: _("Unknown %(field)s %(value)r; use one of %(choices)s.")
                               % {"field": field, "value": value,
                                  "choices": ", ".join(_CHOICES[field])}})
    return str(value)


def _segment_list(field: str, values: Iterable[str] | str) -> list[str]:
    items = values.split(",") if isinstance(values, str) else list(values)
    clean = list(dict.fromkeys(" ".join(str(i).split()) for i in items if str(i).strip()))
    known = {"functions": Function.values, "seniorities": Seniority.values}.get(field)
    unknown = [i for i in clean if known is not None and i not in known]
    if unknown:
        raise ValidationError({field: _("Unknown %(field)s: %(values)s.")
                               % {"field": field, "values": ", ".join(unknown)}})
    return [v.clean_text(field, i, 100) for i in clean]


def goal_missing(goal: Goal) -> list[str]:
    """What keeps the goal from being specific, quantified and time-bound, as `goal parse`
    names it: `segment`, `target`, `period`. Locations alone do not say whom to meet."""
    named = (goal.functions or goal.seniorities or goal.industries or goal.keywords
             or goal.tags or goal.decision_maker is not None)
    lacks = {"segment": not named, "target": goal.target is None, "period": goal.end is None}
    return [part for part, lacking in lacks.items() if lacking]


def goal_set_status(goal: Goal, status: str) -> Goal:
    goal.status = _choice("status", status)
    goal.save(update_fields=["status", "updated_at"])
    return goal


def checkin_add(goal: Goal, note: str, *, on: date | str | None = None) -> CheckIn:
    text = v.clean_text("note", note, 10_000)
    if not text:
        raise ValidationError({"note": _("Write what happened, or how it is going.")})
    day = v.parse_date("date", on) or timezone.localdate()
    return CheckIn.objects.create(goal=goal, on=day, note=text)


def goal_tie(goal: Goal, contacts: Iterable[Contact]) -> None:
    """Count these contacts for the goal even when they are outside its segment."""
    chosen = list(contacts)
    if any(c.owner_id != goal.owner_id for c in chosen):
        raise ValidationError({"contacts": _("That record belongs to someone else.")})
    goal.contacts.add(*chosen)


def goal_untie(goal: Goal, contacts: Iterable[Contact]) -> None:
    """Stop counting these contacts for the goal unless they are in its segment."""
    goal.contacts.remove(*contacts)


def goals_of(owner: User, *, active_only: bool = False) -> QuerySet[Goal]:
    found = Goal.objects.owned_by(owner)
    return found.filter(status=Status.ACTIVE) if active_only else found


def goal_find(owner: User, ref: str) -> Goal:
    """A goal by id or an unambiguous part of its sentence or purpose."""
    mine = Goal.objects.owned_by(owner)
    ref = ref.strip()
    if (numbered := mine.numbered(ref)) is not None:
        return numbered
    found = mine.filter(Q(sentence__icontains=ref) | Q(purpose__icontains=ref))
    count = found.count() if ref else 0
    if count == 1:
        return found.get()
    if count > 1:
        listed = ", ".join(f"#{g.pk} {g.sentence[:40]}" for g in found[:5])
        raise ValidationError({"goal": _("%(ref)r matches several goals: %(goals)s")
                               % {"ref": ref, "goals": listed}})
    raise ValidationError({"goal": _("No goal matches %r.") % ref})
