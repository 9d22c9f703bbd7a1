from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from nettverk.accounts.ownership import Owned


class Kind(models.TextChoices):
    MEETING = "meeting", _("Meeting")
    CALL = "call", _("Call")
    MESSAGE = "message", _("Message")
    EMAIL = "email", _("Email")
    EVENT = "event", _("Event encounter")
    INTRO_RECEIVED = "intro_received", _("Introduction received")
    INTRO_MADE = "intro_made", _("Introduction made")
    HELP_GIVEN = "help_given", _("Help given")
    HELP_RECEIVED = "help_received", _("Help received")


class Direction(models.TextChoices):
    OUTBOUND = "outbound", _("I reached out / I gave")
    INBOUND = "inbound", _("They reached out / they gave")
    MUTUAL = "mutual", _("Mutual")


# Kinds whose direction is part of their meaning; the others default to outbound.
KIND_DIRECTION = {
    Kind.INTRO_RECEIVED: Direction.INBOUND,
    Kind.HELP_RECEIVED: Direction.INBOUND,
    Kind.INTRO_MADE: Direction.OUTBOUND,
    Kind.HELP_GIVEN: Direction.OUTBOUND,
}


class Interaction(Owned):
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    direction = models.CharField(
        _("direction"), max_length=10, choices=Direction.choices, default=Direction.OUTBOUND
    )
    occurred_on = models.DateField(_("date"))
    note = models.TextField(_("note"), blank=True)
    arena = models.ForeignKey(
        "arenas.Arena", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="interactions", verbose_name=_("arena"),
    )
    contacts = models.ManyToManyField(
        "contacts.Contact", related_name="interactions", verbose_name=_("contacts")
    )
    goal = models.ForeignKey(
        "goals.Goal", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="interactions", verbose_name=_("goal"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-occurred_on", "-id"]
        indexes = [models.Index(fields=["owner", "occurred_on"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.occurred_on}"
