"""/api/goals: the caller's goals with their progress; one goal adds its arena yields."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Router

from nettverk.api.auth import request_user
from nettverk.api.responses import ERRORS
from nettverk.goals.models import Goal
from nettverk.goals.progress import goal_progress
from nettverk.goals.schemas import GoalDetailOut, GoalSummaryOut
from nettverk.goals.serialize import advice_json, goal_json, progress_json
from nettverk.goals.services import goals_of
from nettverk.goals.yields import arena_advice

router = Router(tags=["goals"])


@router.get("", response={200: list[GoalSummaryOut], **ERRORS})
def goals_list(request: HttpRequest) -> list[dict[str, Any]]:
    today = timezone.localdate()
    return [{**goal_json(goal), "progress": progress_json(goal_progress(goal, today=today))}
            for goal in goals_of(request_user(request)).prefetch_related("checkins")]


@router.get("/{goal_id}", response={200: GoalDetailOut, **ERRORS})
def goals_show(request: HttpRequest, goal_id: int) -> dict[str, Any]:
    """Another user's goal is as absent as one that never existed."""
    goal = get_object_or_404(Goal.objects.owned_by(request_user(request)), pk=goal_id)
    today = timezone.localdate()
    return {**goal_json(goal), "progress": progress_json(goal_progress(goal, today=today)),
            "arenas": advice_json(arena_advice(goal, today=today))}
