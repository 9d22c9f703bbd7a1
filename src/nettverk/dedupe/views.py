"""The review-and-merge page: suggested pairs side by side, merge or "not a duplicate"."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from nettverk.accounts.http import AuthedRequest
from nettverk.contacts.models import Contact
from nettverk.dedupe.merge import contact_merge
from nettverk.dedupe.services import dismiss_pair, duplicate_pairs

PAGE_SIZE = 50


@login_required
@require_GET
def duplicates_page(request: AuthedRequest) -> HttpResponse:
    pairs = duplicate_pairs(request.user, limit=PAGE_SIZE)
    return render(request, "dedupe/duplicates.html", {"pairs": pairs})


def _pair(request: AuthedRequest) -> tuple[Contact, Contact]:
    """The two contacts named in the POST, both the user's own (else 404)."""
    mine = Contact.objects.owned_by(request.user)
    keep = get_object_or_404(mine, pk=_int(request.POST.get("keep")))
    other = get_object_or_404(mine, pk=_int(request.POST.get("other")))
    return keep, other


def _int(raw: str | None) -> int:
    return int(raw) if raw and raw.isdigit() else 0


def _done(request: AuthedRequest) -> HttpResponse:
    # htmx swaps in the list as it is now (a merge may end other pairs); a plain post reloads.
    if request.htmx:
        pairs = duplicate_pairs(request.user, limit=PAGE_SIZE)
        return render(request, "dedupe/_pairs.html", {"pairs": pairs})
    return redirect("dedupe:list")


@login_required
@require_POST
def merge_pair(request: AuthedRequest) -> HttpResponse:
    keep, other = _pair(request)
    try:
        merged = contact_merge(keep, other)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("dedupe:list")
    if not request.htmx:
        messages.success(request, _("Merged into %(name)s.") % {"name": merged.name})
    return _done(request)


@login_required
@require_POST
def dismiss(request: AuthedRequest) -> HttpResponse:
    keep, other = _pair(request)
    try:
        dismiss_pair(request.user, keep, other)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("dedupe:list")
    return _done(request)
