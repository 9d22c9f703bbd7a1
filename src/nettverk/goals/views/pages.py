"""The signed-in goal pages: the list, writing a goal (with a live parse), one goal, editing."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from nettverk.accounts.http import AuthedRequest
from nettverk.goals.buddy import buddy_address, buddy_label
from nettverk.goals.charts import cumulative_chart, window_chart
from nettverk.goals.forms import CheckInForm, GoalEditForm, GoalSentenceForm
from nettverk.goals.models import Goal, Status
from nettverk.goals.progress import goal_progress
from nettverk.goals.services import goal_missing, goals_of
from nettverk.goals.yields import arena_advice
from nettverk.lib.goal_sentences import parse_goal
from nettverk.relationships.calendar import feed_of


def goal_for_user(request: AuthedRequest, pk: int) -> Goal:
    """The user's own goal, or 404: another user's goal does not exist for them."""
    goal: Goal = get_object_or_404(Goal.objects.owned_by(request.user), pk=pk)
    return goal


@login_required
@require_http_methods(["GET"])
def goal_list(request: AuthedRequest) -> HttpResponse:
    today = timezone.localdate()
    rows = [(goal, goal_progress(goal, today=today)) for goal in goals_of(request.user)]
    feed = feed_of(request.user)
    calendar_url = (request.build_absolute_uri(reverse("goals:calendar", args=[feed.token]))
                    if feed else "")
    return render(request, "goals/list.html", {"rows": rows, "calendar_url": calendar_url})


@login_required
@require_http_methods(["GET", "POST"])
def goal_new(request: AuthedRequest) -> HttpResponse:
    """POST `use` takes the sharper rewrite into the form without saving anything yet."""
    if request.method == "POST" and "use" in request.POST:
        sentence = request.POST.get("use", "")
        form = GoalSentenceForm(owner=request.user, initial={
            "sentence": sentence, "buddy": request.POST.get("buddy", "")})
        template = "goals/_form.html" if request.htmx else "goals/new.html"
        return render(request, template, _new_context(form, sentence))
    form = GoalSentenceForm(request.POST or None, owner=request.user)
    if request.method == "POST" and form.is_valid() and (goal := form.save()):
        messages.success(request, _("Goal saved. Share it with a buddy to keep it."))
        return redirect("goals:detail", pk=goal.pk)
    sentence = request.POST.get("sentence", "")
    return render(request, "goals/new.html", _new_context(form, sentence),
                  status=400 if form.errors else 200)


def _new_context(form: GoalSentenceForm, sentence: str) -> dict[str, Any]:
    parsed = parse_goal(sentence, today=timezone.localdate()) if sentence.strip() else None
    return {"form": form, "parsed": parsed}


@login_required
@require_http_methods(["POST"])
def goal_preview(request: AuthedRequest) -> HttpResponse:
    """The live parse under the sentence box: structure, what is missing, a sharper rewrite."""
    sentence = request.POST.get("sentence", "")[:5000]
    parsed = parse_goal(sentence, today=timezone.localdate()) if sentence.strip() else None
    return render(request, "goals/_preview.html", {"parsed": parsed})


@login_required
@require_http_methods(["GET"])
def goal_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    goal = goal_for_user(request, pk)
    today = timezone.localdate()
    progress = goal_progress(goal, today=today)
    token = goal.share_token
    context = {
        "goal": goal, "progress": progress, "missing": goal_missing(goal),
        "statuses": Status.choices,
        "bars": window_chart(progress, goal.cadence), "line": cumulative_chart(progress),
        "advice": arena_advice(goal, today=today),
        "checkins": goal.checkins.all()[:20], "checkin_form": CheckInForm(),
        "buddy": buddy_label(goal), "buddy_email": buddy_address(goal),
        "share_url": request.build_absolute_uri(reverse("goals:share", args=[token]))
        if token else "",
        "tied": goal.contacts.all()[:50],
        "logged": goal.interactions.prefetch_related("contacts").select_related("arena")[:10],
        "saved_asks": goal.saved_asks.all()[:20],
    }
    return render(request, "goals/detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def goal_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    goal = goal_for_user(request, pk)
    form = GoalEditForm(request.POST or None, goal=goal, buddy=_buddy_ref(goal))
    if request.method == "POST" and form.is_valid() and form.save():
        messages.success(request, _("Goal saved."))
        return redirect("goals:detail", pk=goal.pk)
    return render(request, "goals/edit.html", {"form": form, "goal": goal},
                  status=400 if form.errors else 200)


def _buddy_ref(goal: Goal) -> str:
    """What to type to keep the same buddy: a user's name, else the buddy's address."""
    return goal.buddy_user.username if goal.buddy_user else buddy_address(goal)
