"""Storing one file's `Incoming`s for one owner: match, then write new and changed contacts.

Runs inside the caller's transaction; the caller decides whether it commits (import) or rolls
back (preview, dry run).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from django.utils import timezone

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.imports.bulk import allocate_ids
from nettverk.imports.identity import IdentityIndex
from nettverk.imports.incoming import Incoming
from nettverk.imports.lookups import Lookups
from nettverk.imports.store_existing import Change, ExistingContacts
from nettverk.imports.store_new import ContactRows, NewContacts

# (done, total) for a progress bar: each record counts once when matched, once when written.
Progress = Callable[[int, int], None]
_STEP = 2000


@dataclass
class Stored:
    """What `store` did; `new_items[i]` became the contact `new_ids[i]`; `lookups` the names of
    organizations, tags and arenas as they stand after it."""

    lookups: Lookups
    new_ids: list[int] = field(default_factory=list)
    updated_ids: list[int] = field(default_factory=list)
    unchanged: int = 0
    conflicts: int = 0
    new_items: list[Incoming] = field(default_factory=list)


@dataclass
class Plan:
    """What `write` will store: who is new (ids given, names of organizations, tags and arenas
    created) and which records go to which known contact; none of the people written yet."""

    stored: Stored  # its lookups, new_ids and new_items are final
    matched: dict[int, list[Incoming]]
    total: int  # records in the file
    new_contacts: NewContacts

    def rows_of_second_half(self) -> ContactRows:
        """Pure work that `write` can be given made elsewhere (`NewContacts.write`)."""
        return self.new_contacts.rows_of_second_half(self.stored.new_items, self.stored.new_ids)


def store(owner: User, items: Sequence[Incoming], progress: Progress | None = None) -> Stored:
    """Write `items`: new people as new contacts, known ones merged into theirs."""
    return write(owner, plan(owner, items, progress), progress)


def plan(owner: User, items: Sequence[Incoming], progress: Progress | None = None) -> Plan:
    index = IdentityIndex.load(owner)
    fresh, matched = match(items, index, progress or _quiet)
    lookups = Lookups.load(owner)
    lookups.organizations.ensure(str(i.fields["organization"]) for i in fresh
                                 if "organization" in i.fields)
    lookups.arenas.ensure(str(i.fields["arena"]) for i in fresh if "arena" in i.fields)
    lookups.tags.ensure(tag for i in fresh for tag in i.tags)
    new = Stored(lookups, new_ids=allocate_ids(Contact, len(fresh)), new_items=fresh)
    return Plan(new, matched, len(items), NewContacts(owner, lookups, timezone.now()))


def write(owner: User, plan: Plan, progress: Progress | None = None,
          second_half: Callable[[], ContactRows] | None = None) -> Stored:
    """Store what `plan` decided; `second_half` gives `plan.rows_of_second_half()` made
    elsewhere."""
    tick, total, result = progress or _quiet, 2 * plan.total, plan.stored
    plan.new_contacts.write(result.new_items, result.new_ids, second_half)
    tick(total - sum(map(len, plan.matched.values())), total)
    existing = ExistingContacts(owner, list(plan.matched))
    changes = {pk: existing.plan(pk, found) for pk, found in plan.matched.items()}
    existing.write(changes, result.lookups, plan.new_contacts.now)
    _count(result, changes)
    tick(total, total)
    return result


def _quiet(done: int, total: int) -> None:
    pass


def match(items: Sequence[Incoming], index: IdentityIndex,
          tick: Progress) -> tuple[list[Incoming], dict[int, list[Incoming]]]:
    """Split into people not seen before (several records of one person folded into one)
    and the records of each known contact, in file order."""
    fresh: list[Incoming] = []
    pending: dict[str, int] = {}  # identity key → position in `fresh`
    matched: dict[int, list[Incoming]] = {}
    for count, item in enumerate(items, 1):
        pk = index.find(item.keys)
        if pk is not None:
            matched.setdefault(pk, []).append(item)
            continue
        position = next((pending[key] for key in item.keys if key in pending), None)
        if position is None:
            position = len(fresh)
            fresh.append(item)
        else:
            fresh[position].absorb(item)
        for key in item.keys:
            pending.setdefault(key, position)
        if count % _STEP == 0:
            tick(count, 2 * len(items))
    return fresh, matched


def _count(result: Stored, changes: dict[int, Change]) -> None:
    for pk, change in changes.items():
        if change.stored:
            result.updated_ids.append(pk)
        else:
            result.unchanged += 1
        result.conflicts += len(change.conflicts)
