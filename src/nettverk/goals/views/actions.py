"""What the goal page posts: check-ins, status, the share link, the calendar address."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nettverk.accounts.http import AuthedRequest
from nettverk.contacts.services import contact_find
from nettverk.goals.forms import CheckInForm
from nettverk.goals.services import checkin_add, goal_set_status, goal_tie, goal_untie
from nettverk.goals.share import share_enable, share_revoke
from nettverk.goals.views.pages import goal_for_user
from nettverk.relationships.calendar import feed_of, feed_renew


@login_required
@require_POST
def goal_checkin(request: AuthedRequest, pk: int) -> HttpResponse:
    goal = goal_for_user(request, pk)
    form = CheckInForm(request.POST)
    if form.is_valid():
        checkin_add(goal, form.cleaned_data["note"], on=form.cleaned_data["on"])
        messages.success(request, _("Checked in."))
    else:
        messages.error(request, _("Write a note and give a valid date to check in."))
    return redirect(_back(pk, "checkins-heading"))


@login_required
@require_POST
def goal_status(request: AuthedRequest, pk: int) -> HttpResponse:
    goal = goal_for_user(request, pk)
    try:
        goal_set_status(goal, request.POST.get("status", ""))
        messages.success(request, _("Status: %(status)s.") % {
            "status": goal.get_status_display()})
    except ValidationError:
        messages.error(request, _("Unknown status."))
    return redirect("goals:detail", pk=pk)


@login_required
@require_POST
def goal_share(request: AuthedRequest, pk: int) -> HttpResponse:
    """`action=revoke` ends the link; anything else makes a new one, ending the old."""
    goal = goal_for_user(request, pk)
    if request.POST.get("action") == "revoke":
        share_revoke(goal)
        messages.success(request, _("The share link no longer works."))
    else:
        share_enable(goal)
        messages.success(request, _("A new share link is ready; any earlier one stopped working."))
    return redirect(_back(pk, "buddy-heading"))


@login_required
@require_POST
def goal_tie_view(request: AuthedRequest, pk: int) -> HttpResponse:
    """Tie one of the user's contacts (id, email or name) to the goal."""
    goal = goal_for_user(request, pk)
    try:
        contact = contact_find(request.user, request.POST.get("contact", ""))
        goal_tie(goal, [contact])
        messages.success(request, _("%(name)s now counts for this goal.") % {
            "name": contact.name})
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(_back(pk, "logged-heading"))


@login_required
@require_POST
def goal_untie_view(request: AuthedRequest, pk: int, contact_pk: int) -> HttpResponse:
    goal = goal_for_user(request, pk)
    contact = get_object_or_404(goal.contacts.all(), pk=contact_pk)
    goal_untie(goal, [contact])
    messages.success(request, _("%(name)s no longer counts for this goal by being tied to it.")
                     % {"name": contact.name})
    return redirect(_back(pk, "logged-heading"))


@login_required
@require_POST
def calendar_enable(request: AuthedRequest) -> HttpResponse:
    """Make the calendar address if there is none yet; renewing it lives on the settings page."""
    if feed_of(request.user) is None:
        feed_renew(request.user)
    return redirect("goals:list")


def _back(pk: int, anchor: str) -> str:
    return reverse("goals:detail", args=[pk]) + f"#{anchor}"
