"""Signing in and out, and the user's own settings (language, API tokens)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from nettverk.accounts.forms import ApiTokenForm, LanguageForm
from nettverk.accounts.http import AuthedRequest
from nettverk.accounts.models import ApiToken
from nettverk.accounts.services import api_token_revoke, user_set_language
from nettverk.accounts.tokens import api_token_create, login_link_redeem, login_link_user


@require_http_methods(["GET", "POST"])
def login_link(request: HttpRequest, secret: str) -> HttpResponse:
    """Opening the link asks for a click: a GET alone must not sign anyone in, or a page could
    sign a visitor into someone else's account, and link previewers would use the link up."""
    if request.method == "POST":
        if (user := login_link_redeem(secret)) is not None:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            return redirect("dashboard:home")
    elif (user := login_link_user(secret)) is not None:
        return render(request, "accounts/login_link.html", {"link_user": user})
    return render(request, "accounts/login_link_invalid.html", status=400)


@login_required
@require_http_methods(["GET", "POST"])
def settings_page(request: AuthedRequest) -> HttpResponse:
    user = request.user
    form = LanguageForm(request.POST or None, initial={"language": user.language})
    if request.method == "POST" and form.is_valid():
        user_set_language(user, form.cleaned_data["language"])
        # Say it in the language just chosen, as the next page will be.
        translation.activate(user.language)
        messages.success(request, _("Language saved."))
        return redirect("accounts:settings")
    return _render_settings(request, language_form=form)


@login_required
@require_POST
def token_create(request: AuthedRequest) -> HttpResponse:
    form = ApiTokenForm(request.POST)
    if not form.is_valid():
        return _render_settings(request, token_form=form, status=400)
    # Rendered, not redirected: the secret is shown this once and never stored in a session.
    secret = api_token_create(user=request.user, name=form.cleaned_data["name"])
    return _render_settings(request, new_token=secret)


@login_required
@require_POST
def token_revoke(request: AuthedRequest, pk: int) -> HttpResponse:
    if api_token_revoke(user=request.user, token_id=pk):
        messages.success(request, _("Token revoked."))
    else:
        messages.error(request, _("No such token."))
    return redirect("accounts:settings")


def _render_settings(
    request: AuthedRequest, *, language_form: LanguageForm | None = None,
    token_form: ApiTokenForm | None = None, new_token: str = "", status: int = 200,
) -> HttpResponse:
    user = request.user
    context = {
        "language_form": language_form or LanguageForm(initial={"language": user.language}),
        "token_form": token_form or ApiTokenForm(),
        "tokens": ApiToken.objects.filter(user=user).order_by("-created_at"),
        "new_token": new_token,
    }
    return render(request, "accounts/settings.html", context, status=status)
