"""One contact of a backup as an `Incoming`: checked field by field against the models."""

from __future__ import annotations

import base64
import binascii
from functools import cache, lru_cache
from typing import Any, cast

from django.db import models
from django.utils.translation import gettext as _

from nettverk.contacts.models import (
    Contact,
    ContactAddress,
    ContactEmail,
    ContactLink,
    ContactPhone,
    ContactSource,
    Tag,
)
from nettverk.exports.backup import CONTACT_SKIP, RELATIONSHIP_SKIP
from nettverk.exports.rows import Reader, data_fields, storable
from nettverk.imports.identity import email_key, linkedin_key, uid_key
from nettverk.imports.incoming import FIELDS, Incoming, Restored, union
from nettverk.imports.models import ImportConflict
from nettverk.relationships.models import Relationship

# Contact fields read by name rather than as stored values.
_BY_NAME = ("organization", "arena")
_SEPARATE = (*_BY_NAME, "introduced_by", "field_sources")
_PAIRS: tuple[tuple[str, type[models.Model], str, str], ...] = (
    ("emails", ContactEmail, "address", "label"),
    ("phones", ContactPhone, "number", "label"),
    ("links", ContactLink, "url", "kind"),
    ("addresses", ContactAddress, "text", "label"),
)


def contact_incoming(raw: Any, index: int, line: int, reader: Reader) -> Incoming:
    where = f"contacts[{index}]"
    row = _object(raw, reader, line, where)
    values = reader.row(_contact_fields(), row, line, where)
    if values.get("uid") is None or not str(values.get("name", "")).strip():
        raise reader.fail(line, where, _("a contact needs its uid and a name"))
    item = Incoming(line=line, kind="json")
    for name in FIELDS:
        value = (_named(row, name, reader, line, where) if name in _BY_NAME
                 else values.pop(name, None))
        if value not in (None, ""):
            item.fields[name] = value
    item.field_sources = _field_sources(row.get("field_sources", {}), reader, line, where)
    _lists(item, row, reader, line, where)
    item.restored = Restored(
        values=values, introduced_by=_text_or_none(row.get("introduced_by"), reader, line, where),
        relationship=_relationship(row.get("relationship"), reader, line, where),
        conflicts=[_values(ImportConflict, c, reader, line, f"{where}.conflicts", ("contact",))
                   for c in _list(row, "conflicts", reader, line, where)],
    )
    item.keys = [uid_key(str(values["uid"])) or "", *(k for url, _kind in item.links
                                                     if (k := linkedin_key(url))),
                 *(email_key(address) for address, _label in item.emails)]
    return item


@cache
def _contact_fields() -> tuple[models.Field[Any, Any], ...]:
    return tuple(f for f in data_fields(Contact, CONTACT_SKIP) if f.name not in _SEPARATE)


def _object(raw: Any, reader: Reader, line: int, where: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise reader.fail(line, where, _("expected an object"))
    return raw


def _list(row: dict[str, Any], name: str, reader: Reader, line: int, where: str) -> list[Any]:
    found = row.get(name) or []
    if not isinstance(found, list):
        raise reader.fail(line, f"{where}.{name}", _("expected a list"))
    return found


def _named(row: dict[str, Any], name: str, reader: Reader, line: int, where: str) -> str | None:
    value = _text_or_none(row.get(name), reader, line, where)
    if value is not None and len(value) > 200:
        raise reader.fail(line, f"{where}.{name}", _("too long: at most 200 characters"))
    return value


def _text_or_none(value: Any, reader: Reader, line: int, where: str) -> str | None:
    if value is not None and (not isinstance(value, str) or not storable(value)):
        raise reader.fail(line, where, _("expected text"))
    return value


def _field_sources(value: Any, reader: Reader, line: int, where: str) -> dict[str, str]:
    found = _shared_sources(tuple(value.items())) if isinstance(value, dict) else None
    if found is None:
        raise reader.fail(line, f"{where}.field_sources", _("expected field names and sources"))
    return found


@lru_cache(maxsize=4096)
def _shared_sources(pairs: tuple[tuple[Any, Any], ...]) -> dict[str, str] | None:
    """One dict for every contact with the same sources, as the mapper shares them (never
    changed in place, see `Incoming.absorb`): a backup's 100,000 contacts have a few dozen
    kinds, and the writer encodes each shared one once. None: not names and sources."""
    ok = all(isinstance(k, str) and isinstance(v, str) and len(v) <= 50 and storable(k + v)
             for k, v in pairs)
    return dict(pairs) if ok else None


def _lists(item: Incoming, row: dict[str, Any], reader: Reader, line: int, where: str) -> None:
    for name, model, value_name, label_name in _PAIRS:
        pairs = []
        for raw in _list(row, name, reader, line, where):
            values = _values(model, raw, reader, line, f"{where}.{name}", ("contact",))
            pairs.append((values[value_name], values.get(label_name, "")))
        union(getattr(item, name), pairs)
    for raw in _list(row, "sources", reader, line, where):
        v = _values(ContactSource, raw, reader, line, f"{where}.sources", ("contact",))
        item.sources.append((v["kind"], v.get("key", ""), v.get("file_name", ""),
                             v.get("imported_at")))
    tag_field = cast("models.Field[Any, Any]", Tag._meta.get_field("name"))
    item.tags = list(dict.fromkeys(reader.value(tag_field, tag, line, f"{where}.tags")
                                   for tag in _list(row, "tags", reader, line, where)))
    item.photo = _photo(row.get("photo"), reader, line, where)


def _values(model: type[models.Model], raw: Any, reader: Reader, line: int, where: str,
            skip: tuple[str, ...]) -> dict[str, Any]:
    return reader.row(data_fields(model, skip), _object(raw, reader, line, where), line, where)


def _relationship(raw: Any, reader: Reader, line: int, where: str) -> dict[str, Any] | None:
    if raw is None:
        return None
    return _values(Relationship, raw, reader, line, f"{where}.relationship", RELATIONSHIP_SKIP)


def _photo(raw: Any, reader: Reader, line: int, where: str) -> tuple[bytes, str] | None:
    if raw is None:
        return None
    photo = _object(raw, reader, line, f"{where}.photo")
    kind, data = photo.get("content_type"), photo.get("data")
    if not isinstance(kind, str) or not isinstance(data, str) or len(kind) > 50:
        raise reader.fail(line, f"{where}.photo", _("expected content_type and data"))
    try:
        return base64.b64decode(data, validate=True), kind
    except (binascii.Error, ValueError):
        raise reader.fail(line, f"{where}.photo", _("data is not base64")) from None
