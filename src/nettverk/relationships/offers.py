"""What I bring to the table: my offers, and the contacts whose needs they meet.

A contact matches an offer when words of their needs share a stem with the offer's title,
description or keywords (`lib.stems`), looked up in the `NeedWord` index (`needs.py`). Each
matched word counts 1, or 0.5 when the contact's own expertise already covers it (a need they
can half meet themselves is less of a gap), and a stronger relationship adds up to 0.5: help
lands best where there is already trust.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db.models import Count, Max, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from nettverk.accounts.models import User
from nettverk.contacts import validation as v
from nettverk.contacts.models import Contact
from nettverk.lib.stems import text_stems, word_stems
from nettverk.relationships.models import NeedWord, Offer

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
    _forget(offer.owner_id)
    return offer


def offer_delete(offer: Offer) -> None:
    offer.delete()
    _forget(offer.owner_id)


def _forget(owner_id: int) -> None:
    suggestions_forget(owner_id)


def offer_matches(
    owner: User, offers: Sequence[Offer], *, limit: int = 5
) -> dict[int, list[Match]]:
    """Per offer id, the best `limit` contacts whose needs it meets, best first."""
    return {offer.pk: _best(_scored(owner, [offer], _candidates(
        owner, text_stems(offer.text), limit * CANDIDATES)), limit) for offer in offers}


def help_suggestions(owner: User, *, today: date | None = None, limit: int = 5) -> list[Match]:
    """Whom to help this week: each contact's best offer, leaving out anyone helped lately."""
    offers = list(offers_of(owner))
    wanted = frozenset().union(*(text_stems(offer.text) for offer in offers))
    since = (today or timezone.localdate()) - timedelta(days=RECENTLY_HELPED_DAYS)
    ids = _candidates(owner, wanted, limit * CANDIDATES, helped_since=since)
    return _best(_scored(owner, offers, ids), limit)


def _candidates(owner: User, stems: Collection[str], count: int, *,
                helped_since: date | None = None) -> list[int]:
    """Up to `count` contacts whose needs share the most stems, stronger first, leaving out
    anyone helped since `helped_since` (`Relationship.last_given_on`).

    That ranking bounds the score from above; `_scored` then works out the exact one.
    """
    found = NeedWord.objects.owned_by(owner).filter(stem__in=stems)
    if helped_since is not None:
        found = found.exclude(contact__relationship__last_given_on__gte=helped_since)
    ranked = (found.values("contact_id")
              .annotate(found=Count("word", distinct=True), strength=Max("contact__strength"))
              .order_by("-found", "-strength", "contact_id").values_list("contact_id", flat=True))
    return list(ranked[:count])


def _scored(owner: User, offers: Sequence[Offer], ids: list[int]) -> list[Match]:
    """Each of these contacts with the offer that suits them best, scored exactly."""
    words: dict[int, dict[str, set[str]]] = {}  # contact -> stem -> the words under it
    for pk, stem, word in NeedWord.objects.owned_by(owner).filter(contact_id__in=ids).values_list(
            "contact_id", "stem", "word"):
        words.setdefault(pk, {}).setdefault(stem, set()).add(word)
    wanted = [(offer, text_stems(offer.text)) for offer in offers]
    found = []
    for pk, name, needs, expertise, strength in Contact.objects.owned_by(owner).filter(
            pk__in=ids).values_list("pk", "name", "needs", "expertise", "strength"):
        known = text_stems(expertise)
        for offer, stems in wanted:
            matched = sorted({w for stem in stems & words.get(pk, {}).keys()
                              for w in words[pk][stem]}, key=needs.find)
            if matched:
                gaps = sum(0.5 if word_stems(w) & known else 1.0 for w in matched)
                found.append(Match(offer, pk, name, strength, matched, gaps + strength / 200))
    return _best_each(found)


def _best_each(matches: list[Match]) -> list[Match]:
    best: dict[int, Match] = {}
    for match in matches:
        if match.contact_id not in best or match.score > best[match.contact_id].score:
            best[match.contact_id] = match
    return list(best.values())


def _best(matches: Iterable[Match], limit: int) -> list[Match]:
    return sorted(matches, key=lambda m: (-m.score, m.name, m.contact_id))[:limit]


# The dashboard's "whom to help this week", kept until something it rests on changes. Matching
# costs tens of milliseconds on a network of 50,000 and the answer changes only when offers,
# needs or help given change, each of which calls `suggestions_forget`. The cache is Django's
# default, per process; an entry also lapses after KEEP_SECONDS and at midnight, so a change
# made from the command line shows within the hour.
KEEP_SECONDS = 3600


@dataclass(frozen=True)
class Suggestion:
    contact_id: int
    name: str
    offer: str
    words: list[str]


def _key(owner_id: int) -> str:
    return f"nettverk:help:{owner_id}:{timezone.localdate().isoformat()}"


def suggestions_for(owner: User, *, limit: int) -> list[Suggestion]:
    found: list[Suggestion] | None = cache.get(_key(owner.pk))
    if found is None:
        found = [Suggestion(m.contact_id, m.name, m.offer.title, m.words)
                 for m in help_suggestions(owner, limit=limit)]
        cache.set(_key(owner.pk), found, KEEP_SECONDS)
    return found[:limit]


def suggestions_forget(owner_id: int) -> None:
    cache.delete(_key(owner_id))
