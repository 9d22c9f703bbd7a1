"""The hot insert path of an import, isolated here: the database set up for writing in bulk.

Rows go in as plain tuples (`lib.row_builder`, `lib.bulk_rows`). Contact ids are allocated up
front (`allocate_ids`) so the rows that point at a new contact (emails, phones, sources, tags)
can be written the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection, models

IMPORT_CACHE_KIB = 131_072  # SQLite's page cache while an import writes; its default is 2 MiB


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
