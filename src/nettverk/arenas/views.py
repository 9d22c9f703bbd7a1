"""The arenas page: where networking happens, what it costs, and logging a visit (P4)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from nettverk.accounts.http import AuthedRequest
from nettverk.arenas.forms import ArenaForm, VisitForm
from nettverk.arenas.models import ArenaVisit
from nettverk.arenas.services import arenas_overview

RECENT_VISITS = 15


@login_required
@require_http_methods(["GET", "POST"])
def arena_list(request: AuthedRequest) -> HttpResponse:
    """One page, two forms told apart by their prefixes; a valid post redirects back here."""
    data = request.POST if request.method == "POST" else None
    arena_form = ArenaForm(data if data and "arena-name" in data else None, owner=request.user)
    visit_form = VisitForm(data if data and "visit-arena" in data else None, owner=request.user)
    if arena_form.is_bound and arena_form.is_valid() and (arena := arena_form.save()):
        messages.success(request, _("Added %(name)s.") % {"name": arena.name})
        return redirect("arenas:list")
    if visit_form.is_bound and visit_form.is_valid() and (visit := visit_form.save()):
        messages.success(request, _("Logged a visit to %(name)s.") % {"name": visit.arena.name})
        return redirect("arenas:list")
    context = {
        "rows": arenas_overview(request.user), "arena_form": arena_form,
        "visit_form": visit_form,
        "visits": ArenaVisit.objects.owned_by(request.user).select_related("arena", "goal")
        [:RECENT_VISITS],
    }
    bound = arena_form.is_bound or visit_form.is_bound
    return render(request, "arenas/list.html", context, status=400 if bound else 200)
