"""/api/title: what a job title says about someone's function and seniority."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from nettverk.api.responses import ERRORS
from nettverk.contacts.schemas import TitleOut
from nettverk.lib.titles import classify_title

router = Router(tags=["titles"])


class TitleQuery(Schema):
    text: str = Field(max_length=300, examples=["Økonomisjef"])


@router.get("/title", response={200: TitleOut, **ERRORS})
def title_classify(request: HttpRequest, params: Query[TitleQuery]) -> dict[str, Any]:
    result = classify_title(params.text)
    return {
        "function": result.function,
        "seniority": result.seniority,
        "decision_maker": result.decision_maker,
        "reasons": list(result.reasons),
    }
