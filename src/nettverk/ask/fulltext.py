"""The engine-specific full-text index over `AskDocument.body`, behind one small interface.

SQLite: an FTS5 table `ask_fts` (rowid = contact id, owner as an unindexed column) over the
document table as its external content. PostgreSQL: a generated `tsvector` column on the
document table, built verbatim from the body's tokens (`array_to_tsvector`, no parser or
dictionary in between), with a GIN index. Either way the tokens are our own, already normalised
and stemmed, and a query is a plain OR of quoted tokens. On SQLite a query starts from the
matches (CROSS JOIN fixes that order): left to itself, the planner walks all the owner's
documents instead.

The FTS5 table keeps no copy of the bodies and no per-document sizes (`columnsize=0`): nothing
reads them, and an import of 100,000 contacts spent half a second writing them. FTS5 takes an
entry out by the values it was indexed with, so triggers on the document table do that before a
document is deleted or changed, whichever way (a contact's cascade, a merge). New documents are
indexed explicitly (`insert_rows`), many rows per call: a trigger firing for each row an import
inserts costs ten times as much, as FTS5 then writes its pending terms out after every row.
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

_DOCUMENTS = AskDocument._meta.db_table
_UNINDEX_OLD = (f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, body, owner_id) "
                "VALUES ('delete', old.contact_id, old.body, old.owner_id);")
_SQLITE_CREATE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "body, owner_id UNINDEXED, tokenize = \"unicode61 remove_diacritics 0 tokenchars '_'\", "
    f"content = '{_DOCUMENTS}', content_rowid = 'contact_id', columnsize = 0)",
    f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_delete AFTER DELETE ON {_DOCUMENTS} "
    f"BEGIN {_UNINDEX_OLD} END",
    f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_update AFTER UPDATE ON {_DOCUMENTS} "
    f"BEGIN {_UNINDEX_OLD} INSERT INTO {FTS_TABLE} (rowid, body, owner_id) "
    "VALUES (new.contact_id, new.body, new.owner_id); END",
)
_SQLITE_DROP = (
    f"DROP TRIGGER IF EXISTS {FTS_TABLE}_delete",
    f"DROP TRIGGER IF EXISTS {FTS_TABLE}_update",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)
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
    """Called by the migrations; other engines have no full-text index and the ask says so."""
    _run(db, {"sqlite": _SQLITE_CREATE, "postgresql": _PG_CREATE})


def drop_index(db: BaseDatabaseWrapper) -> None:
    _run(db, {"sqlite": _SQLITE_DROP, "postgresql": _PG_DROP})


def _run(db: BaseDatabaseWrapper, statements: dict[str, tuple[str, ...]]) -> None:
    with db.cursor() as cursor:
        for sql in statements.get(db.vendor, ()):
            cursor.execute(sql)


def insert_rows(rows: Sequence[tuple[int, int, str]]) -> None:
    """(contact id, owner id, body) of documents just inserted; deleting a document takes its
    entry out by itself (a trigger), as PostgreSQL's column follows by itself."""
    if connection.vendor != "sqlite" or not rows:
        return
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {FTS_TABLE} (rowid, owner_id, body) VALUES (%s, %s, %s)", rows
        )


def match_documents(owner_id: int, terms: Sequence[str], limit: int) -> list[tuple[Any, ...]]:
    """(contact id, length, *`HELPER_FIELDS`) of up to `limit` of the owner's documents holding
    any of `terms`: the candidates and what scoring them needs, in one round trip.

    Unranked on purpose, like `match`.
    """
    return _matching(owner_id, terms, limit, ("contact_id", "length", *HELPER_FIELDS))


def match(owner_id: int, terms: Sequence[str], limit: int) -> list[int]:
    """Ids of up to `limit` of the owner's contacts whose index holds any of `terms`.

    Unranked on purpose: the caller picks terms rare enough that all matches fit in `limit`,
    and ranks them itself, identically on both engines.
    """
    return [row[0] for row in _matching(owner_id, terms, limit, ("contact_id",))]


def _matching(owner_id: int, terms: Sequence[str], limit: int,
              names: Sequence[str]) -> list[tuple[Any, ...]]:
    """The document columns `names` of up to `limit` of the owner's documents holding any of
    `terms`."""
    terms = [term for term in terms if _TOKEN_RE.fullmatch(term)]
    if not terms or connection.vendor not in ("sqlite", "postgresql"):
        return []
    columns = ", ".join(f"d.{name}" for name in names)
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                f"SELECT {columns} FROM {FTS_TABLE} CROSS JOIN {_DOCUMENTS} d "
                f"ON d.contact_id = {FTS_TABLE}.rowid WHERE {FTS_TABLE} MATCH %s "
                "AND d.owner_id = %s LIMIT %s",
                [" OR ".join(f'"{term}"' for term in terms), owner_id, limit],
            )
        else:
            cursor.execute(
                f"SELECT {columns} FROM {_DOCUMENTS} d WHERE d.owner_id = %s "
                "AND d.search @@ %s::tsquery LIMIT %s",
                [owner_id, " | ".join(f"'{term}'" for term in terms), limit],
            )
        return list(cursor.fetchall())
