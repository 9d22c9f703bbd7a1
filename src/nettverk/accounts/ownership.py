"""Every record belongs to one user, and every query says whose records it wants."""

from __future__ import annotations

from typing import TYPE_CHECKING, Self, TypeVar

from django.conf import settings
from django.db import models

if TYPE_CHECKING:
    from nettverk.accounts.models import User

_M = TypeVar("_M", bound=models.Model)


class OwnedQuerySet(models.QuerySet[_M]):
    def owned_by(self, user: User) -> Self:
        return self.filter(owner=user)

    def numbered(self, ref: str) -> _M | None:
        """The record whose id `ref` spells, if any: how the CLI names a record by number."""
        return self.filter(pk=int(ref)).first() if ref.isdigit() else None


class Owned(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    objects = OwnedQuerySet.as_manager()

    class Meta:
        abstract = True
