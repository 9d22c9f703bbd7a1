"""/api/due: the caller's keep-in-touch list, as `nettverk due --json` prints it."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from nettverk.api.auth import request_user
from nettverk.api.responses import ERRORS
from nettverk.contacts.schemas import date_field
from nettverk.relationships.due import due_list

router = Router(tags=["relationships"])


class DueFilters(Schema):
    limit: int = Field(20, ge=0, le=500, description="At most this many (0: all, up to 500).")


class DueOut(Schema):
    id: int
    name: str
    days_overdue: int
    last_contact: str | None = date_field(default=...)
    cadence_days: int
    strength: int
    score: int = Field(description="0-100: half how overdue, half how valuable.")
    why: list[str]


@router.get("", response={200: list[DueOut], **ERRORS})
def due(request: HttpRequest, filters: Query[DueFilters]) -> list[dict[str, Any]]:
    items = due_list(request_user(request), limit=filters.limit or 500)
    return [item.as_json() for item in items]
