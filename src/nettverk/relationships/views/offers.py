"""My offers: list them with the contacts they would help, add, change and delete them."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from nettverk.accounts.http import AuthedRequest
from nettverk.contacts.forms import add_service_errors
from nettverk.relationships.forms import OfferForm
from nettverk.relationships.models import Offer
from nettverk.relationships.offers import offer_delete, offer_matches, offer_save, offers_of


def _offer_for_user(request: AuthedRequest, pk: int) -> Offer:
    offer: Offer = get_object_or_404(offers_of(request.user), pk=pk)
    return offer


@login_required
@require_http_methods(["GET", "POST"])
def offers_page(request: AuthedRequest) -> HttpResponse:
    form = OfferForm(request.POST or None)
    if request.method == "POST" and _saved(form, Offer(owner=request.user)):
        messages.success(request, _("Offer added."))
        return redirect("relationships:offers")
    offers = list(offers_of(request.user))
    matches = offer_matches(request.user, offers)
    rows = [(offer, matches[offer.pk]) for offer in offers]
    return render(request, "relationships/offers.html", {"rows": rows, "form": form},
                  status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def offer_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    offer = _offer_for_user(request, pk)
    initial = {"title": offer.title, "description": offer.description, "keywords": offer.keywords}
    form = OfferForm(request.POST or None, initial=initial)
    if request.method == "POST" and _saved(form, offer):
        messages.success(request, _("Offer saved."))
        return redirect("relationships:offers")
    return render(request, "relationships/offer_form.html", {"form": form, "offer": offer},
                  status=400 if form.errors else 200)


@login_required
@require_POST
def offer_delete_view(request: AuthedRequest, pk: int) -> HttpResponse:
    offer_delete(_offer_for_user(request, pk))
    messages.success(request, _("Offer deleted."))
    return redirect("relationships:offers")


def _saved(form: OfferForm, offer: Offer) -> bool:
    if not form.is_valid():
        return False
    try:
        offer_save(offer, **form.cleaned_data)
    except ValidationError as error:
        add_service_errors(form, error)
        return False
    return True
