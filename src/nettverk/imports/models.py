from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from nettverk.accounts.ownership import Owned


class ConflictStatus(models.TextChoices):
    OPEN = "open", _("Open")
    USED = "used", _("Used")
    DISMISSED = "dismissed", _("Dismissed")


class ImportConflict(models.Model):
    """A value an import (or a merge) brought that was not stored, because the contact's own
    value was typed by hand or came from another source: `kept` is what stays, `incoming` what
    the source said. The user may take the incoming value ("use this") or dismiss it; either way
    the row stays, so the same import does not ask again.
    """

    contact = models.ForeignKey(
        "contacts.Contact", on_delete=models.CASCADE, related_name="import_conflicts"
    )
    field = models.CharField(max_length=40)
    kept = models.TextField(blank=True)
    incoming = models.TextField()
    source = models.CharField(max_length=20)
    status = models.CharField(max_length=10, choices=ConflictStatus.choices,
                              default=ConflictStatus.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["contact", "status"])]

    def __str__(self) -> str:
        return f"{self.source} {self.field} of {self.contact_id}"


class PendingImport(Owned):
    """Uploaded files waiting for the user to confirm the preview.

    The bytes are kept in the data home's uploads/ folder under `token`, never in the session;
    `files` lists each file's original name, stored name and chosen format.
    """

    token = models.CharField(max_length=64, unique=True)
    files = models.JSONField(default=list)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"pending import {self.token[:8]}"
