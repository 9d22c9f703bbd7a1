"""Keeping strength, its reasons and due dates current.

`strength_recompute(owner, ids)` runs after an interaction with those contacts is logged,
changed or deleted; `strength_recompute(owner)` (daily, `nettverk strength --recompute`) redoes
everyone, because strength fades as days pass even when nothing is logged.

The database does the heavy part: one GROUP BY contact sums every interaction's faded weight
(`strength.Tally.add`, written as SQL from the same constants), so a million interactions come
back as one row per contact. The daily run reads all of them at once, outside any transaction,
then writes in slices of `SLICE` contacts, each in its own short transaction; a contact whose
strength was worked out again while it ran (`computed_at`) is left alone, so a change logged
meanwhile is never overwritten with an older view. Rows are written with executemany: Django's
`bulk_update` builds a CASE chain per row, which is quadratic at this size.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import islice
from typing import Any, TypeVar, cast

from django.db import connection, models, transaction
from django.utils import timezone

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.interactions.models import Direction, Interaction, Kind
from nettverk.relationships.cadence import cadence_in_force, due_date
from nettverk.relationships.models import Relationship
from nettverk.relationships.needs import needs_reindex
from nettverk.relationships.strength import (
    DEFAULT_WEIGHT,
    FADE,
    FADE_BEFORE,
    GROUP_WEIGHT,
    KIND_WEIGHT,
    MINE,
    QUARTER_BUCKETS,
    THEIRS,
    YEAR_BUCKETS,
    Tally,
    bucket_starts,
    score,
)

T = TypeVar("T")

SLICE = 5000
WRITE_BATCH = 2000
DERIVED_FIELDS = ["strength_reasons", "strength_quarter_ago", "last_interaction_on",
                  "cadence_days", "due_on", "computed_at"]
KINDS = list(Kind.values)
DIRECTIONS = list(Direction.values)


@dataclass(frozen=True)
class ContactRow:
    first_met: date | None
    added_on: date
    cadence_days: int | None
    strength: int


def strength_recompute(owner: User, contact_ids: Collection[int] | None = None, *,
                       today: date | None = None) -> int:
    """Recompute the given contacts of `owner` (all when None); returns how many were done."""
    today = today or timezone.localdate()
    if contact_ids is not None:
        ids = list(contact_ids)
        with transaction.atomic():
            return _write_slice(owner, ids, tallies_for(owner, ids, today), today, None)
    started = timezone.now()
    tallies = tallies_for(owner, None, today)
    done = 0
    everyone = Contact.objects.owned_by(owner).order_by("pk").values_list("pk", flat=True)
    for ids in batched(everyone.iterator(), SLICE):
        with transaction.atomic():
            done += _write_slice(owner, ids, tallies, today, started)
    return done


def strength_recompute_all(*, today: date | None = None) -> tuple[int, int]:
    """Every user's contacts, and their needs index with them: (users, contacts)."""
    users = contacts = 0
    for owner in User.objects.order_by("pk"):
        count = strength_recompute(owner, today=today)
        needs_reindex(owner)
        users, contacts = users + bool(count), contacts + count
    return users, contacts


def _write_slice(owner: User, ids: list[int], tallies: dict[int, Tally], today: date,
                 started: datetime | None) -> int:
    """Work out and store these contacts; with `started`, skip any recomputed since then."""
    found = Relationship.objects.filter(contact_id__in=ids)
    if started is not None:
        found = found.select_for_update()  # an interaction logged now waits for this slice
    current = {row[0]: row[1:]
               for row in found.values_list("contact_id", "tier", *DERIVED_FIELDS)}
    fresh = {pk for pk, row in current.items() if started and row[-1] and row[-1] >= started}
    now = timezone.now()
    strengths, changed, created, advanced = [], [], [], []
    for pk, contact in _contact_rows(owner, ids).items():
        if pk in fresh:
            continue
        tier, *old = current.get(pk, ("", None, None, None, None, None, None))
        new = _derived(contact, tier, tallies.get(pk) or Tally(), today)
        if new[0] != contact.strength:
            strengths.append((new[0], pk))
        if pk not in current:
            created.append(Relationship(contact_id=pk, owner=owner, **dict(
                zip(DERIVED_FIELDS, [*new[1:], now], strict=True))))
        elif list(new[1:]) != old[:-1] or started is None:
            changed.append((*new[1:], now, pk))
            advanced += [pk] if _later(new[3], old[2]) else []
    _update_many(Contact, ["strength"], strengths)
    _update_many(Relationship, DERIVED_FIELDS, changed)
    # A row another recompute created meanwhile holds a view at least as new: keep it.
    Relationship.objects.bulk_create(created, batch_size=WRITE_BATCH, ignore_conflicts=True)
    # A newer interaction starts a new keep-in-touch round; a snooze was for the old one.
    Relationship.objects.filter(contact_id__in=advanced).update(snoozed_until=None)
    return len(ids) - len(fresh)


