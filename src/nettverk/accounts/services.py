from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from nettverk.accounts.models import ApiToken, User


def user_create(
    *, username: str, email: str = "", password: str | None = None, language: str = "en",
    is_superuser: bool = False,
) -> User:
    username = username.strip()
    if not username:
        raise ValidationError({"username": _("A user needs a name.")})
    if User.objects.filter(username__iexact=username).exists():
        raise ValidationError({"username": _("User %r exists already.") % username})
    if language not in dict(User._meta.get_field("language").choices or []):
        raise ValidationError({"language": _("Unknown language %r.") % language})
    user = User(username=username, email=email, language=language,
                is_staff=is_superuser, is_superuser=is_superuser)
    # Without a password the user signs in with a one-time link from `nettverk serve`.
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.full_clean()
    user.save()
    return user


def user_get(username: str) -> User:
    user = User.objects.filter(username__iexact=username.strip()).first()
    if user is None:
        raise ValidationError({"user": _("No user named %r.") % username})
    return user


def user_default(username: str) -> User:
    """The first user of the home, made the owner of everything on a fresh home."""
    user = User.objects.order_by("pk").first()
    return user or user_create(username=username, is_superuser=True)


def user_set_language(user: User, language: str) -> None:
    if language not in dict(User._meta.get_field("language").choices or []):
        raise ValidationError({"language": _("Unknown language %r.") % language})
    user.language = language
    user.save(update_fields=["language"])


def api_token_revoke(*, user: User, token_id: int) -> bool:
    """False when the token is not the user's (or is gone): nobody revokes another's token."""
    deleted, _rows = ApiToken.objects.filter(user=user, pk=token_id).delete()
    return deleted > 0
