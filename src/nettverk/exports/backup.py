"""The JSON backup: everything one user owns, in a document `nettverk import` restores.

    {"nettverk": {"version": 1, "exported_at": "…", "user": "alice"},
     "organizations": [...], "arenas": [...], "tags": [...], "contacts": [...],
     "goals": [...], "goal_checkins": [...], "arena_visits": [...], "offers": [...],
     "interactions": [...], "dismissed_duplicates": [[uid, uid], ...]}

Contacts carry their emails, phones, links, addresses, tags, photo (base64), sources, field
sources, kept import values ("conflicts") and the relationship choices the user made (tier,
snooze). Derived values (strength, due dates, the ask's index) are not stored: a restore
recomputes them. No database ids appear: see `rows.Refs`. Rows are sorted by their content and
each is written on its own line, so the same data always gives the same document and an error in
a restored file can name its line.
"""

from __future__ import annotations

import base64
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from django.apps import apps
from django.db import models
from django.utils import timezone

from nettverk.accounts.models import User
from nettverk.contacts.models import (
    Contact,
    ContactAddress,
    ContactEmail,
    ContactLink,
    ContactPhone,
    ContactPhoto,
    ContactSource,
    Organization,
    Tag,
)
from nettverk.dedupe.models import DuplicateDismissal
from nettverk.exports.rows import Refs, data_fields, to_json
from nettverk.imports.models import ImportConflict
from nettverk.relationships.models import Relationship
from nettverk.relationships.recompute import DERIVED_FIELDS

VERSION = 1
CONTACT_SKIP = ("strength",)  # derived from interactions; recomputed on restore
RELATIONSHIP_SKIP = ("contact", *DERIVED_FIELDS)
# Each contact's lists: JSON name, model, fields kept (in this order).
CONTACT_LISTS: tuple[tuple[str, type[models.Model], tuple[str, ...]], ...] = (
    ("emails", ContactEmail, ("address", "label")),
    ("phones", ContactPhone, ("number", "label")),
    ("links", ContactLink, ("url", "kind")),
    ("addresses", ContactAddress, ("text", "label")),
    ("sources", ContactSource, ("kind", "key", "file_name", "imported_at")),
    ("conflicts", ImportConflict, ("field", "kept", "incoming", "source", "status",
                                   "created_at")),
)


@dataclass(frozen=True)
class Section:
    """One list of the backup: an owned model written row by row through its field list.

    `key` says how other rows refer to its rows: "name", "index" ("goal-3", in the order of
    the sorted rows) or "" for rows nothing refers to.
    """

    name: str
    model: str
    owner_path: str = "owner"
    key: str = ""


BEFORE_CONTACTS = (
    Section("organizations", "contacts.Organization", key="name"),
    Section("arenas", "arenas.Arena", key="name"),
    Section("tags", "contacts.Tag", key="name"),
)
AFTER_CONTACTS = (
    Section("goals", "goals.Goal", key="index"),
    Section("goal_checkins", "goals.CheckIn", owner_path="goal__owner"),
    Section("arena_visits", "arenas.ArenaVisit"),
    Section("offers", "relationships.Offer"),
    Section("interactions", "interactions.Interaction", key="index"),
)


def installed(sections: tuple[Section, ...]) -> Iterator[tuple[Section, type[models.Model]]]:
    """The sections whose model exists in this installation."""
    for section in sections:
        label, name = section.model.split(".")
        if apps.is_installed(f"nettverk.{label}"):
            try:
                yield section, apps.get_model(label, name)
            except LookupError:
                continue


def user_refs() -> Refs:
    refs = Refs()
    for pk, username in User.objects.values_list("pk", "username"):
        refs.add(User, pk, username)
    return refs


def write_backup(owner: User, out: IO[str]) -> None:
    """The whole backup of `owner`, written to `out`."""
    refs = user_refs()
    meta = {"version": VERSION, "exported_at": timezone.now().isoformat(),
            "user": owner.get_username()}
    out.write('{"nettverk": ' + _dumps(meta))
    for section, model in installed(BEFORE_CONTACTS):
        _write_section(out, section.name, section_rows(owner, section, model, refs))
    _write_section(out, "contacts", contact_rows(owner, refs))
    for section, model in installed(AFTER_CONTACTS):
        _write_section(out, section.name, section_rows(owner, section, model, refs))
    _write_section(out, "dismissed_duplicates", dismissal_rows(owner, refs))
    out.write("\n}\n")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _write_section(out: IO[str], name: str, rows: list[Any]) -> None:
    out.write(f',\n"{name}": [')
    for i, row in enumerate(rows):
        out.write(("\n" if i == 0 else ",\n") + _dumps(row))
    out.write("\n]" if rows else "]")


