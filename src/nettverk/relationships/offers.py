"""What I bring to the table: my offers, and the contacts whose needs they meet.

A contact matches an offer when words of their needs share a stem with the offer's title,
description or keywords (`lib.stems`), looked up in the `NeedWord` index (`needs.py`). Each
matched word counts 1, or 0.5 when the contact's own expertise already covers it (a need they
can half meet themselves is less of a gap), and a stronger relationship adds up to 0.5: help
lands best where there is already trust.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Count, Max, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from nettverk.accounts.models import User
from nettverk.contacts import validation as v
from nettverk.contacts.models import Contact
from nettverk.interactions.models import Interaction
from nettverk.lib.stems import text_stems, word_stems
from nettverk.relationships.models import NeedWord, Offer

GIVING_KINDS = ("help_given", "intro_made")
# Someone helped this recently is not suggested again this week.
RECENTLY_HELPED_DAYS = 30
# Scored exactly per contact wanted: expertise gaps can reorder the database's ranking a little.
CANDIDATES = 4


@dataclass(frozen=True)
class Match:
    offer: Offer
    contact_id: int
    name: str
    strength: int
    words: list[str]
    score: float


def offers_of(owner: User) -> QuerySet[Offer]:
    return Offer.objects.owned_by(owner)


def offer_save(offer: Offer, *, title: str, description: str = "", keywords: str = "") -> Offer:
    """Create (an unsaved Offer with its owner set) or change an offer."""
    offer.title = v.clean_text("title", title, 200)
    if not offer.title:
        raise ValidationError({"title": _("Say what you can offer.")})
    offer.description = v.clean_text("description", description)
    offer.keywords = v.clean_text("keywords", keywords, 500)
    offer.save()
    return offer


def offer_delete(offer: Offer) -> None:
    offer.delete()


def offer_matches(
    owner: User, offers: Sequence[Offer], *, limit: int = 5
) -> dict[int, list[Match]]:
    """Per offer id, the best `limit` contacts whose needs it meets, best first."""
    return {offer.pk: _match(owner, offer, limit=limit) for offer in offers}


def help_suggestions(owner: User, *, today: date | None = None, limit: int = 5) -> list[Match]:
    """Whom to help this week: each contact's best offer, leaving out anyone helped lately."""
    helped = _recently_helped(owner, today or timezone.localdate())
    best: dict[int, Match] = {}
    for offer in offers_of(owner):
        # A contact's best offer ranks them at least as high there as anywhere: each offer's
        # top `limit` holds the overall top `limit`.
        for match in _match(owner, offer, limit=limit, skip=helped):
            if match.contact_id not in best or match.score > best[match.contact_id].score:
                best[match.contact_id] = match
    return _best(best.values(), limit)


def _match(owner: User, offer: Offer, *, limit: int,
           skip: QuerySet[Any] | None = None) -> list[Match]:
    """The best contacts whose needs share a stem with the offer (the `NeedWord` index).

    The database ranks by matched words and strength, an upper bound of the score; the few best
    are then scored exactly, expertise gaps included.
    """
    index = NeedWord.objects.owned_by(owner).filter(stem__in=text_stems(offer.text))
    ranked = index.exclude(contact_id__in=skip) if skip is not None else index
    ids = list(ranked.values("contact_id").annotate(
        found=Count("word", distinct=True), strength=Max("contact__strength"),
    ).order_by("-found", "-strength", "contact_id").values_list(
        "contact_id", flat=True)[: limit * CANDIDATES])
    hits: dict[int, set[str]] = {}
    for pk, word in index.filter(contact_id__in=ids).values_list("contact_id", "word"):
        hits.setdefault(pk, set()).add(word)
    people = Contact.objects.owned_by(owner).filter(pk__in=ids).values_list(
        "pk", "name", "needs", "expertise", "strength")
    found = []
    for pk, name, needs, expertise, strength in people:
        matched = sorted(hits[pk], key=needs.find)  # in the order the needs name them
        known = text_stems(expertise)
        gaps = sum(0.5 if word_stems(w) & known else 1.0 for w in matched)
        found.append(Match(offer, pk, name, strength, matched, gaps + strength / 200))
    return _best(found, limit)


def _best(matches: Iterable[Match], limit: int) -> list[Match]:
    return sorted(matches, key=lambda m: (-m.score, m.name, m.contact_id))[:limit]


def _recently_helped(owner: User, today: date) -> QuerySet[Any]:
    since = today - timedelta(days=RECENTLY_HELPED_DAYS)
    through = Interaction.contacts.through.objects
    return through.filter(
        interaction__owner=owner, interaction__kind__in=GIVING_KINDS,
        interaction__occurred_on__gte=since,
    ).values("contact_id")
