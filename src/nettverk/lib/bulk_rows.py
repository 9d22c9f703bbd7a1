"""Rows straight into a table, in bulk: one COPY on PostgreSQL, multi-row INSERTs on SQLite.

For the paths that write tens of thousands of rows at once (an import, the ask's index), where
building a model instance per row, or binding one statement per row, costs more than the write.
Rows are sequences of values already in the database's form.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from itertools import chain
from typing import Any

from django.db import connection

BATCH = 5000  # rows per executemany on SQLite: bounded memory for the statement's parameters


def insert_rows(table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]],
                literals: dict[str, str] | None = None, *, skip_taken: bool = False) -> None:
    """Write `rows` (values in `columns` order, already adapted) into `table`; `literals` are
    further columns with one SQL literal for every row (SQLite only). With `skip_taken`, a row
    whose unique key a row in the table already holds is left out (on PostgreSQL through
    INSERT rather than COPY, which cannot skip)."""
    if not rows:
        return
    quote = connection.ops.quote_name
    fixed = literals or {}
    names = ", ".join(quote(column) for column in [*columns, *fixed])
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql" and not skip_taken:
            raw = cursor.cursor  # psycopg's own cursor: COPY is not part of DB-API
            with raw.copy(f"COPY {quote(table)} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return
        marks = "(" + ", ".join(["%s"] * len(columns) +
                                [v.replace("%", "%%") for v in fixed.values()]) + ")"
        start_sql = f"INSERT INTO {quote(table)} ({names}) VALUES "
        end_sql = " ON CONFLICT DO NOTHING" if skip_taken else ""
        per = _rows_per_statement(len(columns))
        many = start_sql + ", ".join([marks] * per) + end_sql
        for start in range(0, len(rows), BATCH):
            batch = rows[start : start + BATCH]
            whole = len(batch) - len(batch) % per
            flat = list(chain.from_iterable(batch[:whole]))
            step = per * len(columns)
            cursor.executemany(many, [flat[i : i + step] for i in range(0, len(flat), step)])
            if whole < len(batch):
                cursor.executemany(start_sql + marks + end_sql, batch[whole:])


def _rows_per_statement(width: int) -> int:
    """Rows per INSERT: a hundred rows in one statement cost a quarter less than a
    hundred steps of a one-row statement, within the build's limit on bound parameters."""
    limit: int = (65_535 if connection.vendor == "postgresql"
                  else connection.connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))
    return max(1, min(100, limit // max(width, 1)))


def sql_literal(value: Any) -> str:
    """A column default as an SQL literal (None, bool, int, float, str or bytes)."""
    if value is None:
        return "NULL"
    if isinstance(value, bool | int | float):
        return str(int(value)) if isinstance(value, bool) else repr(value)
    if isinstance(value, bytes | memoryview):
        return f"X'{bytes(value).hex()}'"
    return "'" + str(value).replace("'", "''") + "'"


def chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
