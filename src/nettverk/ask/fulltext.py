"""The engine-specific full-text index over `AskDocument.body`, behind one small interface.

SQLite: an FTS5 table `ask_fts` (rowid = contact id, owner as an unindexed column), written
explicitly next to each document. PostgreSQL: a generated `tsvector` column on the document
table, built verbatim from the body's tokens (`array_to_tsvector`, no parser or dictionary in
between), with a GIN index. Either way the tokens are our own, already normalised and stemmed,
and a query is a plain OR of quoted tokens.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from django.db import connection
from django.db.backends.base.base import BaseDatabaseWrapper

from nettverk.ask.documents import HELPER_FIELDS
from nettverk.ask.models import AskDocument

FTS_TABLE = "ask_fts"
# Our tokens are letters, digits and "_": anything else never reaches a query string.
_TOKEN_RE = re.compile(r"\w+")

_SQLITE_CREATE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "body, owner_id UNINDEXED, tokenize = \"unicode61 remove_diacritics 0 tokenchars '_'\")"
)
_SQLITE_DROP = f"DROP TABLE IF EXISTS {FTS_TABLE}"
_PG_CREATE = (
    "ALTER TABLE ask_askdocument ADD COLUMN search tsvector GENERATED ALWAYS AS "
    "(array_to_tsvector(array_remove(string_to_array(body, ' '), ''))) STORED",
    "CREATE INDEX ask_askdocument_search ON ask_askdocument USING gin (search)",
)
_PG_DROP = (
    "DROP INDEX IF EXISTS ask_askdocument_search",
    "ALTER TABLE ask_askdocument DROP COLUMN IF EXISTS search",
)


def create_index(db: BaseDatabaseWrapper) -> None:
    """Called by the migration; other engines have no full-text index and the ask says so."""
    with db.cursor() as cursor:
        if db.vendor == "sqlite":
            cursor.execute(_SQLITE_CREATE)
        elif db.vendor == "postgresql":
            for sql in _PG_CREATE:
                cursor.execute(sql)


def drop_index(db: BaseDatabaseWrapper) -> None:
    with db.cursor() as cursor:
        if db.vendor == "sqlite":
            cursor.execute(_SQLITE_DROP)
        elif db.vendor == "postgresql":
            for sql in _PG_DROP:
                cursor.execute(sql)


def insert_rows(rows: Sequence[tuple[int, int, str]]) -> None:
    """(contact id, owner id, body) of contacts not in the index (new, or their rows deleted);
    PostgreSQL's column follows by itself."""
    if connection.vendor != "sqlite" or not rows:
        return
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {FTS_TABLE} (rowid, owner_id, body) VALUES (%s, %s, %s)", rows
        )


def delete_rows(contact_ids: Sequence[int]) -> None:
    if connection.vendor != "sqlite" or not contact_ids:
        return
    with connection.cursor() as cursor:
        cursor.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [(i,) for i in contact_ids])


def delete_owner(owner_id: int) -> None:
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE owner_id = %s", [owner_id])


def match_documents(owner_id: int, terms: Sequence[str], limit: int) -> list[tuple[Any, ...]]:
    """(contact id, length, *`HELPER_FIELDS`) of up to `limit` of the owner's documents holding
    any of `terms`: the candidates and what scoring them needs, in one round trip.

    Unranked on purpose, like `match`.
    """
    terms = [term for term in terms if _TOKEN_RE.fullmatch(term)]
    if not terms or connection.vendor not in ("sqlite", "postgresql"):
        return []
    table = AskDocument._meta.db_table
    columns = ", ".join(f"d.{name}" for name in ("contact_id", "length", *HELPER_FIELDS))
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                f"SELECT {columns} FROM {FTS_TABLE} JOIN {table} d "
                f"ON d.contact_id = {FTS_TABLE}.rowid WHERE {FTS_TABLE} MATCH %s "
                f"AND {FTS_TABLE}.owner_id = %s LIMIT %s",
                [" OR ".join(f'"{term}"' for term in terms), owner_id, limit],
            )
        else:
            cursor.execute(
                f"SELECT {columns} FROM {table} d WHERE d.owner_id = %s "
                "AND d.search @@ %s::tsquery LIMIT %s",
                [owner_id, " | ".join(f"'{term}'" for term in terms), limit],
            )
        return list(cursor.fetchall())


def match(owner_id: int, terms: Sequence[str], limit: int) -> list[int]:
    """Ids of up to `limit` of the owner's contacts whose index holds any of `terms`.

    Unranked on purpose: the caller picks terms rare enough that all matches fit in `limit`,
    and ranks them itself, identically on both engines.
    """
    terms = [term for term in terms if _TOKEN_RE.fullmatch(term)]
    if not terms or connection.vendor not in ("sqlite", "postgresql"):
        return []
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            query = " OR ".join(f'"{term}"' for term in terms)
            cursor.execute(
                f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s AND owner_id = %s "
                "LIMIT %s", [query, owner_id, limit],
            )
        else:
            query = " | ".join(f"'{term}'" for term in terms)
            cursor.execute(
                "SELECT contact_id FROM ask_askdocument WHERE owner_id = %s "
                "AND search @@ %s::tsquery LIMIT %s", [owner_id, query, limit],
            )
        return [row[0] for row in cursor.fetchall()]
