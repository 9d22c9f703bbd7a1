"""Writing contacts an import has not seen before: every table in one pass, in bulk."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any, NamedTuple, cast
from uuid import uuid4

from django.db import models

from nettverk.accounts.models import User
from nettverk.contacts.models import (
    DECISION_MAKER_SENIORITIES,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactLink,
    ContactPhone,
    ContactPhoto,
    ContactSource,
)
from nettverk.imports.incoming import Incoming
from nettverk.imports.lookups import Lookups, Names
from nettverk.lib.bulk_rows import insert_rows
from nettverk.lib.row_builder import RowBuilder
from nettverk.lib.titles import classify_title


@lru_cache(maxsize=8192)
def classified(title: str) -> tuple[str, str, bool]:
    """(function, seniority, decision-maker) of a title; an export repeats its titles."""
    found = classify_title(title)
    return found.function, found.seniority, found.seniority in DECISION_MAKER_SENIORITIES


# The tables that point at a contact, under the name an import gathers their rows by, with
# the fields its rows hold, in order.
CHILDREN: dict[str, tuple[type[models.Model], tuple[str, ...]]] = {
    "emails": (ContactEmail, ("contact", "address", "label")),
    "phones": (ContactPhone, ("contact", "number", "label")),
    "links": (ContactLink, ("contact", "url", "kind")),
    "addresses": (ContactAddress, ("contact", "text", "label")),
    "sources": (ContactSource, ("contact", "kind", "key", "file_name", "imported_at")),
    "photos": (ContactPhoto, ("contact", "data", "content_type")),
    "tags": (Contact.tags.through, ("contact", "tag")),
}
# New contacts whose rows are made and written at a time, where no other core makes half of them.
SLICE = 10_000
# The tables a new contact's rows go into, the contacts' first.
TABLES: tuple[type[models.Model], ...] = (
    Contact, *(model for model, _fields in CHILDREN.values()))


def columns(model: type[models.Model], *names: str) -> tuple[str, list[str]]:
    meta = model._meta
    return meta.db_table, [str(cast("models.Field[Any, Any]", meta.get_field(name)).column)
                           for name in names]


class Uids:
    """Random version-4 UUIDs that follow one another within one import, so 100,000 of them
    go into the (owner, uid) index side by side instead of at 100,000 random places. As 32 hex
    digits, which both databases take as they are: new contacts' rows hold them unadapted."""

    def __init__(self) -> None:
        self.base = uuid4().int & ~0xFFFFFF  # room for 16 million before a carry

    def at(self, position: int) -> str:
        """The uid of the import's `position`-th new contact, wherever its row is made."""
        return f"{self.base | (position + 1):032x}"


class ContactRows(NamedTuple):
    rows: list[list[Any]]
    touched: set[str]  # the fields some row set (see `RowBuilder.insert`)


