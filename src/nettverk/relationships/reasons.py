"""Strength reasons in words, in the reader's language, as of the day they are read.

`strength.reasons` gives codes and numbers ({"code": "last_contact", "date": "2026-06-01"});
they are worked out when one contact is shown (one small query over their interactions), so
"last contact 5 months ago" is always true today and reads in Swedish to a Swedish user.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.utils import timezone
from django.utils.functional import Promise
from django.utils.timesince import timesince
from django.utils.translation import gettext as _
from django.utils.translation import ngettext_lazy

from nettverk.contacts.models import Contact
from nettverk.relationships.aggregate import tallies_for
from nettverk.relationships.strength import Tally, reasons, score

_KIND_COUNTS: dict[str, Promise] = {
    "meeting": ngettext_lazy("%(count)d meeting in the last year",
                             "%(count)d meetings in the last year", "count"),
    "call": ngettext_lazy("%(count)d call in the last year",
                          "%(count)d calls in the last year", "count"),
    "event": ngettext_lazy("met once at an event in the last year",
                           "met %(count)d times at events in the last year", "count"),
    "message": ngettext_lazy("%(count)d message in the last year",
                             "%(count)d messages in the last year", "count"),
    "email": ngettext_lazy("%(count)d email in the last year",
                           "%(count)d emails in the last year", "count"),
    "help_given": ngettext_lazy("you helped them once in the last year",
                                "you helped them %(count)d times in the last year", "count"),
    "help_received": ngettext_lazy("they helped you once in the last year",
                                   "they helped you %(count)d times in the last year", "count"),
    "intro_made": ngettext_lazy("%(count)d introduction made in the last year",
                                "%(count)d introductions made in the last year", "count"),
    "intro_received": ngettext_lazy("%(count)d introduction received in the last year",
                                    "%(count)d introductions received in the last year", "count"),
}
_THEY_STARTED = ngettext_lazy("they reached out once in the last year",
                              "they reached out %(count)d times in the last year", "count")
_ONLY_YOU = ngettext_lazy("only you reached out in the last year (once)",
                          "only you reached out in the last year (%(count)d times)", "count")


def reason_text(reason: dict[str, Any], *, today: date) -> str:
    code = reason.get("code")
    if code == "kind_count" and reason.get("kind") in _KIND_COUNTS:
        return str(_KIND_COUNTS[reason["kind"]] % {"count": reason["count"]})
    if code == "last_contact":
        return last_contact_text(date.fromisoformat(reason["date"]), today)
    if code == "they_initiated":
        return str(_THEY_STARTED % {"count": reason["count"]})
    if code == "only_you":
        return str(_ONLY_YOU % {"count": reason["count"]})
    if code == "groups_only":
        return _("met only in groups so far")
    if code == "known_since":
        since = timesince(date.fromisoformat(reason["date"]), now=today, depth=1)
        return _("known for %(time)s") % {"time": since}
    if code == "cooling":
        return _("down from %(before)d three months ago") % {"before": reason["before"]}
    return _("no interactions logged yet")


def last_contact_text(day: date, today: date) -> str:
    if day >= today:
        return _("last contact today")
    return _("last contact %(time)s ago") % {"time": timesince(day, now=today, depth=1)}


def reason_texts(codes: list[dict[str, Any]], *, today: date | None = None) -> list[str]:
    today = today or timezone.localdate()
    return [reason_text(code, today=today) for code in codes]


def strength_reasons(contact: Contact, *, today: date | None = None) -> list[str]:
    """What the contact's strength rests on, in words."""
    today = today or timezone.localdate()
    tally = tallies_for(contact.owner, [contact.pk], today, detailed=True).get(contact.pk, Tally())
    now = score(tally, first_met=contact.first_met, today=today)
    codes = reasons(tally, first_met=contact.first_met, strength=now.strength,
                    before=now.quarter_ago)
    return reason_texts(codes, today=today)
