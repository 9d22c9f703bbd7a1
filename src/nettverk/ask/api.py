"""/api/ask: who in the caller's network can help with a problem, and who is missing;
/api/ask/saved: asks kept as notes or on a goal, with their answer as it was then."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Status

from nettverk.accounts.models import User
from nettverk.api.auth import request_user
from nettverk.api.responses import ERRORS
from nettverk.ask.schemas import AskOut, AskQuery, SavedAskIn, SavedAskOut
from nettverk.ask.serialize import ask_json, saved_ask_json
from nettverk.ask.services import ask, saved_ask_create, saved_asks
from nettverk.goals.models import Goal

router = Router(tags=["ask"])


@router.get("/ask", response={200: AskOut, **ERRORS})
def ask_network(request: HttpRequest, params: Query[AskQuery]) -> dict[str, Any]:
    return ask_json(ask(request_user(request), params.q, limit=params.limit))


@router.get("/ask/saved", response={200: list[SavedAskOut], **ERRORS})
def saved_list(request: HttpRequest) -> list[dict[str, Any]]:
    return [saved_ask_json(saved) for saved in saved_asks(request_user(request))]


@router.post("/ask/saved", response={201: SavedAskOut, **ERRORS})
def saved_add(request: HttpRequest, payload: SavedAskIn) -> Status[dict[str, Any]]:
    """Asks now and keeps the answer; another user's goal is as absent as one never made."""
    owner = request_user(request)
    goal = _goal_for_user(owner, payload.goal)
    result = ask_json(ask(owner, payload.q, limit=payload.limit))
    return Status(201, saved_ask_json(saved_ask_create(owner, payload.q, result, goal=goal)))


def _goal_for_user(owner: User, goal_id: int | None) -> Goal | None:
    if goal_id is None:
        return None
    goal: Goal = get_object_or_404(Goal.objects.owned_by(owner), pk=goal_id)
    return goal
