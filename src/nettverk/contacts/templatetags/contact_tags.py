"""Small display helpers for contact pages; they return plain text, so escaping still applies."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import template

register = template.Library()


@register.filter
def initials(name: str) -> str:
    """Up to two letters for an avatar: "Ingrid Berg" -> "IB"."""
    letters = [word[0] for word in str(name).split() if word[:1].isalpha()]
    return "".join(letters[:1] + letters[1:][-1:]).upper() or "?"


@register.filter
def web_url(url: str) -> str:
    """The address when it is http(s), else "": a stored link never becomes javascript: markup."""
    text = str(url).strip()
    return text if text.lower().startswith(("http://", "https://")) else ""


@register.filter
def without(items: Iterable[Any], left_out: Any) -> list[Any]:
    """The items other than `left_out`: on a contact's timeline, the other people there."""
    return [item for item in items if item != left_out]
