"""Keep-in-touch defaults by tag: how often to hear from everyone carrying a tag."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from nettverk.accounts.http import AuthedRequest
from nettverk.contacts.models import Tag
from nettverk.relationships.services import tag_cadence_set


@login_required
@require_http_methods(["GET"])
def cadences_page(request: AuthedRequest) -> HttpResponse:
    tags = (Tag.objects.owned_by(request.user).select_related("cadence")
            .annotate(count=Count("contacts")).order_by("name"))
    return render(request, "relationships/cadences.html", {"tags": tags})


@login_required
@require_POST
def tag_cadence_view(request: AuthedRequest, pk: int) -> HttpResponse:
    tag = get_object_or_404(Tag.objects.owned_by(request.user), pk=pk)
    try:
        tag_cadence_set(tag, request.POST.get("cadence_days", ""))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Saved the cadence for #%(tag)s.") % {"tag": tag.name})
    return redirect("relationships:cadences")
