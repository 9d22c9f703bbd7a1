"""How reachable a contact is: relationship strength and how recently and often you met.

Fit decides who can help; reach only reorders people who fit about equally, so it multiplies
the fit by at most 1 + `REACH_WEIGHT`. A decision-maker gets `DECISION_BONUS` on top when the
problem needs one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from nettverk.ask import sql
from nettverk.ask.documents import ContactCard

REACH_WEIGHT = 0.35
DECISION_BONUS = 0.25
YEAR = timedelta(days=365)


@dataclass(frozen=True)
class Tie:
    """What the logged interactions say about a relationship."""

    strength: int
    last: date | None = None
    this_year: int = 0
    meetings_this_year: int = 0

    def reach(self, today: date) -> float:
        """0 (a stranger) to 1 (a strong tie you met this month)."""
        recency = 0.0
        if self.last is not None:
            days = max((today - self.last).days, 0)
            recency = max(0.0, 1 - max(days - 30, 0) / 335)
        return 0.6 * min(self.strength, 100) / 100 + 0.4 * recency


def load_ties(owner_id: int, ids: list[int],
              today: date) -> dict[int, tuple[ContactCard, Tie]]:
    """The owner's contacts among `ids`, each with their tie, in one query."""
    return {pk: (card, Tie(card.strength, tally.last, tally.since, tally.meetings_since))
            for pk, (card, tally) in sql.contact_cards(owner_id, ids, today - YEAR).items()}


def final_score(fit: float, tie: Tie, *, today: date, decides: bool) -> float:
    bonus = 1 + DECISION_BONUS if decides else 1.0
    return fit * (1 + REACH_WEIGHT * tie.reach(today)) * bonus