def _contact_rows(owner: User, ids: list[int]) -> dict[int, ContactRow]:
    rows = Contact.objects.owned_by(owner).filter(pk__in=ids).values_list(
        "pk", "first_met", "created_at", "cadence_days", "strength")
    return {pk: ContactRow(first_met, timezone.localdate(created), cadence, strength)
            for pk, first_met, created, cadence, strength in rows}


def _derived(contact: ContactRow, tier: str, tally: Tally, today: date) -> tuple[Any, ...]:
    """(strength, then the DERIVED_FIELDS but computed_at in order) for one contact."""
    result = score(tally, first_met=contact.first_met, today=today)
    cadence = cadence_in_force(contact.cadence_days, tier)
    due = due_date(cadence, last_on=tally.last_on, first_met=contact.first_met,
                   added_on=contact.added_on)
    return (result.strength, result.reasons, result.quarter_ago, tally.last_on, cadence, due)


def _later(new: date | None, old: date | None) -> bool:
    return new is not None and (old is None or new > old)


def tallies_for(owner: User, ids: Sequence[int] | None, today: date) -> dict[int, Tally]:
    """Each contact's interactions summed as `Tally.add` would (all contacts when ids is None)."""
    tallies = {}
    for row in _aggregate(owner, ids, today):
        depth, depth_before, mine, mine_before, theirs, theirs_before = row[1:7]
        first, last, last_before = (_day(d) for d in row[20:23])
        tallies[row[0]] = Tally(
            depth, depth_before, mine, mine_before, theirs, theirs_before,
            kinds_year=_counts(KINDS, row[7:16]), started_year=_counts(DIRECTIONS, row[16:19]),
            one_to_one=row[19], first_on=first, last_on=last, last_before_quarter=last_before)
    return tallies


def _counts(codes: list[str], numbers: Iterable[int]) -> Counter[str]:
    return Counter({code: n for code, n in zip(codes, numbers, strict=True) if n})


def _aggregate(
    owner: User, ids: Sequence[int] | None, today: date
) -> Iterator[tuple[Any, ...]]:
    sql, params = _aggregate_sql(owner, ids, today)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(10_000):
            yield from rows


