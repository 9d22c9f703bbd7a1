"""The first page after signing in: the network at a glance and the way to log."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from nettverk.accounts.http import AuthedRequest
from nettverk.contacts.services import contact_summary
from nettverk.interactions.services import interactions_count_since, interactions_recent

RECENT_DAYS = 30


@login_required
@require_http_methods(["GET"])
def home(request: AuthedRequest) -> HttpResponse:
    user = request.user
    since = timezone.localdate() - timedelta(days=RECENT_DAYS)
    summary = contact_summary(user)
    context = {
        "contacts": summary.contacts,
        "decision_makers": summary.decision_makers,
        "recent_count": interactions_count_since(user, since),
        "recent_days": RECENT_DAYS,
        "recent": interactions_recent(user, limit=10),
        "functions": function_bars(summary.by_function),
    }
    return render(request, "dashboard/home.html", context)


def function_bars(rows: list[tuple[str, str, int]]) -> list[dict[str, Any]]:
    """Bar lengths as whole percentages of the largest group, for a CSS bar chart."""
    largest = max((count for _code, _label, count in rows), default=0) or 1
    return [{"code": code, "label": label, "count": count,
             "percent": round(100 * count / largest)} for code, label, count in rows]
