"""The quick log page and the contact picker it types into."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from nettverk.accounts.http import AuthedRequest
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contacts_search
from nettverk.interactions.forms import QuickLogForm

PICKER_LIMIT = 8


@login_required
@require_http_methods(["GET", "POST"])
def quick_log(request: AuthedRequest) -> HttpResponse:
    if request.method == "POST":
        form = QuickLogForm(request.POST, owner=request.user)
        if form.is_valid() and (interaction := form.save()):
            return _after_log(request, list(interaction.contacts.all()))
        return render(request, "interactions/new.html", {"form": form}, status=400)
    prefill = _prefill_contacts(request)
    form = QuickLogForm(owner=request.user, initial={"contacts": prefill,
                                                     "goal": request.GET.get("goal")})
    return render(request, "interactions/new.html", {"form": form})


def _prefill_contacts(request: AuthedRequest) -> list[Contact]:
    """`?contact=ID` (repeatable) opens the form with those of the user's contacts chosen."""
    ids = [raw for raw in request.GET.getlist("contact") if raw.isdigit()]
    return list(Contact.objects.owned_by(request.user).filter(pk__in=ids))


def _after_log(request: AuthedRequest, contacts: list[Contact]) -> HttpResponse:
    names = ", ".join(c.name for c in contacts)
    messages.success(request, _("Logged with %(names)s.") % {"names": names})
    if len(contacts) == 1:
        return redirect("contacts:detail", pk=contacts[0].pk)
    return redirect("dashboard:home")


@login_required
@require_http_methods(["GET"])
def contact_options(request: AuthedRequest) -> HttpResponse:
    """The picker's suggestions for what was typed, leaving out contacts already chosen."""
    query = request.GET.get("contact_query", "").strip()
    chosen = [raw for raw in request.GET.getlist("contacts") if raw.isdigit()]
    found = (contacts_search(request.user, query=query).exclude(pk__in=chosen)[:PICKER_LIMIT]
             if query else Contact.objects.none())
    return render(request, "interactions/_contact_options.html",
                  {"options": found, "query": query})
