from __future__ import annotations

from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _

from nettverk.accounts.ownership import Owned


class ArenaKind(models.TextChoices):
    EVENT = "event", _("Event")
    CONFERENCE = "conference", _("Conference")
    GROUP = "group", _("Network group")
    ONLINE = "online", _("Online")
    CLUB = "club", _("Club")
    ALUMNI = "alumni", _("Alumni network")
    WORK = "work", _("Work")
    OTHER = "other", _("Other")


class Arena(Owned):
    """Where networking happens, and what it costs to be there."""

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(
        _("kind"), max_length=20, choices=ArenaKind.choices, default=ArenaKind.EVENT
    )
    location = models.CharField(_("location"), max_length=200, blank=True)
    url = models.URLField(_("URL"), max_length=500, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    hours_spent = models.DecimalField(
        _("hours spent"), max_digits=8, decimal_places=1, default=Decimal("0")
    )
    money_spent = models.DecimalField(
        _("money spent"), max_digits=12, decimal_places=2, default=Decimal("0")
    )

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "name"], name="arena_unique_per_owner")
        ]

    def __str__(self) -> str:
        return self.name


class ArenaVisit(Owned):
    """One time the user was at an arena, and what it cost: spend per period, not just totals.

    `goal` says which goal the visit was for, when the user says so; yields per goal count
    every visit in the goal's period either way.
    """

    arena = models.ForeignKey(Arena, on_delete=models.CASCADE, related_name="visits",
                              verbose_name=_("arena"))
    on = models.DateField(_("date"))
    hours = models.DecimalField(_("hours"), max_digits=6, decimal_places=1,
                                default=Decimal("0"))
    money = models.DecimalField(_("money"), max_digits=12, decimal_places=2,
                                default=Decimal("0"))
    note = models.CharField(_("note"), max_length=300, blank=True)
    goal = models.ForeignKey("goals.Goal", on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="arena_visits", verbose_name=_("goal"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-on", "-id"]
        indexes = [models.Index(fields=["owner", "on"])]

    def __str__(self) -> str:
        return f"{self.arena_id} on {self.on}"
