"""The subscribable reminder calendar, and renewing its secret address."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from nettverk.accounts.http import AuthedRequest
from nettverk.accounts.models import User
from nettverk.relationships.calendar import due_calendar, feed_owner, feed_renew


@require_http_methods(["GET", "HEAD"])
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    return feed_response(token, "due.ics", lambda owner: due_calendar(
        owner, contact_url=lambda pk: request.build_absolute_uri(
            reverse("contacts:detail", args=[pk]))))


def feed_response(token: str, filename: str, build: Callable[[User], bytes]) -> HttpResponse:
    """A calendar `build` writes for the owner of the feed address, in the owner's language.

    No sign-in: calendar apps cannot log in, so the unguessable address is the key.
    """
    owner = feed_owner(token)
    if owner is None:
        raise Http404
    with translation.override(owner.language):
        body = build(owner)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Cache-Control"] = "private, max-age=900"
    return response


@login_required
@require_POST
def calendar_renew(request: AuthedRequest) -> HttpResponse:
    feed_renew(request.user)
    messages.success(request, _("Your calendar has a new address; the old one no longer works."))
    return redirect(reverse("accounts:settings") + "#calendar-heading")
