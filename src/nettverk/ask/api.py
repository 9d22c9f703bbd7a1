"""/api/ask: who in the caller's network can help with a problem, and who is missing."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router

from nettverk.api.auth import request_user
from nettverk.api.responses import ERRORS
from nettverk.ask.schemas import AskOut, AskQuery
from nettverk.ask.serialize import ask_json
from nettverk.ask.services import ask

router = Router(tags=["ask"])


@router.get("/ask", response={200: AskOut, **ERRORS})
def ask_network(request: HttpRequest, params: Query[AskQuery]) -> dict[str, Any]:
    return ask_json(ask(request_user(request), params.q, limit=params.limit))
