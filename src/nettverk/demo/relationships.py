"""The demo's relationships: strengths worked out, a few tiers pinned, offers to match.

Tiers go to the strongest relationships, as a user who knows their network would pin them, and to
decision-makers who have slipped out of touch: that keeps both the due list and the quality page
believable on the first visit.
"""

from __future__ import annotations

from datetime import date, timedelta

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.relationships.models import Offer, Relationship, Tier
from nettverk.relationships.recompute import strength_recompute

INNER, KEY, WIDER = 8, 22, 12
# "Slipping": last seen four months to a year ago, so some of them are already past 180 days.
SLIPPING_DAYS = (120, 365)

OFFERS = [
    ("Introductions to Nordic fintech and medtech investors",
     "I know partners at several funds in Stockholm and Oslo and can make a warm introduction.",
     "investors, investerare, investorer, fintech, medtech, funding, risikokapital"),
    ("Mentoring for first board roles and first CEO jobs",
     "Two board seats and ten years as managing director: happy to be a sounding board.",
     "mentor, board, styrelse, styre, styreverv, VD, CEO"),
    ("Advice on expanding between Norway and Sweden",
     "Subsidiaries, VAT, banking and hiring on both sides of the border.",
     "subsidiary, Norway, Sweden, Norge, Sverige, dotterbolag, ekspandere, kontakter"),
]


def demo_relationships(user: User, today: date) -> None:
    strength_recompute(user, today=today)
    _pin_tiers(user, today)
    strength_recompute(user, today=today)  # the pinned tiers set cadences and due days
    Offer.objects.bulk_create([Offer(owner=user, title=title, description=text, keywords=words)
                               for title, text, words in OFFERS])


def _pin_tiers(user: User, today: date) -> None:
    mine = Contact.objects.owned_by(user)
    ranked = list(mine.order_by("-strength", "pk").values_list("pk", flat=True)[: INNER + KEY])
    oldest, newest = (today - timedelta(days=days) for days in reversed(SLIPPING_DAYS))
    slipping = list(mine.filter(
        decision_maker=True, cadence_days__isnull=True,
        relationship__last_interaction_on__range=(oldest, newest),
    ).exclude(pk__in=ranked).order_by("-strength", "pk").values_list("pk", flat=True)[:WIDER])
    for tier, ids in ((Tier.INNER, ranked[:INNER]), (Tier.KEY, ranked[INNER:]),
                      (Tier.WIDER, slipping)):
        Relationship.objects.filter(contact_id__in=ids).update(tier=tier)
