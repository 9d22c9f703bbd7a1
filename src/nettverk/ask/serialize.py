"""An ask's answer as the JSON contract of DESIGN.md: {"helpers": [...], "missing": [...]}.

Each helper has at least id, name, score and reasons; the extra keys help a user decide whom to
call first.
"""

from __future__ import annotations

from typing import Any

from nettverk.ask.models import SavedAsk
from nettverk.ask.services import AskResult, Helper


def ask_json(result: AskResult) -> dict[str, Any]:
    return {
        "helpers": [helper_json(h) for h in result.helpers],
        "missing": result.missing,
    }


def helper_json(helper: Helper) -> dict[str, Any]:
    contact = helper.contact
    return {
        "id": contact.pk,
        "name": contact.name,
        "score": helper.score,
        "reasons": helper.reasons,
        "title": contact.title,
        "organization": contact.organization,
        "strength": contact.strength,
        "decision_maker": contact.decision_maker,
        "fit": helper.fit,
    }


def saved_ask_json(saved: SavedAsk) -> dict[str, Any]:
    return {"id": saved.pk, "text": saved.text, "goal": saved.goal_id,
            "created_at": saved.created_at, "results": saved.results}
