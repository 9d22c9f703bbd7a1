"""Who is calling: a bearer token for scripts, or the signed-in session for our own pages."""

from __future__ import annotations

from django.http import HttpRequest
from ninja.errors import AuthenticationError
from ninja.security import HttpBearer, SessionAuth

from nettverk.accounts.models import User
from nettverk.accounts.tokens import api_token_user


class TokenAuth(HttpBearer):
    """`Authorization: Bearer nv_...`, a token made by `nettverk user token`."""

    def authenticate(self, request: HttpRequest, token: str) -> User | None:
        return api_token_user(token.strip()) if token.strip() else None


class BrowserSessionAuth(SessionAuth):
    """The session cookie, with Django's CSRF check on unsafe methods.

    ninja's own `SessionAuth` checks CSRF before it looks for a session, so a script that sends no
    credentials at all would get 403 instead of 401; checking the session first keeps 401 for
    "who are you?" and 403 only for a forged request from a signed-in browser.
    """

    def __call__(self, request: HttpRequest) -> User | None:
        if not request.user.is_authenticated:
            return None
        user = super().__call__(request)
        return user if isinstance(user, User) else None


def request_user(request: HttpRequest) -> User:
    """The authenticated user; every API query is scoped to them."""
    user = getattr(request, "auth", None)
    if not isinstance(user, User):
        raise AuthenticationError()
    return user


# The bearer token is tried first so a script is never asked for a CSRF token.
API_AUTH = [TokenAuth(), BrowserSessionAuth()]
