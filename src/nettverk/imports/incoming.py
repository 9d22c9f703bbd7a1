"""One person as an import is about to store them: values cleaned, identity keys worked out.

Every format ends up here: parsed records (`records.incoming_from_record`) and the contacts of a
nettverk JSON backup (`restore`). The writer only ever sees `Incoming`s.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

# The single-valued contact fields an import may set, in the order they are shown.
# "organization" and "arena" hold names; "birthday" and "first_met" dates.
RECORD_FIELDS = ("name", "given_name", "family_name", "organization", "department", "title",
                 "notes", "birthday", "first_met", "arena")
# What only a nettverk backup carries besides.
BACKUP_FIELDS = ("industry", "location", "languages", "expertise", "needs", "cadence_days")
FIELDS = RECORD_FIELDS + BACKUP_FIELDS

Value = str | date | int
Pair = tuple[str, str]
# (kind, key, file name, imported at: None for now)
Source = tuple[str, str, str, datetime | None]


@dataclass(slots=True)
class Restored:
    """What a backup says beyond an import's fields; used only when it makes a new contact.

    `values` are the contact's other stored fields by attribute name (uid, function, seniority,
    created_at, ...), `introduced_by` a contact uid, `relationship` and `conflicts` rows as the
    backup holds them.
    """

    values: dict[str, Any]
    introduced_by: str | None = None
    relationship: dict[str, Any] | None = None
    conflicts: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class Incoming:
    """`fields` holds only non-empty values; `field_sources` which source said each one."""

    line: int
    kind: str
    fields: dict[str, Value] = field(default_factory=dict)
    field_sources: dict[str, str] = field(default_factory=dict)
    emails: list[Pair] = field(default_factory=list)  # (address, label)
    phones: list[Pair] = field(default_factory=list)  # (number, label)
    links: list[Pair] = field(default_factory=list)  # (url, kind)
    addresses: list[Pair] = field(default_factory=list)  # (one line, label)
    tags: list[str] = field(default_factory=list)
    photo: tuple[bytes, str] | None = None  # (data, MIME type)
    sources: list[Source] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)  # identity keys, strongest first
    restored: Restored | None = None

    @property
    def name(self) -> str:
        return str(self.fields.get("name", ""))

    def __reduce__(self) -> tuple[type[Incoming], tuple[Any, ...]]:
        # Sent back from the other core (`lib.two_cores`) as the constructor's arguments: 40,000
        # load in a quarter less time than from pickle's default per-object state dicts.
        return Incoming, tuple([getattr(self, name) for name in _INCOMING_FIELDS])

    def absorb(self, later: Incoming) -> None:
        """Fold a later record of the same person in the same file into this one: its
        non-empty single values win, as they would when the file is imported again."""
        self.fields.update(later.fields)
        self.field_sources = {**self.field_sources, **later.field_sources}  # may be shared
        for mine, theirs in ((self.emails, later.emails), (self.phones, later.phones),
                             (self.links, later.links), (self.addresses, later.addresses)):
            union(mine, theirs)
        self.tags.extend(tag for tag in later.tags if tag not in self.tags)
        self.sources.extend(s for s in later.sources if s not in self.sources)
        self.keys.extend(key for key in later.keys if key not in self.keys)
        self.photo = later.photo or self.photo


_INCOMING_FIELDS = tuple(f.name for f in dataclasses.fields(Incoming))


def value_key(value: str) -> str:
    """Two list values are the same when they differ only in case or spacing."""
    return " ".join(value.lower().split())


def union(mine: list[Pair], theirs: list[Pair]) -> None:
    """Append to `mine` each pair of `theirs` whose value it does not hold yet."""
    if not mine and len(theirs) < 2:  # nearly every record: nothing to compare
        mine.extend(theirs)
        return
    seen = {value_key(value) for value, _label in mine}
    for pair in theirs:
        key = value_key(pair[0])
        if key not in seen:
            seen.add(key)
            mine.append(pair)