def _aggregate_sql(
    owner: User, ids: Sequence[int] | None, today: date
) -> tuple[str, list[Any]]:
    """One row per contact: the sums of `Tally`, in its field order, then first/last days.

    The inner query gives every (contact, interaction) pair its weight, fades and flags; the
    window counts the contacts on each interaction. For a few contacts it reads every contact of
    their interactions, so that count is right, and keeps only theirs afterwards.
    """
    through = Interaction.contacts.through._meta.db_table
    interactions = Interaction._meta.db_table
    starts = bucket_starts(today)
    fade, fade_params = _by_age(starts, FADE)
    fade_before, before_params = _by_age(starts, FADE_BEFORE)
    kind_weight = f"CASE i.kind {' '.join(['WHEN %s THEN %s'] * len(KIND_WEIGHT))} ELSE %s END"
    weight_params = [*(v for item in KIND_WEIGHT.items() for v in item), DEFAULT_WEIGHT]
    where, outer, where_params, outer_params = "i.owner_id = %s", "", [owner.pk], []
    if ids is not None:
        marks = ", ".join(["%s"] * len(ids))
        where += (f" AND t.interaction_id IN (SELECT interaction_id FROM {through} "
                  f"WHERE contact_id IN ({marks}))")
        outer, where_params, outer_params = f"WHERE x.contact_id IN ({marks})", [owner.pk, *ids], [
            *ids]
    mine = _flag("x.direction", MINE)
    theirs = _flag("x.direction", THEIRS)
    group = "CASE WHEN x.people > 1 THEN %s ELSE 1 END"
    sql = f"""
        SELECT x.contact_id,
               SUM(x.weight * {group} * x.fade), SUM(x.weight * {group} * x.fade_before),
               SUM({mine} * x.fade), SUM({mine} * x.fade_before),
               SUM({theirs} * x.fade), SUM({theirs} * x.fade_before),
               {_recent_counts("x.kind", len(KINDS))},
               {_recent_counts("x.direction", len(DIRECTIONS))},
               SUM(CASE WHEN x.people = 1 THEN 1 ELSE 0 END),
               MIN(x.occurred_on), MAX(x.occurred_on),
               MAX(CASE WHEN x.occurred_on <= %s THEN x.occurred_on END)
        FROM (
            SELECT t.contact_id, i.kind, i.direction, i.occurred_on,
                   {kind_weight} AS weight, {fade} AS fade, {fade_before} AS fade_before,
                   CASE WHEN i.occurred_on > %s THEN 1 ELSE 0 END AS recent,
                   COUNT(*) OVER (PARTITION BY t.interaction_id) AS people
            FROM {through} t JOIN {interactions} i ON i.id = t.interaction_id
            WHERE {where}
        ) x
        {outer}
        GROUP BY x.contact_id
    """
    params = [GROUP_WEIGHT, GROUP_WEIGHT, *KINDS, *DIRECTIONS, starts[QUARTER_BUCKETS - 1],
              *weight_params, *fade_params, *before_params, starts[YEAR_BUCKETS - 1],
              *where_params, *outer_params]
    return sql, params


def _by_age(starts: list[date], values: list[float]) -> tuple[str, list[Any]]:
    """SQL for values[bucket of i.occurred_on]: the newest bucket whose start it is after."""
    whens = " ".join(["WHEN i.occurred_on > %s THEN %s"] * len(starts))
    params = [v for start, value in zip(starts, values, strict=False) for v in (start, value)]
    return f"CASE {whens} ELSE %s END", [*params, values[len(starts)]]


def _recent_counts(column: str, count: int) -> str:
    """SQL for `count` sums of last-year rows whose column equals a parameter each."""
    one = f"SUM(CASE WHEN x.recent = 1 AND {column} = %s THEN 1 ELSE 0 END)"
    return ", ".join([one] * count)


def _flag(column: str, codes: frozenset[str]) -> str:
    """SQL for 1 when the column holds one of the codes, else 0 (codes are ours, not input)."""
    listed = ", ".join(f"'{code}'" for code in sorted(codes))
    return f"CASE WHEN {column} IN ({listed}) THEN 1 ELSE 0 END"


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of up to `size` items (itertools.batched is Python 3.12)."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _day(value: date | str | None) -> date | None:
    # SQLite hands back MIN/MAX of a date column as text: the column type is lost in aggregates.
    return value if value is None or isinstance(value, date) else date.fromisoformat(value)


def _update_many(model: type[models.Model], fields: list[str], rows: list[tuple[Any, ...]]) -> None:
    """UPDATE model SET fields WHERE pk, once per row: each row is (*values, pk)."""
    if not rows:
        return
    meta, quote = model._meta, connection.ops.quote_name
    columns = [cast("models.Field[Any, Any]", meta.get_field(name)) for name in fields]
    assignments = ", ".join(f"{quote(str(c.column))} = %s" for c in columns)
    sql = (f"UPDATE {quote(meta.db_table)} SET {assignments} "
           f"WHERE {quote(str(meta.pk.column))} = %s")
    prepared = [
        (*(c.get_db_prep_save(v, connection) for c, v in zip(columns, row, strict=False)), row[-1])
        for row in rows
    ]
    with connection.cursor() as cursor:
        for batch in batched(prepared, WRITE_BATCH):
            cursor.executemany(sql, batch)
