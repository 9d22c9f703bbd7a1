"""Give and take: help and introductions between the user and each contact.

Help given or received and introductions made or received are interactions; their direction
says who gave (outbound: I gave, inbound: they gave, mutual: both did). A contact on such an
interaction is credited with it; "the past year" is the last 365 days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import ngettext

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.interactions.models import Interaction

LEDGER_KINDS = ("help_given", "help_received", "intro_made", "intro_received")
GAVE = ("outbound", "mutual")
GOT = ("inbound", "mutual")
# Gentle, not nagging: one favour is normal, several in a year with nothing back is worth a word.
FLAG_RECEIVED = 2


@dataclass(frozen=True)
class Balance:
    given_year: int = 0
    received_year: int = 0
    given: int = 0
    received: int = 0

    @property
    def balance(self) -> int:
        """Positive: I have given more than I got, over all time."""
        return self.given - self.received

    @property
    def flagged(self) -> bool:
        return self.received_year >= FLAG_RECEIVED and self.given_year == 0


@dataclass(frozen=True)
class Row:
    contact_id: int
    name: str
    balance: Balance

    @property
    def flag(self) -> str:
        return taking_flag(self.name, self.balance) if self.balance.flagged else ""


def _counts(today: date, via: str = "interaction__") -> dict[str, Count]:
    year = Q(**{f"{via}occurred_on__gt": today - timedelta(days=365)})
    gave, got = Q(**{f"{via}direction__in": GAVE}), Q(**{f"{via}direction__in": GOT})
    return {"given_year": Count("pk", filter=gave & year),
            "received_year": Count("pk", filter=got & year),
            "given": Count("pk", filter=gave), "received": Count("pk", filter=got)}


def _ledger_links(owner: User) -> QuerySet[Any]:
    return Interaction.contacts.through.objects.filter(
        interaction__owner=owner, interaction__kind__in=LEDGER_KINDS)


def contact_balance(contact: Contact, *, today: date | None = None) -> Balance:
    counts = _counts(today or timezone.localdate())
    return Balance(**_ledger_links(contact.owner).filter(contact=contact).aggregate(**counts))


def ledger_rows(owner: User, *, today: date | None = None) -> list[Row]:
    """Every contact with give or take, the most taken-from first."""
    rows = (_ledger_links(owner).values("contact_id", "contact__name")
            .annotate(**_counts(today or timezone.localdate())).order_by())
    found = [Row(r.pop("contact_id"), r.pop("contact__name"), Balance(**r)) for r in rows]
    return sorted(found, key=lambda row: (not row.balance.flagged, row.balance.balance, row.name))


def ledger_totals(owner: User, *, today: date | None = None) -> Balance:
    """Overall, counting an introduction between two contacts once."""
    found = Interaction.objects.owned_by(owner).filter(kind__in=LEDGER_KINDS)
    return Balance(**found.aggregate(**_counts(today or timezone.localdate(), via="")))


def taking_flag(name: str, balance: Balance) -> str:
    return ngettext(
        "You have asked %(name)s for something in the past year and given nothing back yet.",
        "You have asked %(name)s for %(count)d things in the past year and given nothing back "
        "yet.", balance.received_year) % {"name": name, "count": balance.received_year}
