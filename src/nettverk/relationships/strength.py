"""Relationship strength, 0 to 100, from a contact's interaction history.

Each interaction counts with the depth of its kind, halved when it was a group interaction
(more than one contact on it), and fades with age (half-life 180 days):

    weight(i) = KIND_WEIGHT[kind] * (1 if one-to-one else 0.5) * 0.5 ** (age_days / 180)

    meeting 1.0 > help given or received 0.8 > call, introduction 0.6 > event 0.4
    > message, email 0.25

From those, four parts between 0 and 1:

    depth and frequency  F = 1 - exp(-sum(weight) / 4)   four fresh one-to-one meetings: 0.63
    recency              R = 0.5 ** (days since the last contact / 90)
    reciprocity          Q = 1 - exp(-min(I, T) / 2)     I: faded count of the interactions I
                                                          started (outbound), T: that they
                                                          started (inbound); mutual counts
                                                          for both sides
    longevity            L = min(1, days from first met or first contact to last contact / 1095)

    strength = round(100 * (0.7 * F + 0.3 * R) * (0.6 + 0.25 * Q + 0.15 * L))

Activity (F and R) decides how strong a relationship is; reciprocity and longevity scale it by
up to 40%. Every part grows with a new interaction of any kind (reciprocity looks at the smaller
side, so it cannot fall), and none grows as days pass (longevity ends at the last contact): a new
meeting never lowers strength and time never raises it.

Ages are counted in months of 365.25/12 days (bucket 0 is the last month, buckets 0-11 the last
year); a bucket fades by the age at its middle. Interactions older than three years (bucket 36)
add nothing to depth or reciprocity but still count for longevity. The database sums, per
contact, each interaction's faded weight twice: as of today, and as of a quarter ago (every
bucket three months younger), which gives the strength a quarter ago: a big fall is "going cold".
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta

MONTH_DAYS = 365.25 / 12
BUCKETS = 37  # 0..35: one month each; 36: older than three years
OLD_BUCKET = BUCKETS - 1
YEAR_BUCKETS = 12
QUARTER_BUCKETS = 3

HALF_LIFE_DAYS = 180
RECENCY_HALF_LIFE_DAYS = 90
DEPTH_SCALE = 4.0
RECIPROCITY_SCALE = 2.0
LONGEVITY_FULL_DAYS = 1095
GROUP_WEIGHT = 0.5
COOLING_DROP = 15

KIND_WEIGHT = {
    "meeting": 1.0,
    "help_given": 0.8,
    "help_received": 0.8,
    "call": 0.6,
    "intro_made": 0.6,
    "intro_received": 0.6,
    "event": 0.4,
    "message": 0.25,
    "email": 0.25,
}
DEFAULT_WEIGHT = 0.25
GIVING_KINDS = frozenset({"help_given", "intro_made"})
MINE = frozenset({"outbound", "mutual"})
THEIRS = frozenset({"inbound", "mutual"})

# How much an interaction still counts, by the age at the middle of its bucket; and how much it
# counted a quarter ago, when it was three buckets younger (nothing, if it had not happened yet).
FADE: list[float] = [
    0.5 ** ((k + 0.5) * MONTH_DAYS / HALF_LIFE_DAYS) for k in range(OLD_BUCKET)
] + [0.0]
FADE_BEFORE: list[float] = [0.0] * QUARTER_BUCKETS + FADE[: OLD_BUCKET - QUARTER_BUCKETS] + [0.0]


def bucket_of(day: date, today: date) -> int:
    """The month bucket of an interaction on `day`: 0 for the last month (and later days)."""
    return min(OLD_BUCKET, max(0, math.floor((today - day).days / MONTH_DAYS)))


@dataclass
class Tally:
    """One contact's history, summed: faded as of today, and as of a quarter ago (`_before`).

    `add` is the definition; the aggregation query in `recompute` computes the same sums in the
    database, one row per contact.
    """

    depth: float = 0.0
    depth_before: float = 0.0
    mine: float = 0.0
    mine_before: float = 0.0
    theirs: float = 0.0
    theirs_before: float = 0.0
    kinds_year: dict[str, int] = field(default_factory=dict)
    # Who started the interactions of the last year, for the reasons.
    started_year: dict[str, int] = field(default_factory=dict)
    one_to_one: int = 0
    first_on: date | None = None
    last_on: date | None = None
    last_before_quarter: date | None = None
    # Not part of strength: the last help or introduction given, for "whom to help this week".
    last_given_on: date | None = None

    def add(self, kind: str, direction: str, bucket: int, group: bool, day: date) -> None:
        """One interaction `bucket` months old; `group` when other contacts were on it too."""
        weight = KIND_WEIGHT.get(kind, DEFAULT_WEIGHT) * (GROUP_WEIGHT if group else 1)
        now, before = FADE[bucket], FADE_BEFORE[bucket]
        self.depth += weight * now
        self.depth_before += weight * before
        if direction in MINE:
            self.mine, self.mine_before = self.mine + now, self.mine_before + before
        if direction in THEIRS:
            self.theirs, self.theirs_before = self.theirs + now, self.theirs_before + before
        if bucket < YEAR_BUCKETS:
            self.kinds_year[kind] = self.kinds_year.get(kind, 0) + 1
            self.started_year[direction] = self.started_year.get(direction, 0) + 1
        self.one_to_one += 0 if group else 1
        self.first_on = min(self.first_on or day, day)
        self.last_on = max(self.last_on or day, day)
        if bucket >= QUARTER_BUCKETS:
            self.last_before_quarter = max(self.last_before_quarter or day, day)
        if kind in GIVING_KINDS:
            self.last_given_on = max(self.last_given_on or day, day)


@dataclass(frozen=True)
class Parts:
    depth: float
    recency: float
    reciprocity: float
    longevity: float

    @property
    def strength(self) -> int:
        activity = 0.7 * self.depth + 0.3 * self.recency
        return round(100 * activity * (0.6 + 0.25 * self.reciprocity + 0.15 * self.longevity))


def parts(tally: Tally, *, first_met: date | None, today: date, before: bool = False) -> Parts:
    """The four parts now, or (`before`) as they were a quarter ago."""
    last = tally.last_before_quarter if before else tally.last_on
    if last is None:
        return Parts(0.0, 0.0, 0.0, 0.0)
    volume, mine, theirs = ((tally.depth_before, tally.mine_before, tally.theirs_before)
                            if before else (tally.depth, tally.mine, tally.theirs))
    as_of = today - timedelta(days=round(QUARTER_BUCKETS * MONTH_DAYS)) if before else today
    known_from = min(d for d in (first_met, tally.first_on) if d is not None)
    return Parts(
        depth=1 - math.exp(-volume / DEPTH_SCALE),
        recency=0.5 ** (max(0, (as_of - last).days) / RECENCY_HALF_LIFE_DAYS),
        reciprocity=1 - math.exp(-min(mine, theirs) / RECIPROCITY_SCALE),
        longevity=min(1.0, max(0, (last - known_from).days) / LONGEVITY_FULL_DAYS),
    )


@dataclass(frozen=True)
class Score:
    strength: int
    quarter_ago: int


def score(tally: Tally, *, first_met: date | None, today: date) -> Score:
    now = parts(tally, first_met=first_met, today=today).strength
    before = parts(tally, first_met=first_met, today=today, before=True).strength
    return Score(now, before)


def reasons(tally: Tally, *, first_met: date | None, strength: int,
            before: int) -> list[dict[str, object]]:
    """What the score rests on, as codes and numbers; `reasons.reason_text` puts it in words.

    Needs a tally with the last year's counts (`aggregate.tallies_for(..., detailed=True)`).
    """
    if tally.last_on is None:
        return [{"code": "no_interactions"}]
    found: list[dict[str, object]] = [
        {"code": "kind_count", "kind": kind, "count": count}
        for kind, count in sorted(tally.kinds_year.items(),
                                  key=lambda kc: (-KIND_WEIGHT.get(kc[0], 0), -kc[1]))[:3]
    ]
    found.append({"code": "last_contact", "date": tally.last_on.isoformat()})
    started = tally.started_year
    if started.get("inbound"):
        found.append({"code": "they_initiated", "count": started["inbound"]})
    elif started.get("outbound", 0) >= 2 and not started.get("mutual"):
        found.append({"code": "only_you", "count": started["outbound"]})
    if tally.one_to_one == 0:
        found.append({"code": "groups_only"})
    known_from = min(d for d in (first_met, tally.first_on) if d is not None)
    if (tally.last_on - known_from).days >= 365:
        found.append({"code": "known_since", "date": known_from.isoformat()})
    if before - strength >= COOLING_DROP:
        found.append({"code": "cooling", "before": before})
    return found