def section_rows(owner: User, section: Section, model: type[models.Model],
                 refs: Refs) -> list[dict[str, Any]]:
    """The section's rows in content order; their keys added to `refs`."""
    fields = data_fields(model)
    query = model._default_manager.filter(**{section.owner_path: owner})
    many = {f.name: _related_keys(model, f, query, refs) for f in model._meta.many_to_many}
    rows = []
    for pk, *values in query.values_list("pk", *[f.attname for f in fields]).iterator(2000):
        row = {f.name: to_json(f, value, refs) for f, value in zip(fields, values, strict=True)}
        for name, keys in many.items():
            row[name] = sorted(keys.get(pk, []))
        rows.append((pk, row))
    rows.sort(key=lambda pair: _dumps(pair[1]))
    for i, (pk, row) in enumerate(rows, 1):
        if section.key == "name":
            refs.add(model, pk, row["name"])
        elif section.key == "index":
            row["key"] = f"{section.name.rstrip('s')}-{i}"
            refs.add(model, pk, row["key"])
    return [row for _pk, row in rows]


def _related_keys(model: type[models.Model], field: Any, rows: models.QuerySet[Any],
                  refs: Refs) -> dict[Any, list[str]]:
    """For a many-to-many field: each row's related keys (contacts: uids)."""
    through = getattr(model, field.name).through
    source = field.m2m_field_name()
    target = field.m2m_reverse_field_name()
    keys: dict[Any, list[str]] = defaultdict(list)
    links = through.objects.filter(**{f"{source}__in": rows.values("pk")})
    for pk, other in links.values_list(f"{source}_id", f"{target}_id").iterator(5000):
        key = refs.key(field.related_model, other)
        if key is not None:
            keys[pk].append(key)
    return keys


def contact_rows(owner: User, refs: Refs) -> list[dict[str, Any]]:
    """Every contact with its lists, ordered by name then uid."""
    mine = Contact.objects.owned_by(owner)
    for pk, uid in mine.values_list("pk", "uid"):
        refs.add(Contact, pk, str(uid))
    for model in (Organization, Tag):
        for pk, name in model.objects.owned_by(owner).values_list("pk", "name"):
            refs.add(model, pk, name)
    fields = data_fields(Contact, CONTACT_SKIP)
    lists = {name: _list_rows(owner, model, names, refs)
             for name, model, names in CONTACT_LISTS}
    extras = _contact_extras(owner, refs)
    rows = []
    for pk, *values in mine.values_list("pk", *[f.attname for f in fields]).iterator(2000):
        row = {f.name: to_json(f, value, refs) for f, value in zip(fields, values, strict=True)}
        for name in lists:
            row[name] = lists[name].get(pk, [])
        for name, found in extras.items():
            row[name] = found.get(pk, [] if name == "tags" else None)
        rows.append(row)
    rows.sort(key=lambda row: (row["name"], row["uid"]))
    return rows


def _list_rows(owner: User, model: type[models.Model], names: tuple[str, ...],
               refs: Refs) -> dict[int, list[dict[str, Any]]]:
    fields = [model._meta.get_field(name) for name in names]
    found: dict[int, list[dict[str, Any]]] = defaultdict(list)
    query = model._default_manager.filter(contact__owner=owner).order_by("pk")
    for pk, *values in query.values_list("contact_id", *names).iterator(5000):
        found[pk].append({f.name: to_json(f, v, refs)  # type: ignore[arg-type]
                          for f, v in zip(fields, values, strict=True)})
    return found


def _contact_extras(owner: User, refs: Refs) -> dict[str, dict[int, Any]]:
    tags: dict[int, list[str]] = defaultdict(list)
    through = Contact.tags.through.objects.filter(contact__owner=owner)
    for pk, name in through.values_list("contact_id", "tag__name").iterator(5000):
        tags[pk].append(name)
    photos = {pk: {"content_type": kind, "data": base64.b64encode(bytes(data)).decode("ascii")}
              for pk, data, kind in ContactPhoto.objects.filter(contact__owner=owner)
              .values_list("contact_id", "data", "content_type").iterator(200)}
    return {"tags": {pk: sorted(names) for pk, names in tags.items()}, "photo": photos,
            "relationship": _relationships(owner, refs)}


def _relationships(owner: User, refs: Refs) -> dict[int, dict[str, Any]]:
    """The choices the user made about a relationship (tier, snooze), where there are any."""
    fields = data_fields(Relationship, RELATIONSHIP_SKIP)
    found = {}
    query = Relationship.objects.filter(contact__owner=owner)
    for pk, *values in query.values_list("contact_id", *[f.attname for f in fields]).iterator():
        if any(value not in (None, "") for value in values):
            found[pk] = {f.name: to_json(f, v, refs) for f, v in zip(fields, values, strict=True)}
    return found


def dismissal_rows(owner: User, refs: Refs) -> list[list[str | None]]:
    pairs = DuplicateDismissal.objects.owned_by(owner).values_list("first_id", "second_id")
    return sorted(sorted([refs.key(Contact, a), refs.key(Contact, b)], key=str)
                  for a, b in pairs)
