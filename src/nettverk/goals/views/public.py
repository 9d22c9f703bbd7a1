"""Pages opened by a secret address instead of a sign-in: the buddy's view, the calendar feed."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from nettverk.goals.calendar import goals_calendar
from nettverk.goals.charts import cumulative_chart, window_chart
from nettverk.goals.progress import goal_progress
from nettverk.goals.share import goal_shared
from nettverk.relationships.views.calendar import feed_response


@require_http_methods(["GET", "HEAD"])
def share_page(request: HttpRequest, token: str) -> HttpResponse:
    """The goal and its progress only: no contact, note or arena, whoever holds the link."""
    goal = goal_shared(token)
    if goal is None:
        raise Http404
    progress = goal_progress(goal, today=timezone.localdate())
    context = {"goal": goal, "progress": progress, "owner": goal.owner.get_full_name()
               or goal.owner.username, "bars": window_chart(progress, goal.cadence),
               "line": cumulative_chart(progress)}
    response = render(request, "goals/share.html", context)
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "no-referrer"
    return response


@require_http_methods(["GET", "HEAD"])
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    return feed_response(token, "goals.ics", lambda owner: goals_calendar(
        owner, goal_url=lambda pk: request.build_absolute_uri(
            reverse("goals:detail", args=[pk]))))
