from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from nettverk.accounts.ownership import Owned


class Tier(models.TextChoices):
    INNER = "inner", _("Inner circle")
    KEY = "key", _("Key")
    WIDER = "wider", _("Wider network")


# How often to get back in touch when the contact has no cadence of its own.
TIER_CADENCE_DAYS = {Tier.INNER: 30, Tier.KEY: 90, Tier.WIDER: 180}


class Relationship(Owned):
    """What nettverk works out, and what the user decides, about one contact.

    The contact's strength itself stays on `Contact.strength`, where lists and the API read it;
    the rest is kept here so the due list is one indexed query over (owner, due_on). Reasons
    are worked out when one contact is shown (`reasons.strength_reasons`), never stored.
    """

    contact = models.OneToOneField(
        "contacts.Contact", on_delete=models.CASCADE, primary_key=True,
        related_name="relationship",
    )
    tier = models.CharField(_("tier"), max_length=10, choices=Tier.choices, blank=True)
    # The strength the same history gave three months ago: a big drop means going cold.
    strength_quarter_ago = models.PositiveSmallIntegerField(default=0)
    last_interaction_on = models.DateField(null=True, blank=True)
    # The cadence in force (the contact's own, else the tier's) and the day it falls due.
    cadence_days = models.PositiveIntegerField(null=True, blank=True)
    due_on = models.DateField(null=True, blank=True)
    snoozed_until = models.DateField(_("snoozed until"), null=True, blank=True)
    # The last help or introduction given: "whom to help" passes over someone helped lately.
    last_given_on = models.DateField(null=True, blank=True)
    # Which needs text the `NeedWord` index holds for the contact, to redo only what changed.
    needs_digest = models.CharField(max_length=32, blank=True)
    # When strength was last worked out: the daily run leaves alone what changed while it ran.
    computed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        # Every column the due list reads, so it is answered from the index alone (on SQLite the
        # primary key is not the rowid, hence "contact" at the end): a quarter less work there.
        indexes = [models.Index(fields=["owner", "due_on", "snoozed_until", "cadence_days", "tier",
                                        "last_interaction_on", "contact"])]

    def __str__(self) -> str:
        return f"relationship with {self.contact_id}"


class TagCadence(Owned):
    """How often to keep in touch with the contacts carrying a tag ("investors": every 60 days).

    Applies to a contact without a cadence of their own; with several defaults (a tier, more
    tags) the shortest wins: each says "at least this often".
    """

    tag = models.OneToOneField("contacts.Tag", on_delete=models.CASCADE, primary_key=True,
                               related_name="cadence")
    cadence_days = models.PositiveIntegerField(_("keep in touch every (days)"))

    def __str__(self) -> str:
        return f"every {self.cadence_days} days for tag {self.tag_id}"


class Offer(Owned):
    """Something the user can give: knowledge, introductions, help."""

    title = models.CharField(_("what I can offer"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    keywords = models.CharField(
        _("keywords"), max_length=500, blank=True,
        help_text=_("Words someone who needs this would use, separated by commas."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title", "id"]

    def __str__(self) -> str:
        return self.title

    @property
    def text(self) -> str:
        """Everything the offer says, for matching."""
        return f"{self.title} {self.description} {self.keywords.replace(',', ' ')}"


class NeedWord(Owned):
    """One word of a contact's needs, under one of its stems: offers find contacts through it.

    An index kept beside `Contact.needs` (refreshed when the needs change and by the daily run),
    so matching offers reads a few rows instead of every contact's text.
    """

    contact = models.ForeignKey("contacts.Contact", on_delete=models.CASCADE, related_name="+")
    stem = models.CharField(max_length=100)
    word = models.CharField(max_length=100)

    class Meta:
        indexes = [models.Index(fields=["owner", "stem"])]

    def __str__(self) -> str:
        return f"{self.word} ({self.stem})"


class CalendarFeed(models.Model):
    """The secret address of a user's due-reminder calendar.

    Kept in the clear, unlike API tokens: calendar apps subscribe by URL, so the page must be
    able to show it again. It grants reading reminders only, and a new one replaces it.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"calendar feed of {self.user_id}"
