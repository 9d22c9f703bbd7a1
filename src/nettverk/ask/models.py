"""What the ask stores: each contact's analysed text, term statistics, and saved asks.

The full-text index itself lives beside these tables and is engine-specific (see `fulltext`):
an FTS5 table on SQLite, a generated `tsvector` column with a GIN index on PostgreSQL. Both hold
the same tokens, taken from `AskDocument.body`, so both engines find the same candidates.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from nettverk.accounts.ownership import Owned
from nettverk.contacts.models import Contact


class AskDocument(models.Model):
    """A contact as the ask reads it: stemmed, concept-tagged tokens per field, space-separated.

    `needs` is kept apart and never searched for helpers: what someone wants to learn is not
    what they know.
    """

    contact = models.OneToOneField(
        Contact, on_delete=models.CASCADE, primary_key=True, related_name="ask_document"
    )
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    strong = models.TextField(blank=True)  # expertise and title
    tags = models.TextField(blank=True)
    org = models.TextField(blank=True)  # organization, department and industry
    notes = models.TextField(blank=True)
    needs = models.TextField(blank=True)
    body = models.TextField(blank=True)  # the distinct helper tokens: what the index holds
    length = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"ask document of contact {self.pk}"


class AskTerm(models.Model):
    """How many of an owner's documents hold a token, for inverse document frequency.

    Rows whose term starts with "#" hold the owner's totals (see `index.DOCS`, `index.LENGTH`,
    `index.VERSION`); tokens never start with "#".
    """

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    term = models.CharField(max_length=120)
    df = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "term"], name="ask_term_unique_per_owner")
        ]

    def __str__(self) -> str:
        return f"{self.term}: {self.df}"


class SavedAsk(Owned):
    """An ask kept as a note, or on one of the owner's goals: the problem as typed and the
    answer as it was then. Deleting the goal keeps the ask, as a note."""

    text = models.TextField(_("problem"))
    results = models.JSONField(_("results"), default=dict)
    goal = models.ForeignKey(
        "goals.Goal", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="saved_asks", verbose_name=_("goal"),
    )
    created_at = models.DateTimeField(_("saved"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["owner", "created_at"])]

    def __str__(self) -> str:
        return self.text[:60]
