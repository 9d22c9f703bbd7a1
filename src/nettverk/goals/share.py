"""The buddy's read-only link: an unguessable token on the goal, replaced or revoked at will."""

from __future__ import annotations

import secrets

from nettverk.goals.models import Goal


def share_enable(goal: Goal) -> str:
    """A new secret for the share page; any earlier link stops working at once."""
    goal.share_token = secrets.token_urlsafe(32)
    goal.save(update_fields=["share_token", "updated_at"])
    return goal.share_token


def share_revoke(goal: Goal) -> None:
    goal.share_token = None
    goal.save(update_fields=["share_token", "updated_at"])


def goal_shared(token: str) -> Goal | None:
    """The goal a share link opens, or None for a revoked, unknown or empty token."""
    if not token:
        return None
    goal = Goal.objects.select_related("owner").filter(share_token=token).first()
    return goal if goal is not None and goal.owner.is_active else None
