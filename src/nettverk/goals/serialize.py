"""Goals as plain JSON-ready dicts: the CLI's --json, the API and the JSON backup share them.

`goal_json` holds everything stored about a goal (its share token and check-ins included), so
a backup can restore it; progress and arena yields are derived and come separately.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nettverk.goals.models import Goal
from nettverk.goals.progress import Progress
from nettverk.goals.services import goal_missing
from nettverk.goals.yields import ArenaAdvice, ArenaYield


def goal_json(goal: Goal) -> dict[str, Any]:
    return {
        "id": goal.pk,
        "sentence": goal.sentence,
        "purpose": goal.purpose,
        "language": goal.language,
        "measure": goal.measure,
        "target": goal.target,
        "cadence": goal.cadence,
        "start": _iso(goal.start),
        "end": _iso(goal.end),
        "segment": segment_json(goal),
        "missing": goal_missing(goal),
        "suggestion": goal.suggestion,
        "status": goal.status,
        "buddy": _buddy(goal),
        "share_token": goal.share_token,
        "contacts": sorted(goal.contacts.values_list("pk", flat=True)),
        "checkins": [{"date": c.on.isoformat(), "note": c.note} for c in goal.checkins.all()],
        "created_at": goal.created_at.isoformat(),
    }


def segment_json(goal: Goal) -> dict[str, Any]:
    return {
        "functions": list(goal.functions), "seniorities": list(goal.seniorities),
        "decision_maker": goal.decision_maker, "industries": list(goal.industries),
        "keywords": list(goal.keywords), "locations": list(goal.locations),
        "tags": list(goal.tags),
    }


def _buddy(goal: Goal) -> dict[str, Any] | None:
    if goal.buddy_contact_id is not None:
        return {"contact": goal.buddy_contact_id}
    if goal.buddy_user is not None:
        return {"user": goal.buddy_user.username}
    return {"email": goal.buddy_email} if goal.buddy_email else None


def progress_json(progress: Progress) -> dict[str, Any]:
    return {
        "today": progress.today.isoformat(),
        "start": progress.start.isoformat(),
        "end": _iso(progress.end),
        "target": progress.target,
        "period_target": progress.period_target,
        "total": progress.total,
        "expected": round(progress.expected, 2),
        "pace": progress.pace,
        "streak": progress.streak,
        "forecast": progress.forecast,
        "windows": [
            {"start": w.start.isoformat(), "end": w.end.isoformat(), "count": w.count,
             "target": w.target, "state": w.state, "met": w.met}
            for w in progress.windows
        ],
    }


def advice_json(advice: ArenaAdvice) -> dict[str, Any]:
    return {
        "since": advice.since.isoformat(),
        "until": advice.until.isoformat(),
        "yields": [_yield(y) for y in advice.yields],
        "recommended": [y.name for y in advice.recommended],
        "consider_dropping": [y.name for y in advice.drop],
    }


def _yield(found: ArenaYield) -> dict[str, Any]:
    return {
        "arena": found.name, "contacts": found.contacts, "hours": float(found.hours),
        "money": float(found.money),
        "per_hour": _round(found.per_hour), "per_krone": _round(found.per_krone, 5),
    }


def _round(value: float | None, digits: int = 2) -> float | None:
    return round(value, digits) if value is not None else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
