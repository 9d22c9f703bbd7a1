"""Model rows as plain tuples for `bulk_rows.insert_rows`, built from Python values by field name.

Django's `bulk_create` sends at most 999 parameters per statement on SQLite (33 contacts, with
30 columns) and builds a model instance per row; for 100,000 contacts that alone takes longer
than the whole import may. `RowBuilder` knows each column's default and how to hand a value to
the database, so callers only give the values they set.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date, datetime
from operator import attrgetter, itemgetter
from typing import Any
from uuid import UUID

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, models
from django.utils import timezone

from nettverk.lib.bulk_rows import insert_rows, sql_literal

Adapter = Callable[[Any], Any]


def _plain(value: Any) -> Any:
    return value


def _iso(value: date | str | None) -> str | None:
    return value.isoformat() if isinstance(value, date) else value


def _uuid(form: Callable[[UUID], str]) -> Adapter:
    """A UUID, or its text, in the database's `form`."""
    def adapt(value: UUID | str) -> str:
        return form(value if isinstance(value, UUID) else UUID(str(value)))
    return adapt


class _SharedJson:
    """An import writes the same few field_sources dicts (shared objects, see
    `RecordMapper._sources_for` and `restore_contacts._shared_sources`) 100,000 times: each
    object is encoded once. The cache holds
    the object itself, so an id is never mistaken for a later object's."""

    def __init__(self) -> None:
        self.known: dict[int, tuple[object, str]] = {}

    def __call__(self, value: Any) -> str:
        found = self.known.get(id(value))
        if found is not None and found[0] is value:
            return found[1]
        text = json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False)
        if len(self.known) < 10_000:
            self.known[id(value)] = (value, text)
        return text


def moment(value: datetime | None) -> Any:
    return connection.ops.adapt_datetimefield_value(value)


def _moments() -> Adapter:
    """`moment`, quicker for the many values a restore writes: on SQLite Django converts each
    one to the connection's zone and writes its text, and a value already in that zone (a
    parsed UTC time, `timezone.now()`) needs only the text."""
    if connection.vendor != "sqlite":
        return moment
    zone, convert = connection.timezone, connection.ops.adapt_datetimefield_value

    def adapt(value: datetime | None) -> Any:
        if value is not None and value.tzinfo is zone:
            return str(value.replace(tzinfo=None))
        return convert(value)
    return adapt


def _adapter(field: models.Field[Any, Any]) -> Adapter:
    """How a Python value of this field goes into a parameter or a COPY row."""
    if isinstance(field, models.DateTimeField):
        return _moments()
    if isinstance(field, models.DateField):
        return _iso
    if isinstance(field, models.UUIDField):
        return _uuid(str if connection.features.has_native_uuid_field else attrgetter("hex"))
    if isinstance(field, models.JSONField):
        return _SharedJson()
    if isinstance(field, models.DecimalField):
        return lambda value: None if value is None else str(value)
    return _plain


class RowBuilder:
    """Rows for one model's table; `row(values)` takes field names (attnames: "contact_id")."""

    def __init__(self, model: type[models.Model], *, with_id: bool = False) -> None:
        now = timezone.now()
        meta = model._meta
        self.table = meta.db_table
        self.fields = [f for f in meta.concrete_fields if with_id or not f.primary_key]
        self.columns = [str(f.column) for f in self.fields]
        self.position = {f.attname: i for i, f in enumerate(self.fields)}
        self.adapters = {f.attname: _adapter(f) for f in self.fields}
        # Only these need a call per value; a str or an int goes to the database as it is.
        self.special = {name: a for name, a in self.adapters.items() if a is not _plain}
        self.defaults: list[Any] = []
        self.per_row: list[tuple[int, str, Callable[[], Any]]] = []  # callable defaults
        self.touched: set[str] = set()  # fields some row set: the others hold their default
        for i, field in enumerate(self.fields):
            self.defaults.append(self._default(field, now, i))

    def _default(self, field: models.Field[Any, Any], now: datetime, i: int) -> Any:
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            return moment(now)
        if field.has_default() and callable(field.default):
            self.per_row.append((i, field.attname, field.default))
            return None
        return self.adapters[field.attname](field.get_default())

    def slot(self, name: str) -> tuple[int, Adapter | None]:
        """Where a field's value goes in a row, and what adapts it (None: nothing does)."""
        return self.position[name], self.special.get(name)

    def row(self, values: dict[str, Any]) -> list[Any]:
        self.touched.update(values)
        row = self.defaults.copy()
        for i, name, make in self.per_row:
            if name not in values:
                row[i] = self.adapters[name](make())
        position, special = self.position, self.special
        for name, value in values.items():
            adapt = special.get(name)
            row[position[name]] = value if adapt is None else adapt(value)
        return row

    def insert(self, rows: Sequence[Sequence[Any]], *, skip_taken: bool = False) -> None:
        """Write the rows (with `skip_taken`, not those whose unique key is already taken). On
        SQLite, a column no row set is written as a literal in the statement rather than bound
        100,000 times: binding is most of what a wide insert costs."""
        varying = [i for i, f in enumerate(self.fields)
                   if f.attname in self.touched or any(i == p for p, _n, _m in self.per_row)]
        if connection.vendor == "postgresql" or len(varying) == len(self.fields) or not rows:
            insert_rows(self.table, self.columns, rows, skip_taken=skip_taken)
            return
        constant = [i for i in range(len(self.fields)) if i not in varying]
        pick = itemgetter(*varying)
        picked = [pick(row) for row in rows] if len(varying) > 1 else [(row[varying[0]],)
                                                                        for row in rows]
        literals = {self.columns[i]: sql_literal(self.defaults[i]) for i in constant}
        insert_rows(self.table, [self.columns[i] for i in varying], picked, literals,
                    skip_taken=skip_taken)
