"""Keeping strength, due dates and the needs index current.

`strength_recompute(owner, ids)` runs after an interaction with those contacts is logged,
changed or deleted (and after a contact's cadence or needs change); `strength_recompute(owner)`
(daily, `nettverk strength --recompute`) redoes everyone, because strength fades as days pass
even when nothing is logged.

The database does the heavy part (`aggregate.tallies_for`): a million interactions come back as
one row of sums per contact. The daily run reads all of them at once, outside any transaction,
then writes in slices of `SLICE` contacts, each in its own short transaction; a contact whose
strength was worked out again while it ran (`computed_at`) is left alone, so a change logged
meanwhile is never overwritten with an older view. Only rows whose values changed are written,
with executemany: Django's `bulk_update` builds a CASE chain per row, quadratic at this size.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice
from typing import Any, NamedTuple, TypeVar, cast

from django.db import connection, models, transaction
from django.db.models import CharField, QuerySet
from django.db.models.functions import Cast
from django.utils import timezone

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.lib.row_builder import RowBuilder
from nettverk.relationships.aggregate import tallies_for
from nettverk.relationships.cadence import cadence_in_force, due_date
from nettverk.relationships.models import NeedWord, Relationship, TagCadence
from nettverk.relationships.needs import need_words, needs_digest
from nettverk.relationships.offers import suggestions_forget
from nettverk.relationships.strength import Tally, score

T = TypeVar("T")
# Which contacts a slice covers, as a lookup on their ids: ("in", ids) or ("range", (lo, hi)).
Pick = tuple[str, Any]

SLICE = 5000
WRITE_BATCH = 2000


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


class Derived(NamedTuple):
    """What a recompute stores on the relationship, in `DERIVED_FIELDS` order."""

    strength_quarter_ago: int
    last_interaction_on: date | None
    cadence_days: int | None
    due_on: date | None
    last_given_on: date | None
    needs_digest: str


DERIVED_FIELDS = [*Derived._fields, "computed_at"]


@dataclass
class Writes:
    """What one slice changes, written in a few statements at the end."""

    strengths: list[tuple[int, int]] = field(default_factory=list)
    changed: list[tuple[Any, ...]] = field(default_factory=list)
    created: list[dict[str, Any]] = field(default_factory=list)
    advanced: list[int] = field(default_factory=list)
    needs: list[tuple[int, str]] = field(default_factory=list)
    helped: bool = False

    def flush(self, owner: User) -> None:
        _update_many(Contact, ["strength"], self.strengths)
        _update_many(Relationship, DERIVED_FIELDS, self.changed)
        # A row another recompute created meanwhile holds a view at least as new: keep it.
        builder = RowBuilder(Relationship, with_id=True)
        builder.insert([builder.row(values) for values in self.created], skip_taken=True)
        # A newer interaction starts a new keep-in-touch round; a snooze was for the old one.
        Relationship.objects.filter(contact_id__in=self.advanced).update(snoozed_until=None)
        _reindex_needs(owner, self.needs)
        if self.needs or self.helped or self.created:
            suggestions_forget(owner.pk)  # whom to help may have changed


def _write_slice(owner: User, pick: Pick, tallies: dict[int, Tally], today: date,
                 started: datetime | None) -> int:
    """Work out and store the owner's contacts `pick` selects; with `started`, skip any
    recomputed since then."""
    lookup, value = pick
    mine = Relationship.objects.owned_by(owner).filter(**{f"contact__pk__{lookup}": value})
    if started is not None:
        mine = mine.select_for_update()  # an interaction logged now waits for this slice
    stored = {row[0]: (row[1], Derived(*row[2:]))
              for row in mine.values_list("contact_id", "tier", *Derived._fields)}
    fresh = set(mine.filter(computed_at__gte=started).values_list("contact_id", flat=True)
                if started else [])
    contacts = _contact_rows(Contact.objects.owned_by(owner).filter(**{f"pk__{lookup}": value}))
    tag_days = _tag_cadences(owner, pick)
    writes, now = Writes(), timezone.now()
    for pk, contact in contacts.items():
        if pk in fresh:
            continue
        tier, old = stored.get(pk, ("", None))
        strength, new = _derived(contact, tier, tag_days.get(pk), tallies.get(pk) or Tally(),
                                 today)
        if strength != contact.strength:
            writes.strengths.append((strength, pk))
        if old is None:
            writes.created.append({"contact_id": pk, "owner_id": owner.pk, "computed_at": now,
                                   **new._asdict()})
        elif started is None or new != old:
            writes.changed.append((*new, now, pk))
            if _later(new.last_interaction_on, old.last_interaction_on):
                writes.advanced.append(pk)
            writes.helped |= new.last_given_on != old.last_given_on
        if new.needs_digest != (old.needs_digest if old else ""):
            writes.needs.append((pk, contact.needs))
    writes.flush(owner)
    return len(contacts) - len(fresh)


def _contact_rows(found: QuerySet[Contact]) -> dict[int, ContactRow]:
    # created_at as text: its UTC day is close enough for a due base, and parsing 50,000 aware
    # datetimes would cost more than the rest of the row.
    rows = found.annotate(
        added=Cast("created_at", CharField())).values_list(
        "pk", "first_met", "added", "cadence_days", "strength", "needs")
    return {pk: ContactRow(first_met, date.fromisoformat(added[:10]), cadence, strength, needs)
            for pk, first_met, added, cadence, strength, needs in rows}


def _tag_cadences(owner: User, pick: Pick) -> dict[int, int]:
    """The shortest tag default cadence of each contact `pick` selects that has one."""
    lookup, value = pick
    rows = (TagCadence.objects.owned_by(owner)
            .filter(**{f"tag__contacts__pk__{lookup}": value})
            .values_list("tag__contacts", "cadence_days"))
    shortest: dict[int, int] = {}
    for pk, days in rows:
        shortest[pk] = min(days, shortest.get(pk, days))
    return shortest


def _derived(contact: ContactRow, tier: str, tag_days: int | None, tally: Tally,
             today: date) -> tuple[int, Derived]:
    """The contact's strength, and what the relationship row should hold."""
    result = score(tally, first_met=contact.first_met, today=today)
    cadence = cadence_in_force(contact.cadence_days, tier, tag_days)
    due = due_date(cadence, last_on=tally.last_on, first_met=contact.first_met,
                   added_on=contact.added_on)
    return result.strength, Derived(result.quarter_ago, tally.last_on, cadence, due,
                                    tally.last_given_on, needs_digest(contact.needs))


def _reindex_needs(owner: User, changed: list[tuple[int, str]]) -> None:
    NeedWord.objects.filter(contact_id__in=[pk for pk, _needs in changed]).delete()
    NeedWord.objects.bulk_create(
        [row for pk, needs in changed for row in need_words(owner, pk, needs)],
        batch_size=WRITE_BATCH)


def _later(new: date | None, old: date | None) -> bool:
    return new is not None and (old is None or new > old)


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of up to `size` items (itertools.batched is Python 3.12)."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


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
