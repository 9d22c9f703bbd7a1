"""Secrets handed to a user once (API tokens, sign-in links); the database keeps only digests."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from nettverk.accounts.models import ApiToken, LoginLink, User

LOGIN_LINK_LIFETIME = timedelta(hours=12)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def api_token_create(*, user: User, name: str) -> str:
    secret = "nv_" + secrets.token_urlsafe(32)
    ApiToken.objects.create(user=user, name=name, digest=digest(secret))
    return secret


def api_token_user(secret: str) -> User | None:
    token = ApiToken.objects.select_related("user").filter(digest=digest(secret)).first()
    if token is None or not token.user.is_active:
        return None
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    return token.user


def login_link_create(*, user: User) -> str:
    secret = secrets.token_urlsafe(32)
    LoginLink.objects.create(
        user=user, digest=digest(secret), expires_at=timezone.now() + LOGIN_LINK_LIFETIME
    )
    return secret


def _usable_links(secret: str) -> QuerySet[LoginLink]:
    return LoginLink.objects.select_related("user").filter(
        digest=digest(secret), used_at=None, expires_at__gt=timezone.now(), user__is_active=True
    )


def login_link_user(secret: str) -> User | None:
    """Whom the link would sign in, without using it up."""
    link = _usable_links(secret).first()
    return None if link is None else link.user


def login_link_redeem(secret: str) -> User | None:
    """The link works once, before it expires."""
    now = timezone.now()
    with transaction.atomic():
        link = _usable_links(secret).select_for_update().first()
        if link is None:
            return None
        link.used_at = now
        link.save(update_fields=["used_at"])
        return link.user
