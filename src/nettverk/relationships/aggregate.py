"""A contact's interaction log summed in SQL, as `strength.Tally.add` defines the sums.

One GROUP BY contact turns a million interactions into one row per contact: the faded weights
(now and a quarter ago), who started them, the first and last days, and for the reasons the last
year's counts by kind and direction. The weights and fades come from `strength`'s constants, so
Python and SQL cannot drift apart (a test compares them).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

from django.db import connection

from nettverk.accounts.models import User
from nettverk.interactions.models import Direction, Interaction, Kind
from nettverk.relationships.strength import (
    DEFAULT_WEIGHT,
    FADE,
    FADE_BEFORE,
    GIVING_KINDS,
    GROUP_WEIGHT,
    KIND_WEIGHT,
    MINE,
    QUARTER_BUCKETS,
    THEIRS,
    YEAR_BUCKETS,
    Tally,
    bucket_of,
)

KINDS = list(Kind.values)
DIRECTIONS = list(Direction.values)
THROUGH = Interaction.contacts.through._meta.db_table
INTERACTIONS = Interaction._meta.db_table
DAYS = "relationships_days"  # a temporary table, per connection


def tallies_for(owner: User, ids: Sequence[int] | None, today: date, *,
                detailed: bool = False) -> dict[int, Tally]:
    """Each contact's interactions summed as `Tally.add` would (all contacts when ids is None).

    Strength needs only the faded sums and the first and last days; `detailed` also counts the
    last year's interactions by kind and by who started them, for the reasons.
    """
    tallies = {}
    for row in _aggregate(owner, ids, today, detailed):
        first, last, last_before, last_given = (_day(d) for d in row[7:11])
        depth, depth_before, mine, mine_before, theirs, theirs_before = row[1:7]
        tally = Tally(depth, depth_before, mine, mine_before, theirs, theirs_before,
                      first_on=first, last_on=last, last_before_quarter=last_before,
                      last_given_on=last_given)
        if detailed:
            tally.kinds_year = _counts(KINDS, row[11:20])
            tally.started_year = _counts(DIRECTIONS, row[20:23])
            tally.one_to_one = row[23]
        tallies[row[0]] = tally
    return tallies


def _counts(codes: list[str], numbers: Iterable[int]) -> dict[str, int]:
    return {code: n for code, n in zip(codes, numbers, strict=True) if n}


def _aggregate(
    owner: User, ids: Sequence[int] | None, today: date, detailed: bool
) -> Iterator[tuple[Any, ...]]:
    scope, scope_params = _scope(ids)
    with connection.cursor() as cursor, _day_table(cursor, owner, scope, scope_params, today):
        cursor.execute(*_aggregate_sql(owner, ids, scope, scope_params, detailed))
        while rows := cursor.fetchmany(10_000):
            yield from rows


def _scope(ids: Sequence[int] | None) -> tuple[str, list[Any]]:
    """SQL narrowing interactions `i` to those with the given contacts (none: all of them)."""
    if ids is None:
        return "", []
    marks = ", ".join(["%s"] * len(ids))
    return f"AND i.id IN (SELECT interaction_id FROM {THROUGH} WHERE contact_id IN ({marks}))", [
        *ids]


@contextmanager
def _day_table(cursor: Any, owner: User, scope: str, scope_params: list[Any],
               today: date) -> Iterator[None]:
    """A temporary table of the days interactions happened on, with what a day's age means.

    A network has a few thousand distinct days against a million interactions, so each day's
    month bucket is worked out once here, and the aggregation looks it up by key.
    """
    cursor.execute(f"DROP TABLE IF EXISTS {DAYS}")
    cursor.execute(f"CREATE TEMPORARY TABLE {DAYS} (day DATE PRIMARY KEY, "
                   "fade DOUBLE PRECISION, fade_before DOUBLE PRECISION, recent INTEGER, "
                   "settled INTEGER)")
    try:
        cursor.execute(f"SELECT DISTINCT i.occurred_on FROM {INTERACTIONS} i "
                       f"WHERE i.owner_id = %s {scope}", [owner.pk, *scope_params])
        days = [_day(value) for (value,) in cursor.fetchall()]
        rows = [(day, *_day_values(bucket_of(day, today))) for day in days if day]
        cursor.executemany(f"INSERT INTO {DAYS} VALUES (%s, %s, %s, %s, %s)", rows)
        yield
    finally:
        cursor.execute(f"DROP TABLE IF EXISTS {DAYS}")


def _day_values(bucket: int) -> tuple[float, float, int, int]:
    """(fade, fade a quarter ago, in the last year, happened over a quarter ago) of a bucket."""
    return (FADE[bucket], FADE_BEFORE[bucket], int(bucket < YEAR_BUCKETS),
            int(bucket >= QUARTER_BUCKETS))


def _aggregate_sql(owner: User, ids: Sequence[int] | None, scope: str, scope_params: list[Any],
                   detailed: bool) -> tuple[str, list[Any]]:
    """One row per contact: the six sums of `Tally` in its field order, the first, last,
    last-before-a-quarter and last-given days, and when `detailed` the counts by kind and
    direction and of one-to-one interactions.

    CROSS JOIN fixes SQLite's order: interactions in storage order, their contacts from the
    (interaction, contact) index, the day by key. Sequential pages; starting from contacts would
    read both big tables at random. Group interactions (more than one contact) are a set built
    once by the `grp` subquery.
    """
    group = "CASE WHEN i.id IN (SELECT interaction_id FROM grp) THEN %s ELSE 1 END"
    kind_weight = f"CASE i.kind {' '.join(['WHEN %s THEN %s'] * len(KIND_WEIGHT))} ELSE %s END"
    weight_params = [*(v for item in KIND_WEIGHT.items() for v in item), DEFAULT_WEIGHT]
    mine, theirs = _flag("i.direction", MINE), _flag("i.direction", THEIRS)
    recent = "SUM(CASE WHEN {} = %s THEN d.recent ELSE 0 END)"
    counts = [recent.format("i.kind")] * len(KINDS) + [recent.format("i.direction")] * len(
        DIRECTIONS) + ["SUM(CASE WHEN i.id IN (SELECT interaction_id FROM grp) THEN 0 ELSE 1 END)"]
    details = (", " + ", ".join(counts)) if detailed else ""
    only_these = f"AND t.contact_id IN ({', '.join(['%s'] * len(ids))})" if ids is not None else ""
    # Everyone: every group interaction (others' ones are never looked up); a few: only theirs.
    within = (f"WHERE interaction_id IN (SELECT i.id FROM {INTERACTIONS} i WHERE i.owner_id = %s "
              f"{scope})" if scope else "")
    sql = f"""
        WITH grp AS (
            SELECT interaction_id FROM {THROUGH} {within}
            GROUP BY interaction_id HAVING COUNT(*) > 1
        )
        SELECT t.contact_id,
               SUM({kind_weight} * {group} * d.fade),
               SUM({kind_weight} * {group} * d.fade_before),
               SUM({mine} * d.fade), SUM({mine} * d.fade_before),
               SUM({theirs} * d.fade), SUM({theirs} * d.fade_before),
               MIN(i.occurred_on), MAX(i.occurred_on),
               MAX(CASE WHEN d.settled = 1 THEN i.occurred_on END),
               MAX(CASE WHEN {_flag("i.kind", GIVING_KINDS)} = 1 THEN i.occurred_on END)
               {details}
        FROM {INTERACTIONS} i CROSS JOIN {THROUGH} t CROSS JOIN {DAYS} d
        WHERE t.interaction_id = i.id AND d.day = i.occurred_on AND i.owner_id = %s {scope}
        {only_these}
        GROUP BY t.contact_id
    """
    params = [*([owner.pk, *scope_params] if scope else []),
              *weight_params, GROUP_WEIGHT, *weight_params, GROUP_WEIGHT,
              *([*KINDS, *DIRECTIONS] if detailed else []), owner.pk, *scope_params,
              *(ids or [])]
    return sql, params


def _flag(column: str, codes: frozenset[str]) -> str:
    """SQL for 1 when the column holds one of the codes, else 0 (codes are ours, not input)."""
    listed = ", ".join(f"'{code}'" for code in sorted(codes))
    return f"CASE WHEN {column} IN ({listed}) THEN 1 ELSE 0 END"


def _day(value: date | str | None) -> date | None:
    # SQLite hands back MIN/MAX of a date column as text: the column type is lost in aggregates.
    return value if value is None or isinstance(value, date) else date.fromisoformat(value)
