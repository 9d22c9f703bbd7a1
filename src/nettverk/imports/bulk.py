"""The hot insert path of an import, isolated here: rows straight into tables, in bulk.

Django's `bulk_create` sends at most 999 parameters per statement on SQLite (33 contacts, with
30 columns) and builds a model instance per row; for 100,000 contacts that alone takes longer
than the whole import may. Here rows are plain tuples, written by `lib.bulk_rows.insert_rows`.
Contact ids are allocated up front (`allocate_ids`) so the rows that point at a new contact
(emails, phones, sources, tags) can be written the same way.

`RowBuilder` knows each column's default and how to hand a value to the database, so callers
only give the values they set, by field name, as Python values.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from operator import attrgetter, itemgetter
from typing import Any
from uuid import UUID

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, models
from django.utils import timezone

from nettverk.lib.bulk_rows import insert_rows, sql_literal

Adapter = Callable[[Any], Any]
IMPORT_CACHE_KIB = 131_072  # SQLite's page cache while an import writes; its default is 2 MiB


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
    `RecordMapper._sources_for`) 100,000 times: each object is encoded once. The cache holds
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


def _adapter(field: models.Field[Any, Any]) -> Adapter:
    """How a Python value of this field goes into a parameter or a COPY row."""
    if isinstance(field, models.DateTimeField):
        return moment
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

    def insert(self, rows: Sequence[Sequence[Any]]) -> None:
        """Write the rows. On SQLite, a column no row set is written as a literal in the
        statement rather than bound 100,000 times: binding is most of what a wide insert costs."""
        varying = [i for i, f in enumerate(self.fields)
                   if f.attname in self.touched or any(i == p for p, _n, _m in self.per_row)]
        if connection.vendor == "postgresql" or len(varying) == len(self.fields) or not rows:
            insert_rows(self.table, self.columns, rows)
            return
        constant = [i for i in range(len(self.fields)) if i not in varying]
        pick = itemgetter(*varying)
        picked = [pick(row) for row in rows] if len(varying) > 1 else [(row[varying[0]],)
                                                                        for row in rows]
        literals = {self.columns[i]: sql_literal(self.defaults[i]) for i in constant}
        insert_rows(self.table, [self.columns[i] for i in varying], picked, literals)


@contextmanager
def larger_cache() -> Iterator[None]:
    """On SQLite, a larger page cache for the length of an import: 100,000 contacts change the
    contact table's eight indexes and a dozen more, and with 2 MiB their pages are written out
    and read back again and again. The connection's own size comes back after, since a web
    process keeps its connection."""
    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA cache_size")
        before = int(cursor.fetchone()[0])
        cursor.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA cache_size = {before}")


@contextmanager
def indexes_after(*models: type[models.Model]) -> Iterator[None]:
    """Build the secondary indexes of the `models`' tables at the end of a bulk write into them,
    when the first one's table starts empty (the first import into a fresh home; the others
    must be tables that point at it, and so are empty then too, with nothing an import could
    look up in them).

    Sorting 100,000 contacts into each of seven indexes once costs a fraction of inserting them
    row by row; the index on sources' keys, filled in random order, costs most of what writing
    the sources does. SQLite only, inside the import's transaction: its write lock is the whole
    database's, so nobody else writes meanwhile, readers go on seeing the indexes of the last
    commit, and a rollback brings the indexes back. Unique indexes stay: they check the rows as
    they come. (On PostgreSQL a dropped index locks every reader out until the import commits.)
    """
    if connection.vendor != "sqlite" or not connection.in_atomic_block:
        yield
        return
    quote = connection.ops.quote_name
    indexes: list[tuple[str, str]] = []
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT 1 FROM {quote(models[0]._meta.db_table)} LIMIT 1")
        if cursor.fetchone() is None:
            tables = [model._meta.db_table for model in models]
            cursor.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                           f"tbl_name IN ({', '.join(['%s'] * len(tables))}) AND "
                           "sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%%'", tables)
            indexes = cursor.fetchall()
        for name, _sql in indexes:
            cursor.execute(f"DROP INDEX {quote(name)}")
    yield
    with connection.cursor() as cursor:
        for _name, sql in indexes:
            cursor.execute(sql)


def allocate_ids(model: type[models.Model], count: int) -> list[int]:
    """`count` primary keys no other row has or will get, for rows inserted with their id.

    PostgreSQL: taken from the table's sequence, safe under concurrency. SQLite: after the
    highest id ever used (AUTOINCREMENT's sqlite_sequence), safe because the import holds the
    database's write lock from the start of its transaction.
    """
    if count == 0:
        return []
    table, pk = model._meta.db_table, str(model._meta.pk.column)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, %s)) "
                           "FROM generate_series(1, %s)", [table, pk, count])
            return [row[0] for row in cursor.fetchall()]
        quote = connection.ops.quote_name
        cursor.execute(f"SELECT MAX({quote(pk)}) FROM {quote(table)}")
        highest = cursor.fetchone()[0] or 0
        cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
        found = cursor.fetchone()
        start = max(highest, found[0] if found else 0) + 1
    return list(range(start, start + count))
