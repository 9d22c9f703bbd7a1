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

import json
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from itertools import islice
from typing import Any, TypeVar, cast

from django.db import connection, models, transaction
from django.db.models import CharField, TextField
from django.db.models.functions import Cast
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
    bucket_of,
    score,
)

T = TypeVar("T")

SLICE = 5000
WRITE_BATCH = 2000
DERIVED_FIELDS = ["strength_reasons", "strength_quarter_ago", "last_interaction_on",
                  "cadence_days", "due_on", "computed_at"]
KINDS = list(Kind.values)
DIRECTIONS = list(Direction.values)
THROUGH = Interaction.contacts.through._meta.db_table
INTERACTIONS = Interaction._meta.db_table
DAYS = "relationships_days"  # a temporary table, per connection


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
    stored = _stored(ids, locked=started is not None)
    fresh = {pk for pk, row in stored.items() if started and row[-1] and row[-1] >= started}
    now = timezone.now()
    strengths, changed, created, advanced = [], [], [], []
    for pk, contact in _contact_rows(owner, ids).items():
        if pk in fresh:
            continue
        old = stored.get(pk)
        strength, *new = _derived(contact, old[0] if old else "", tallies.get(pk) or Tally(),
                                  today)
        if strength != contact.strength:
            strengths.append((strength, pk))
        if old is None:
            created.append(Relationship(contact_id=pk, owner=owner, **dict(
                zip(DERIVED_FIELDS, [*new, now], strict=True))))
        elif started is None or not _same(new, old[1:-1]):
            changed.append((*new, now, pk))
            advanced += [pk] if _later(new[2], old[3]) else []
    _update_many(Contact, ["strength"], strengths)
    _update_many(Relationship, DERIVED_FIELDS, changed)
    # A row another recompute created meanwhile holds a view at least as new: keep it.
    Relationship.objects.bulk_create(created, batch_size=WRITE_BATCH, ignore_conflicts=True)
    # A newer interaction starts a new keep-in-touch round; a snooze was for the old one.
    Relationship.objects.filter(contact_id__in=advanced).update(snoozed_until=None)
    return len(ids) - len(fresh)


def _stored(ids: list[int], *, locked: bool) -> dict[int, tuple[Any, ...]]:
    """Per contact: (tier, reasons as stored JSON text, the other DERIVED_FIELDS in order)."""
    found = Relationship.objects.filter(contact_id__in=ids)
    if locked:
        found = found.select_for_update()  # an interaction logged now waits for this slice
    rows = found.annotate(reasons_text=Cast("strength_reasons", TextField())).values_list(
        "contact_id", "tier", "reasons_text", *DERIVED_FIELDS[1:])
    return {row[0]: row[1:] for row in rows}


def _same(new: list[Any], old: tuple[Any, ...]) -> bool:
    """Whether freshly derived values equal the stored ones (reasons compared as JSON)."""
    if new[1:] != list(old[1:]):
        return False
    # SQLite keeps the text json.dumps wrote; PostgreSQL's jsonb reorders keys, so parse then.
    return json.dumps(new[0]) == old[0] or bool(json.loads(old[0]) == new[0])


def _contact_rows(owner: User, ids: list[int]) -> dict[int, ContactRow]:
    # created_at as text: its UTC day is close enough for a due base, and parsing 50,000 aware
    # datetimes would cost more than the rest of the row.
    rows = Contact.objects.owned_by(owner).filter(pk__in=ids).annotate(
        added=Cast("created_at", CharField())).values_list(
        "pk", "first_met", "added", "cadence_days", "strength")
    return {pk: ContactRow(first_met, date.fromisoformat(added[:10]), cadence, strength)
            for pk, first_met, added, cadence, strength in rows}


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


def _counts(codes: list[str], numbers: Iterable[int]) -> dict[str, int]:
    return {code: n for code, n in zip(codes, numbers, strict=True) if n}


def _aggregate(
    owner: User, ids: Sequence[int] | None, today: date
) -> Iterator[tuple[Any, ...]]:
    scope, scope_params = _scope(ids)
    with connection.cursor() as cursor, _day_table(cursor, owner, scope, scope_params, today):
        cursor.execute(*_aggregate_sql(owner, ids, scope, scope_params))
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


def _aggregate_sql(owner: User, ids: Sequence[int] | None, scope: str,
                   scope_params: list[Any]) -> tuple[str, list[Any]]:
    """One row per contact: the sums of `Tally`, in its field order, then first/last days.

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
        DIRECTIONS)
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
               {", ".join(counts)},
               SUM(CASE WHEN i.id IN (SELECT interaction_id FROM grp) THEN 0 ELSE 1 END),
               MIN(i.occurred_on), MAX(i.occurred_on),
               MAX(CASE WHEN d.settled = 1 THEN i.occurred_on END)
        FROM {INTERACTIONS} i CROSS JOIN {THROUGH} t CROSS JOIN {DAYS} d
        WHERE t.interaction_id = i.id AND d.day = i.occurred_on AND i.owner_id = %s {scope}
        {only_these}
        GROUP BY t.contact_id
    """
    params = [*([owner.pk, *scope_params] if scope else []),
              *weight_params, GROUP_WEIGHT, *weight_params, GROUP_WEIGHT,
              *KINDS, *DIRECTIONS, owner.pk, *scope_params, *(ids or [])]
    return sql, params


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
