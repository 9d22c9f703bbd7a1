"""The request type of a signed-in page, so views can use `request.user` as a `User`."""

from __future__ import annotations

from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails

from nettverk.accounts.models import User


class AuthedRequest(HttpRequest):
    """Only for views behind `login_required`, where the user is never anonymous."""

    user: User
    htmx: HtmxDetails
