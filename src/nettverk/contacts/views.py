"""Contact pages. Every query goes through the signed-in user's own records."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from nettverk.accounts.http import AuthedRequest
from nettverk.contacts.forms import ContactForm, ContactSearchForm
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_delete, contacts_search
from nettverk.interactions.forms import QuickLogForm
from nettverk.interactions.services import timeline

PAGE_SIZE = 50


def _contact_for_user(request: AuthedRequest, pk: int) -> Contact:
    """The user's own contact, or 404: another user's contact does not exist for them."""
    contact: Contact = get_object_or_404(Contact.objects.owned_by(request.user), pk=pk)
    return contact


def is_partial(request: AuthedRequest) -> bool:
    """An htmx swap wants the fragment; a history restore after a cache miss wants the page."""
    return bool(request.htmx) and not request.htmx.history_restore_request


@login_required
@require_http_methods(["GET"])
def contact_list(request: AuthedRequest) -> HttpResponse:
    form = ContactSearchForm(request.GET, owner=request.user)
    found = contacts_search(request.user, **form.search_kwargs())
    page = Paginator(found, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"form": form, "page": page, "filtered": form.is_filtered()}
    template = "contacts/_results.html" if is_partial(request) else "contacts/list.html"
    response = render(request, template, context)
    # The same URL answers with a page or a fragment; caches must keep them apart.
    patch_vary_headers(response, ["HX-Request"])
    return response


@login_required
@require_http_methods(["GET"])
def contact_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    contact = _contact_for_user(request, pk)
    context = {
        "contact": contact,
        "timeline": timeline(contact),
        "log_form": QuickLogForm(owner=request.user, initial={"contacts": [contact]}),
        "introduced": contact.introduced.all(),
    }
    return render(request, "contacts/detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def contact_create_view(request: AuthedRequest) -> HttpResponse:
    form = ContactForm(request.POST or None, owner=request.user)
    if request.method == "POST" and form.is_valid() and (contact := form.save()):
        messages.success(request, _("Added %(name)s.") % {"name": contact.name})
        return redirect("contacts:detail", pk=contact.pk)
    return render(request, "contacts/form.html", {"form": form, "contact": None},
                  status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def contact_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    contact = _contact_for_user(request, pk)
    form = ContactForm(request.POST or None, owner=request.user, contact=contact)
    if request.method == "POST" and form.is_valid() and (saved := form.save()):
        messages.success(request, _("Saved %(name)s.") % {"name": saved.name})
        return redirect("contacts:detail", pk=saved.pk)
    return render(request, "contacts/form.html", {"form": form, "contact": contact},
                  status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def contact_delete_view(request: AuthedRequest, pk: int) -> HttpResponse:
    """GET asks for confirmation; only the POST from that page deletes."""
    contact = _contact_for_user(request, pk)
    if request.method == "POST":
        name = contact.name
        contact_delete(contact)
        messages.success(request, _("Deleted %(name)s.") % {"name": name})
        return redirect("contacts:list")
    return render(request, "contacts/confirm_delete.html", {"contact": contact})
