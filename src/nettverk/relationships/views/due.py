"""The due list and what can be done from it: done, snooze; and a contact's tier."""

from __future__ import annotations

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from nettverk.accounts.http import AuthedRequest
from nettverk.contacts.models import Contact
from nettverk.contacts.views import is_partial
from nettverk.relationships.due import due_list, due_top
from nettverk.relationships.forms import TierForm
from nettverk.relationships.services import mark_done, snooze, tier_set

PAGE_LIMIT = 30
SNOOZE_DEFAULT_DAYS = 7


def contact_for_user(request: AuthedRequest, pk: int) -> Contact:
    """The user's own contact, or 404: another user's contact does not exist for them."""
    contact: Contact = get_object_or_404(Contact.objects.owned_by(request.user), pk=pk)
    return contact


def row_context(request: AuthedRequest) -> dict[str, object]:
    """What every due row needs besides its item: the snooze day offered and where to return.

    The days come as the ISO text a date input takes, made once here rather than by a `date`
    filter in each of up to PAGE_LIMIT rows.
    """
    today = timezone.localdate()
    return {"snooze_default": (today + timedelta(days=SNOOZE_DEFAULT_DAYS)).isoformat(),
            "snooze_min": (today + timedelta(days=1)).isoformat(), "next": request.get_full_path()}


@login_required
@require_http_methods(["GET"])
def due_page(request: AuthedRequest) -> HttpResponse:
    items, total = due_top(request.user, limit=PAGE_LIMIT)
    context = {"items": items, "total": total, **row_context(request)}
    return render(request, "relationships/due.html", context)


@login_required
@require_POST
def done(request: AuthedRequest, pk: int) -> HttpResponse:
    contact = contact_for_user(request, pk)
    mark_done(contact)
    if is_partial(request):
        return HttpResponse("")  # the row swaps itself out
    messages.success(request, _("Back in touch with %(name)s.") % {"name": contact.name})
    return _back(request)


@login_required
@require_POST
def snooze_view(request: AuthedRequest, pk: int) -> HttpResponse:
    contact = contact_for_user(request, pk)
    try:
        relationship = snooze(contact, request.POST.get("until", ""))
    except ValidationError as error:
        return _snooze_refused(request, contact, " ".join(error.messages))
    if is_partial(request):
        return HttpResponse("")
    messages.success(request, _("%(name)s is snoozed until %(day)s.")
                     % {"name": contact.name, "day": relationship.snoozed_until})
    return _back(request)


def _snooze_refused(request: AuthedRequest, contact: Contact, message: str) -> HttpResponse:
    if not is_partial(request):
        messages.error(request, message)
        return _back(request)
    items = due_list(request.user, contact_id=contact.pk)
    context = {"item": items[0] if items else None, "error": message, **row_context(request)}
    # Rendered with 200 so htmx swaps the row and the message shows where the user looks.
    return render(request, "relationships/_due_row.html", context)


@login_required
@require_POST
def tier_view(request: AuthedRequest, pk: int) -> HttpResponse:
    contact = contact_for_user(request, pk)
    form = TierForm(request.POST)
    if form.is_valid():
        tier_set(contact, form.cleaned_data["tier"])
        messages.success(request, _("Saved %(name)s's tier.") % {"name": contact.name})
    else:
        messages.error(request, _("Choose one of the tiers."))
    return redirect("contacts:detail", pk=contact.pk)


def _back(request: AuthedRequest) -> HttpResponse:
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return redirect(target)
    return redirect("relationships:due")
