"""A written networking goal (P1), its check-ins, and the buddy it is shared with (P2)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from nettverk.accounts.ownership import Owned


class Measure(models.TextChoices):
    NEW_CONTACTS = "new_contacts", _("new contacts")
    INTRODUCTIONS = "introductions", _("introductions")
    MEETINGS = "meetings", _("meetings")
    INTERACTIONS = "interactions", _("interactions")


class Cadence(models.TextChoices):
    WEEK = "week", _("every week")
    MONTH = "month", _("every month")
    QUARTER = "quarter", _("every quarter")
    PERIOD = "period", _("over the whole period")


class Status(models.TextChoices):
    ACTIVE = "active", _("Active")
    PAUSED = "paused", _("Paused")
    ACHIEVED = "achieved", _("Achieved")
    ABANDONED = "abandoned", _("Abandoned")


class Goal(Owned):
    """What the user wrote, and the structure it was read into (editable afterwards).

    The segment is kept as lists of codes and words, as `goal parse` returns them: a filter
    over contacts, turned into a query by `goals.segments.segment_q`.
    """

    sentence = models.TextField(_("goal as written"))
    purpose = models.TextField(_("purpose"), blank=True)
    language = models.CharField(max_length=8, blank=True)
    measure = models.CharField(_("measure"), max_length=20, choices=Measure.choices,
                               default=Measure.NEW_CONTACTS)
    target = models.PositiveIntegerField(_("target"), null=True, blank=True)
    cadence = models.CharField(_("cadence"), max_length=10, choices=Cadence.choices,
                               default=Cadence.PERIOD)
    start = models.DateField(_("start"), null=True, blank=True)
    end = models.DateField(_("end"), null=True, blank=True)
    functions = models.JSONField(_("functions"), default=list, blank=True)
    seniorities = models.JSONField(_("seniorities"), default=list, blank=True)
    decision_maker = models.BooleanField(_("decision-maker"), null=True, blank=True)
    industries = models.JSONField(_("industries"), default=list, blank=True)
    locations = models.JSONField(_("locations"), default=list, blank=True)
    keywords = models.JSONField(_("expertise keywords"), default=list, blank=True)
    tags = models.JSONField(_("tags"), default=list, blank=True)
    # The sharper rewrite offered when the sentence lacked something; "" once nothing does.
    suggestion = models.TextField(blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices,
                              default=Status.ACTIVE)
    buddy_contact = models.ForeignKey(
        "contacts.Contact", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="buddy_of", verbose_name=_("buddy"),
    )
    buddy_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="buddy_goals", verbose_name=_("buddy"),
    )
    buddy_email = models.EmailField(_("buddy's email"), blank=True)
    # Kept in the clear so the goal page can show the link again; None means not shared.
    share_token = models.CharField(max_length=64, unique=True, null=True, blank=True)
    contacts = models.ManyToManyField(
        "contacts.Contact", blank=True, related_name="goals", verbose_name=_("contacts"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["owner", "status"])]

    def __str__(self) -> str:
        return self.sentence


class CheckIn(models.Model):
    """A dated note on how the goal is going, written by its owner."""

    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="checkins")
    on = models.DateField(_("date"))
    note = models.TextField(_("note"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-on", "-id"]

    def __str__(self) -> str:
        return f"check-in {self.on} on goal {self.goal_id}"
