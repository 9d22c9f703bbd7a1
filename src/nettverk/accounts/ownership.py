"""Every record belongs to one user, and every query says whose records it wants."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Self

from django.conf import settings
from django.db import models

if TYPE_CHECKING:
    from nettverk.accounts.models import User


class OwnedQuerySet(models.QuerySet[Any]):
    def owned_by(self, user: User) -> Self:
        return self.filter(owner=user)


class Owned(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    objects = OwnedQuerySet.as_manager()

    class Meta:
        abstract = True
