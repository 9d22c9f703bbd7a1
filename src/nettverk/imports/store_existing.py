"""Bringing an import's news into contacts that already exist, without losing anything.

A single-valued field is refreshed only when it is empty, or when its value came from the same
kind of source as the incoming one (`Contact.field_sources`); a value the user typed
("manual", and any field without a recorded source) or one another source set is kept, and the
incoming value is recorded as an `ImportConflict` for the user to take or dismiss. Emails,
phones, links, addresses, tags and sources are unioned, never dropped. An existing photo is kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.db.models import QuerySet

from nettverk.accounts.models import User
from nettverk.contacts.models import (
    Contact,
    ContactAddress,
    ContactEmail,
    ContactLink,
    ContactPhone,
    ContactPhoto,
    ContactSource,
)
from nettverk.contacts.validation import birthday_text
from nettverk.imports.identity import linkedin_key
from nettverk.imports.incoming import FIELDS, Incoming, Pair, Source, Value, value_key
from nettverk.imports.lookups import Lookups
from nettverk.imports.models import ImportConflict
from nettverk.imports.store_new import classified, contact_values, write_children
from nettverk.lib.bulk_rows import chunks
from nettverk.lib.row_builder import moment

# Where each import field's current value is read from.
_READ = {name: name for name in FIELDS} | {"organization": "organization__name",
                                          "arena": "arena__name"}
_CASELESS = frozenset({"organization", "arena"})
_WHOLE_OWNER = 5000  # above this many contacts, read the owner's rows rather than IN lists
_IN_SIZE = 900  # SQLite's historic limit is 999 parameters per statement


def link_key(url: str) -> str:
    """Two links are the same profile when their LinkedIn keys or their text agree."""
    return linkedin_key(url) or value_key(url)


def field_text(value: Value | None) -> str:
    """A value as a conflict records it; a birthday without a year as "--MM-DD"."""
    if isinstance(value, date):
        return birthday_text(value) or ""
    return "" if value is None else str(value)


@dataclass
class Change:
    """What an import does to one existing contact."""

    values: dict[str, Value] = field(default_factory=dict)
    field_sources: dict[str, str] = field(default_factory=dict)
    rows: dict[str, list[Pair]] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    photo: tuple[bytes, str] | None = None
    conflicts: list[tuple[str, str, str, str]] = field(default_factory=list)

    @property
    def stored(self) -> bool:
        """Whether the contact itself changes (a recorded conflict alone does not)."""
        return bool(self.values or any(self.rows.values()) or self.tags or self.sources
                    or self.photo)


class ExistingContacts:
    """The current state of the contacts an import matched, loaded in a few queries."""

    def __init__(self, owner: User, ids: Sequence[int]) -> None:
        self.owner, self.ids = owner, list(ids)
        wanted = set(self.ids)
        self.state: dict[int, dict[str, Any]] = {}
        read = Contact.objects.owned_by(owner)
        for row in self._rows(read, "pk", ["pk", "field_sources", "classification_manual",
                                           *_READ.values()]):
            if row[0] in wanted:
                self.state[row[0]] = dict(zip(["pk", "field_sources", "manual_class", *_READ],
                                              row, strict=True))
        self.keys = {kind: self._keys(kind) for kind in ("emails", "phones", "links",
                                                          "addresses")}
        self.tags = self._grouped(Contact.tags.through.objects.all(), "contact_id",
                                  "tag__name", str.lower)
        self.sources = self._grouped_pairs()
        self.photos = {row[0] for row in self._rows(
            ContactPhoto.objects.filter(contact__owner=owner), "contact_id", ["contact_id"])}
        self.conflicts = {tuple(row) for row in self._rows(
            ImportConflict.objects.filter(contact__owner=owner), "contact_id",
            ["contact_id", "field", "incoming"])}

    def _rows(self, query: QuerySet[Any], by: str, names: list[str]) -> Iterator[tuple[Any, ...]]:
        if len(self.ids) > _WHOLE_OWNER:
            yield from query.values_list(*names).iterator(chunk_size=5000)
            return
        for part in chunks(self.ids, _IN_SIZE):
            yield from query.filter(**{f"{by}__in": part}).values_list(*names)

    def _keys(self, kind: str) -> dict[int, set[str]]:
        model, column, key = {
            "emails": (ContactEmail, "address", str.lower),
            "phones": (ContactPhone, "number", value_key),
            "links": (ContactLink, "url", link_key),
            "addresses": (ContactAddress, "text", value_key),
        }[kind]
        return self._grouped(model.objects.all(), "contact_id", column, key)  # type: ignore[attr-defined]

    def _grouped(self, query: QuerySet[Any], by: str, column: str,
                 key: Any) -> dict[int, set[str]]:
        found: dict[int, set[str]] = {pk: set() for pk in self.ids}
        for pk, value in self._rows(query.filter(contact__owner=self.owner), by, [by, column]):
            if pk in found:
                found[pk].add(key(value))
        return found

    def _grouped_pairs(self) -> dict[int, set[tuple[str, str]]]:
        found: dict[int, set[tuple[str, str]]] = {pk: set() for pk in self.ids}
        query = ContactSource.objects.filter(contact__owner=self.owner)
        for pk, kind, key in self._rows(query, "contact_id", ["contact_id", "kind", "key"]):
            if pk in found:
                found[pk].add((kind, key))
        return found

    def plan(self, pk: int, items: Iterable[Incoming]) -> Change:
        before = dict(self.state[pk])
        change = Change(field_sources=dict(before["field_sources"] or {}))
        for item in items:
            for name, value in item.fields.items():
                self._field(pk, change, name, value, item.field_sources.get(name, item.kind))
            self._lists(pk, change, item)
        # Two records of one person in a file may set a value and set it back: no change.
        for name in [n for n, value in change.values.items() if _same(n, before[n], value)]:
            del change.values[name]
        if not change.values and not change.photo:
            change.field_sources = dict(before["field_sources"] or {})
        return change

    def _field(self, pk: int, change: Change, name: str, value: Value, source: str) -> None:
        state = self.state[pk]
        current = state[name]
        if _same(name, current, value):
            return
        known = change.field_sources.get(name, "manual")
        if current in (None, "") or (known == source and source != "manual"):
            state[name] = change.values[name] = value
            change.field_sources[name] = source
            return
        conflict = (pk, name, field_text(value))
        if conflict not in self.conflicts:
            self.conflicts.add(conflict)
            change.conflicts.append((name, field_text(current), field_text(value), source))

    def _lists(self, pk: int, change: Change, item: Incoming) -> None:
        keyers = {"emails": str.lower, "phones": value_key, "links": link_key,
                  "addresses": value_key}
        for kind, keyer in keyers.items():
            have = self.keys[kind][pk]
            for pair in getattr(item, kind):
                key = keyer(pair[0])
                if key not in have:
                    have.add(key)
                    change.rows.setdefault(kind, []).append(pair)
        for tag in item.tags:
            if tag.lower() not in self.tags[pk]:
                self.tags[pk].add(tag.lower())
                change.tags.append(tag)
        for source in item.sources:
            if source[:2] not in self.sources[pk]:
                self.sources[pk].add(source[:2])
                change.sources.append(source)
        if item.photo and pk not in self.photos:
            self.photos.add(pk)
            change.photo = item.photo
            change.field_sources["photo"] = item.kind

    def write(self, changes: dict[int, Change], lookups: Lookups, now: datetime) -> None:
        lookups.organizations.ensure(str(c.values["organization"]) for c in changes.values()
                                     if "organization" in c.values)
        lookups.arenas.ensure(str(c.values["arena"]) for c in changes.values()
                              if "arena" in c.values)
        lookups.tags.ensure(tag for c in changes.values() for tag in c.tags)
        for pk, change in changes.items():
            if change.values or change.photo:
                self._update(pk, change, lookups, now)
        _write_rows(changes, lookups, now)

    def _update(self, pk: int, change: Change, lookups: Lookups, now: datetime) -> None:
        values = contact_values(change.values, lookups)
        if "title" in change.values and not self.state[pk]["manual_class"]:
            function, seniority, decision_maker = classified(str(change.values["title"]))
            values.update(function=function, seniority=seniority, decision_maker=decision_maker)
        Contact.objects.filter(pk=pk).update(field_sources=change.field_sources, updated_at=now,
                                             **values)


def _same(name: str, current: Any, value: Value) -> bool:
    if name in _CASELESS and isinstance(current, str):
        return current.lower() == str(value).lower()
    return bool(current == value)


def _write_rows(changes: dict[int, Change], lookups: Lookups, now: datetime) -> None:
    rows: dict[str, list[tuple[Any, ...]]] = {"tags": [], "sources": [], "photos": []}
    for pk, change in changes.items():
        for kind, pairs in change.rows.items():
            rows.setdefault(kind, []).extend((pk, a, b) for a, b in pairs)
        rows["tags"].extend((pk, lookups.tags.id_of(tag)) for tag in change.tags)
        rows["sources"].extend((pk, *source) for source in change.sources)
        if change.photo:
            rows["photos"].append((pk, *change.photo))
    rows["sources"] = [(pk, kind, key, name, moment(at or now))
                       for pk, kind, key, name, at in rows["sources"]]
    write_children(rows)
    ImportConflict.objects.bulk_create(
        [ImportConflict(contact_id=pk, field=name, kept=kept, incoming=incoming, source=source)
         for pk, change in changes.items() for name, kept, incoming, source in change.conflicts],
        batch_size=500)
