"""The Ask page: type a problem, see who can help and why, reach out, keep the ask as a note."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from nettverk.accounts.http import AuthedRequest
from nettverk.ask.forms import AskForm, SaveAskForm
from nettverk.ask.models import SavedAsk
from nettverk.ask.reminder import reminder_day, reminder_ics
from nettverk.ask.serialize import ask_json
from nettverk.ask.services import ask, saved_ask_create, saved_ask_delete, saved_asks
from nettverk.contacts.models import Contact
from nettverk.contacts.views import is_partial

SAVED_SHOWN = 20


@login_required
@require_GET
def ask_page(request: AuthedRequest) -> HttpResponse:
    form = AskForm(request.GET or None)
    result = None
    if form.is_valid():
        result = ask_json(ask(request.user, form.cleaned_data["q"],
                              limit=form.cleaned_data["limit"]))
    context = {"form": form, "result": result, "problem": form.data.get("q", ""),
               "save_form": SaveAskForm(owner=request.user),
               "saved": saved_asks(request.user)[:SAVED_SHOWN]}
    template = "ask/_results.html" if is_partial(request) else "ask/page.html"
    response = render(request, template, context)
    patch_vary_headers(response, ["HX-Request"])
    return response


@login_required
@require_POST
def ask_save(request: AuthedRequest) -> HttpResponse:
    """Saves on the goal picked (one of the user's active goals) or, without one, as a note."""
    form = SaveAskForm(request.POST, owner=request.user)
    if not form.is_valid():
        messages.error(request, _("Describe the problem before saving it.") if "q" in form.errors
                       else _("Pick one of your active goals, or save the ask as a note."))
        return redirect("ask:page")
    problem, goal = form.cleaned_data["q"], form.cleaned_data["goal"]
    result = ask_json(ask(request.user, problem, limit=form.cleaned_data["limit"]))
    saved_ask_create(request.user, problem, result, goal=goal)
    if goal is None:
        messages.success(request, _("Saved the ask as a note."))
    else:
        messages.success(request, _("Saved the ask on the goal “%(goal)s”.")
                         % {"goal": Truncator(goal.sentence).chars(60)})
    return redirect(f"{reverse('ask:page')}?{urlencode({'q': problem})}")


@login_required
@require_GET
def saved_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    saved = _saved_for_user(request, pk)
    return render(request, "ask/saved.html", {"saved": saved, "result": saved.results,
                                              "problem": saved.text})


@login_required
@require_POST
def saved_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    saved_ask_delete(_saved_for_user(request, pk))
    messages.success(request, _("Deleted the saved ask."))
    return redirect("ask:page")


@login_required
@require_GET
def remind(request: AuthedRequest, pk: int) -> HttpResponse:
    """A calendar file reminding the user to reach out to the contact about the problem."""
    contact: Contact = get_object_or_404(Contact.objects.owned_by(request.user), pk=pk)
    problem = request.GET.get("q", "").strip()[:300]
    day = reminder_day(request.GET.get("days"), timezone.localdate())
    body = reminder_ics(
        uid=f"ask-{contact.pk}-{day:%Y%m%d}@nettverk",
        day=day,
        summary=_("Reach out to %(name)s") % {"name": contact.name},
        description=problem,
        url=request.build_absolute_uri(reverse("contacts:detail", args=[contact.pk])),
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="reach-out-{contact.pk}.ics"'
    return response


def _saved_for_user(request: AuthedRequest, pk: int) -> SavedAsk:
    saved: SavedAsk = get_object_or_404(saved_asks(request.user), pk=pk)
    return saved
