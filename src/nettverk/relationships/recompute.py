"""Keeping strength, due dates and the needs index current.

`strength_recompute(owner, ids)` runs after an interaction with those contacts is logged,
changed or deleted (and after a contact's cadence or needs change); `strength_recompute(owner)`
(daily, `nettverk strength --recompute`) redoes everyone, because strength fades as days pass
even when nothing is logged.

The database does the heavy part: one GROUP BY contact sums every interaction's faded weight
(`strength.Tally.add`, written as SQL from the same constants), so a million interactions come
back as one row per contact. The daily run reads all of them at once, outside any transaction,
then writes in slices of `SLICE` contacts, each in its own short transaction; a contact whose
strength was worked out again while it ran (`computed_at`) is left alone, so a change logged
meanwhile is never overwritten with an older view. Only rows whose values changed are written,
with executemany: Django's `bulk_update` builds a CASE chain per row, quadratic at this size.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from itertools import islice
from typing import Any, TypeVar, cast

from django.db import connection, models, transaction
from django.db.models import CharField, QuerySet
from django.db.models.functions import Cast
from django.utils import timezone

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.interactions.models import Direction, Interaction, Kind
from nettverk.relationships.cadence import cadence_in_force, due_date
from nettverk.relationships.models import NeedWord, Relationship
from nettverk.relationships.needs import need_words, needs_digest
from nettverk.relationships.offers import suggestions_forget
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
    score,
)

T = TypeVar("T")
# Which contacts a slice covers, as a lookup on their ids: ("in", ids) or ("range", (lo, hi)).
Pick = tuple[str, Any]

SLICE = 5000
WRITE_BATCH = 2000
DERIVED_FIELDS = ["strength_quarter_ago", "last_interaction_on", "cadence_days", "due_on",
                  "last_given_on", "needs_digest", "computed_at"]
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
    needs: str


def strength_recompute(owner: User, contact_ids: Collection[int] | None = None, *,
                       today: date | None = None) -> int:
    """Recompute the given contacts of `owner` (all when None); returns how many were done."""
    today = today or timezone.localdate()
    if contact_ids is not None:
        ids = list(contact_ids)
        with transaction.atomic():
            return _write_slice(owner, ("in", ids), tallies_for(owner, ids, today), today, None)
    started = timezone.now()
    tallies = tallies_for(owner, None, today)
    done = 0
    everyone = Contact.objects.owned_by(owner).order_by("pk").values_list("pk", flat=True)
    for ids in batched(everyone.iterator(), SLICE):
        # A range, not 5,000 ids: the owner's contacts in it are exactly this slice.
        with transaction.atomic():
            done += _write_slice(owner, ("range", (ids[0], ids[-1])), tallies, today, started)
    return done


def strength_recompute_all(*, today: date | None = None) -> tuple[int, int]:
    """Every user's contacts: (users, contacts)."""
    users = contacts = 0
    for owner in User.objects.order_by("pk"):
        count = strength_recompute(owner, today=today)
        users, contacts = users + bool(count), contacts + count
    return users, contacts


def _write_slice(owner: User, pick: Pick, tallies: dict[int, Tally], today: date,
                 started: datetime | None) -> int:
    """Work out and store the owner's contacts `pick` selects; with `started`, skip any
    recomputed since then."""
    lookup, value = pick
    mine = Relationship.objects.owned_by(owner).filter(**{f"contact__pk__{lookup}": value})
    if started is not None:
        mine = mine.select_for_update()  # an interaction logged now waits for this slice
    stored = {row[0]: row[1:]
              for row in mine.values_list("contact_id", "tier", *DERIVED_FIELDS[:-1])}
    fresh = set(mine.filter(computed_at__gte=started).values_list("contact_id", flat=True)
                if started else [])
    contacts = _contact_rows(Contact.objects.owned_by(owner).filter(**{f"pk__{lookup}": value}))
    now = timezone.now()
    strengths, changed, created, advanced, needs = [], [], [], [], []
    helped = False
    for pk, contact in contacts.items():
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
        elif started is None or tuple(new) != old[1:]:
            changed.append((*new, now, pk))
            advanced += [pk] if _later(new[1], old[2]) else []
        if new[5] != (old[6] if old else ""):
            needs.append((pk, contact.needs))
        helped |= old is not None and new[4] != old[5]
    _update_many(Contact, ["strength"], strengths)
    _update_many(Relationship, DERIVED_FIELDS, changed)
    # A row another recompute created meanwhile holds a view at least as new: keep it.
    Relationship.objects.bulk_create(created, batch_size=WRITE_BATCH, ignore_conflicts=True)
    # A newer interaction starts a new keep-in-touch round; a snooze was for the old one.
    Relationship.objects.filter(contact_id__in=advanced).update(snoozed_until=None)
    _reindex_needs(owner, needs)
    if needs or helped or created:
        suggestions_forget(owner.pk)  # whom to help may have changed
    return len(contacts) - len(fresh)


def _contact_rows(found: QuerySet[Contact]) -> dict[int, ContactRow]:
    # created_at as text: its UTC day is close enough for a due base, and parsing 50,000 aware
    # datetimes would cost more than the rest of the row.
    rows = found.annotate(
        added=Cast("created_at", CharField())).values_list(
        "pk", "first_met", "added", "cadence_days", "strength", "needs")
    return {pk: ContactRow(first_met, date.fromisoformat(added[:10]), cadence, strength, needs)
            for pk, first_met, added, cadence, strength, needs in rows}


def _derived(contact: ContactRow, tier: str, tally: Tally, today: date) -> tuple[Any, ...]:
    """(strength, then the DERIVED_FIELDS but computed_at, in order) for one contact."""
    result = score(tally, first_met=contact.first_met, today=today)
    cadence = cadence_in_force(contact.cadence_days, tier)
    due = due_date(cadence, last_on=tally.last_on, first_met=contact.first_met,
                   added_on=contact.added_on)
    return (result.strength, result.quarter_ago, tally.last_on, cadence, due, tally.last_given_on,
            needs_digest(contact.needs))


def _reindex_needs(owner: User, changed: list[tuple[int, str]]) -> None:
    NeedWord.objects.filter(contact_id__in=[pk for pk, _needs in changed]).delete()
    NeedWord.objects.bulk_create(
        [row for pk, needs in changed for row in need_words(owner, pk, needs)],
        batch_size=WRITE_BATCH)


def _later(new: date | None, old: date | None) -> bool:
    return new is not None and (old is None or new > old)


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
