"""Restoring one section of a backup other than contacts, whatever its model's fields are.

Rows are matched to what the owner already has (by name for organizations, arenas and tags,
by their whole content otherwise) and only the missing ones are inserted, in bulk, with their
many-to-many links. Each restored or matched row's key goes into the `Refs`, so later sections
can point at it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from django.db import models
from django.utils.translation import gettext as _

from nettverk.accounts.models import User
from nettverk.exports.backup import Section
from nettverk.exports.rows import Reader, data_fields
from nettverk.imports.bulk import allocate_ids
from nettverk.lib.bulk_rows import insert_rows
from nettverk.lib.row_builder import RowBuilder

LineOf = Callable[[str, int], int]


def restore_rows(owner: User, section: Section, model: type[models.Model], rows: Sequence[Any],
                 reader: Reader, line_of: LineOf) -> None:
    fields = data_fields(model)
    many = list(model._meta.many_to_many)
    owned = any(f.name == "owner" for f in model._meta.concrete_fields)
    unique = frozenset(f.attname for f in fields if f.unique)
    known = _existing(owner, section, model, fields, many, unique)
    pending: list[tuple[str | None, dict[str, Any], dict[str, list[Any]]]] = []
    for i, raw in enumerate(rows):
        line, where = line_of(section.name, i), f"{section.name}[{i}]"
        if not isinstance(raw, dict):
            raise reader.fail(line, where, _("expected an object"))
        values = reader.row(fields, raw, line, where)
        links = {f.name: _links(f, raw.get(f.name, []), reader, line, where) for f in many}
        key = _key(section, raw, values, reader, line, where)
        identity = _identity(section, values, links, unique)
        if identity in known:
            _remember(reader, model, known[identity], key)
            continue
        known[identity] = -len(pending) - 1  # a later identical row in this file is skipped
        pending.append((key, _free_unique(model, fields, values), links))
    _insert(owner if owned else None, model, many, pending, reader)


def _key(section: Section, raw: dict[str, Any], values: dict[str, Any], reader: Reader,
         line: int, where: str) -> str | None:
    if section.key == "name":
        name = values.get("name")
        if not isinstance(name, str) or not name.strip():
            raise reader.fail(line, f"{where}.name", _("a name is needed"))
        return name
    if section.key == "index":
        key = raw.get("key")
        if not isinstance(key, str) or not key:
            raise reader.fail(line, f"{where}.key", _("a key is needed"))
        return key
    return None


def _identity(section: Section, values: dict[str, Any], links: dict[str, list[Any]],
              unique: frozenset[str]) -> Any:
    """What makes a row the same as one the owner has. Unique values (a share token) are left
    out: a restore may have had to drop them."""
    if section.key == "name":
        return str(values["name"]).lower()
    return (tuple(sorted((name, _canonical(v)) for name, v in values.items()
                         if name not in unique)),
            tuple(sorted((name, tuple(sorted(ids))) for name, ids in links.items())))


def _canonical(value: Any) -> Any:
    if isinstance(value, memoryview):
        return bytes(value)
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True)
    return value


def _existing(owner: User, section: Section, model: type[models.Model],
              fields: Sequence[models.Field[Any, Any]], many: list[Any],
              unique: frozenset[str]) -> dict[Any, int]:
    """Identity → pk of the rows the owner already has."""
    query = model._default_manager.filter(**{section.owner_path: owner})
    names = [f.attname for f in fields]
    links: dict[str, dict[int, list[Any]]] = {f.name: {} for f in many}
    for f in many:
        through = getattr(model, f.name).through
        pairs = through.objects.filter(**{f"{f.m2m_field_name()}__in": query.values("pk")})
        for pk, other in pairs.values_list(f"{f.m2m_field_name()}_id",
                                           f"{f.m2m_reverse_field_name()}_id"):
            links[f.name].setdefault(pk, []).append(other)
    found = {}
    for pk, *row in query.values_list("pk", *names).iterator(2000):
        values = dict(zip(names, row, strict=True))
        mine = {name: by_pk.get(pk, []) for name, by_pk in links.items()}
        found[_identity(section, values, mine, unique)] = pk
    return found


def _links(field: Any, raw: Any, reader: Reader, line: int, where: str) -> list[Any]:
    if not isinstance(raw, list):
        raise reader.fail(line, f"{where}.{field.name}", _("expected a list"))
    ids = []
    for key in raw:
        pk = reader.refs.pk(field.related_model, key)
        if pk is None:
            raise reader.fail(line, f"{where}.{field.name}",
                              _("%r refers to nothing in this backup") % str(key)[:40])
        ids.append(pk)
    return sorted(set(ids))


def _free_unique(model: type[models.Model], fields: Sequence[models.Field[Any, Any]],
                 values: dict[str, Any]) -> dict[str, Any]:
    """A unique value another row already holds (a goal's share token, in another user's
    network) is dropped rather than refused: the restored row is still whole otherwise."""
    for f in fields:
        value = values.get(f.attname)
        if f.unique and f.null and value is not None and \
                model._default_manager.filter(**{f.attname: value}).exists():
            values[f.attname] = None
    return values


def _remember(reader: Reader, model: type[models.Model], pk: int, key: str | None) -> None:
    if key is not None and pk > 0:
        reader.refs.add(model, pk, key)


def _insert(owner: User | None, model: type[models.Model], many: list[Any],
            pending: list[tuple[str | None, dict[str, Any], dict[str, list[Any]]]],
            reader: Reader) -> None:
    builder = RowBuilder(model, with_id=True)
    ids = allocate_ids(model, len(pending))
    rows = []
    links: dict[str, list[tuple[int, int]]] = {f.name: [] for f in many}
    for pk, (key, values, wanted) in zip(ids, pending, strict=True):
        if owner is not None:
            values["owner_id"] = owner.pk
        rows.append(builder.row({**values, "id": pk}))
        _remember(reader, model, pk, key)
        for name, others in wanted.items():
            links[name] += [(pk, other) for other in others]
    builder.insert(rows)
    for f in many:
        through = getattr(model, f.name).through
        columns = [str(through._meta.get_field(f.m2m_field_name()).column),
                   str(through._meta.get_field(f.m2m_reverse_field_name()).column)]
        insert_rows(through._meta.db_table, columns, links[f.name])