class NewContacts:
    """Rows for new contacts and everything that hangs off them, written by `write()`."""

    def __init__(self, owner: User, lookups: Lookups, now: datetime) -> None:
        self.owner, self.lookups, self.now = owner, lookups, now
        self.contacts = RowBuilder(Contact, with_id=True)
        self.children: dict[str, list[tuple[Any, ...]]] = {name: [] for name in CHILDREN}
        self.uids = Uids()
        self.when = self.contacts.adapters["created_at"]
        self.moment = self.when(now)
        self.blank = self.contacts.row({"owner_id": owner.pk})
        self.slots = _Slots(self.contacts, lookups)
        self.contacts.touched.update(_Fixed._fields)  # see `rows` for the others

    def write(self, items: Sequence[Incoming], ids: Sequence[int],
              second_half: Callable[[], ContactRows] | None = None) -> None:
        """`ids[i]` becomes the id of `items[i]` (see `bulk.allocate_ids`). `second_half`,
        when given, makes the contact rows of the second half (`rows_of_second_half`), as an
        import does on its other core while this process makes the rest.

        The contacts go in before the rows that point at them: with those first, SQLite would
        look for them in every table that refers to contacts at each contact it inserts."""
        if second_half:
            rows = self.rows(items, ids, 0, _middle(items)).rows
            theirs = second_half()
            rows += theirs.rows
            self.contacts.touched |= theirs.touched
            self.contacts.insert(rows)
        else:  # a slice at a time: a restore's rows are wide, and its contacts hold much
            for start in range(0, len(items), SLICE):
                self.contacts.insert(self.rows(items, ids, start,
                                               min(start + SLICE, len(items))).rows)
        for pk, item in zip(ids, items, strict=True):
            self._children(pk, item)
        write_children(self.children)

    def rows_of_second_half(self, items: Sequence[Incoming], ids: Sequence[int]) -> ContactRows:
        return self.rows(items, ids, _middle(items), len(items))

    def rows(self, items: Sequence[Incoming], ids: Sequence[int], start: int,
             stop: int) -> ContactRows:
        """The contact rows of `items[start:stop]`: pure work, no database."""
        rows = [self._contact(ids[i], items[i], i) for i in range(start, stop)]
        # What the rows set, for `RowBuilder.insert`: once here rather than at every row.
        names: set[str] = set()
        names.update(*(items[i].fields for i in range(start, stop)))
        self.contacts.touched.update(self.slots.column_of(name) for name in names)
        return ContactRows(rows, set(self.contacts.touched))

    def _contact(self, pk: int, item: Incoming, position: int) -> list[Any]:
        if item.restored is not None:
            return self._restored(pk, item, item.restored.values)
        # The hot loop of an import (100,000 rows): straight into a copy of a blank row.
        row = self.blank.copy()
        slots = self.slots
        for name, value in item.fields.items():
            index, adapt = slots[name]
            row[index] = value if adapt is None else adapt(value)
        at = slots.fixed
        # `Uids.at` gives the database's form already: no adapting 100,000 uids.
        row[at.id], row[at.source], row[at.uid] = pk, item.kind, self.uids.at(position)
        row[at.field_sources] = slots.sources(item.field_sources)
        row[at.function], row[at.seniority], row[at.decision_maker] = classified(
            str(item.fields.get("title", "")))
        return row

    def _restored(self, pk: int, item: Incoming, restored: dict[str, Any]) -> list[Any]:
        """A backup's contact: its uid, classification, dates and any other field."""
        values = contact_values(item.fields, self.lookups)
        values.update({"id": pk, "owner_id": self.owner.pk, "source": item.kind,
                       "field_sources": item.field_sources})
        values["function"], values["seniority"], values["decision_maker"] = classified(
            str(item.fields.get("title", "")))
        values.update(restored)
        return self.contacts.row(values)

    def _children(self, pk: int, item: Incoming) -> None:
        # Most lists are empty or hold one value: tested first, as a generator costs more to set
        # up than the one row it would make (100,000 contacts, seven lists each).
        rows = self.children
        if item.emails:
            rows["emails"].extend((pk, address, label) for address, label in item.emails)
        if item.phones:
            rows["phones"].extend((pk, number, label) for number, label in item.phones)
        if item.links:
            rows["links"].extend((pk, url, kind) for url, kind in item.links)
        if item.addresses:
            rows["addresses"].extend((pk, text, label) for text, label in item.addresses)
        rows["sources"].extend((pk, kind, key, name, self.moment if at is None else self.when(at))
                               for kind, key, name, at in item.sources)
        if item.photo:
            rows["photos"].append((pk, item.photo[0], item.photo[1]))
        if item.tags:
            tag_ids = {self.lookups.tags.id_of(tag) for tag in item.tags}
            rows["tags"].extend((pk, tag_id) for tag_id in sorted(tag_ids))


def write_children(rows: dict[str, list[tuple[Any, ...]]]) -> None:
    """Rows of the tables that point at contacts, by their `CHILDREN` name (values in its
    fields' order, adapted); a name left out has none."""
    for name, (model, fields) in CHILDREN.items():
        insert_rows(*columns(model, *fields), rows.get(name, []))


class _Fixed(NamedTuple):
    """Positions in a contact row of the columns every new contact's row sets."""

    id: int
    source: int
    uid: int
    field_sources: int
    function: int
    seniority: int
    decision_maker: int


class _Slots(dict[str, tuple[int, Callable[[Any], Any] | None]]):
    """Field name → (position in a contact row, what adapts its value or None), as
    `RowBuilder.slot` says; an organization's or an arena's name becomes its id."""

    def __init__(self, contacts: RowBuilder, lookups: Lookups) -> None:
        super().__init__()
        self.contacts = contacts
        for name, names in _named(lookups).items():
            self[name] = (contacts.slot(_BY_ID[name])[0], names.id_of)
        self.fixed = _Fixed(*(contacts.slot(name)[0] for name in _Fixed._fields))
        self.sources = cast("Callable[[Any], Any]", contacts.slot("field_sources")[1])

    @staticmethod
    def column_of(name: str) -> str:
        """The field (attname) a value of `name` sets."""
        return _BY_ID.get(name, name)

    def __missing__(self, name: str) -> tuple[int, Callable[[Any], Any] | None]:
        self[name] = found = self.contacts.slot(name)
        return found


# The fields an import gives by name whose contact column holds an id.
_BY_ID = {"organization": "organization_id", "arena": "arena_id"}


def _named(lookups: Lookups) -> dict[str, Names]:
    return {"organization": lookups.organizations, "arena": lookups.arenas}


def _middle(items: Sequence[Incoming]) -> int:
    return len(items) // 2


def contact_values(fields: dict[str, Any], lookups: Lookups) -> dict[str, Any]:
    """Contact attribute values for an import's fields: names of organization and arena
    become their ids (both must exist by now)."""
    values = dict(fields)
    for name, names in _named(lookups).items():
        given = values.pop(name, None)
        if given:
            values[_BY_ID[name]] = names.id_of(given)
    return values
