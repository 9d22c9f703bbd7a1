"""The ask's hot-path reads as plain SQL, portable between SQLite and PostgreSQL.

Each ask runs these few small queries; building them through the ORM cost several times more
than running them (measured: 6 ms against 0.2 ms for the ties of 30 contacts), which alone would
spend the 15 ms budget. Table and column names come from the models' metadata.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, NamedTuple

from django.db import connection

from nettverk.ask.documents import HELPER_FIELDS, ContactCard, ContactText
from nettverk.ask.models import AskDocument, AskTerm
from nettverk.contacts.models import Contact, Organization, Tag
from nettverk.interactions.models import Interaction
from nettverk.lib.bulk_rows import insert_rows

_LINKS = Interaction.contacts.through._meta.db_table
_INTERACTIONS = Interaction._meta.db_table


def _rows(sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return list(cursor.fetchall())


def _marks(values: Sequence[Any]) -> str:
    return ", ".join(["%s"] * len(values))


DOCUMENT_COLUMNS = ("contact_id", "owner_id", "body", "length", *HELPER_FIELDS, "needs")


def insert_documents(rows: Sequence[tuple[Any, ...]]) -> None:
    """Rows in `DOCUMENT_COLUMNS` order, in bulk (on PostgreSQL the server still computes each
    row's tsvector)."""
    insert_rows(AskDocument._meta.db_table, DOCUMENT_COLUMNS, rows)


def document_bodies(ids: Sequence[int]) -> list[tuple[str, int]]:
    """(body, length) of the stored documents of `ids`: what their old version counted."""
    if not ids:
        return []
    sql = (f"SELECT body, length FROM {AskDocument._meta.db_table} "
           f"WHERE contact_id IN ({_marks(ids)})")
    return [(body, length) for body, length in _rows(sql, ids)]


def delete_documents(ids: Sequence[int]) -> None:
    if ids:
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {AskDocument._meta.db_table} "
                           f"WHERE contact_id IN ({_marks(ids)})", list(ids))


def contact_texts(owner_id: int, ids: Sequence[int]) -> list[tuple[Any, ...]]:
    """(id, then the fields of `documents.ContactText` but tags) of the owner's contacts."""
    if not ids:
        return []
    org = Organization._meta.db_table
    sql = (
        f"SELECT c.id, c.title, c.expertise, c.notes, c.needs, c.department, c.industry, "
        f"o.name, o.industry FROM {Contact._meta.db_table} c LEFT JOIN {org} o "
        f"ON o.id = c.organization_id WHERE c.owner_id = %s AND c.id IN ({_marks(ids)})"
    )
    return _rows(sql, [owner_id, *ids])


def term_counts(owner_id: int, terms: Iterable[str]) -> dict[str, int]:
    terms = list(terms)
    sql = (f"SELECT term, df FROM {AskTerm._meta.db_table} "
           f"WHERE owner_id = %s AND term IN ({_marks(terms)})")
    return {term: df for term, df in _rows(sql, [owner_id, *terms])} if terms else {}


class Tally(NamedTuple):
    """What the logged interactions say: the last one, and how many since a day."""

    last: date | None
    since: int
    meetings_since: int


def contact_cards(owner_id: int, ids: Sequence[int],
                  since: date) -> dict[int, tuple[ContactCard, Tally]]:
    """The owner's contacts among `ids`: what is shown and explained of each, and their
    interactions, in one round trip. Tags are not read here (see `tag_names`).

    The introducer and the tally are correlated subqueries, not joins under a GROUP BY:
    PostgreSQL plans and runs that in about half the time, SQLite the same."""
    if not ids:
        return {}
    contacts, org = Contact._meta.db_table, Organization._meta.db_table
    touched = (f"FROM {_LINKS} l JOIN {_INTERACTIONS} i ON i.id = l.interaction_id "
               f"WHERE l.contact_id = c.id")
    sql = (
        f"SELECT c.id, c.name, c.strength, c.decision_maker, "
        f"(SELECT p.name FROM {contacts} p WHERE p.id = c.introduced_by_id), c.title, "
        f"c.expertise, c.notes, c.needs, c.department, c.industry, o.name, o.industry, "
        f"(SELECT MAX(i.occurred_on) {touched}), "
        f"(SELECT COUNT(*) {touched} AND i.occurred_on > %s), "
        f"(SELECT COUNT(*) {touched} AND i.occurred_on > %s AND i.kind = 'meeting') "
        f"FROM {contacts} c LEFT JOIN {org} o ON o.id = c.organization_id "
        f"WHERE c.owner_id = %s AND c.id IN ({_marks(ids)})"
    )
    day = since.isoformat() if connection.vendor == "sqlite" else since
    return {row[0]: _card(row) for row in _rows(sql, [day, day, owner_id, *ids])}


def _card(row: tuple[Any, ...]) -> tuple[ContactCard, Tally]:
    pk, name, strength, decides, introducer, title, expertise, notes, needs = row[:9]
    department, industry, org_name, org_industry, last, since, meetings = row[9:]
    words = ContactText(title, expertise, notes, needs, department, industry, org_name,
                        org_industry)
    card = ContactCard(pk, name, title, org_name, strength, bool(decides), introducer, words)
    return card, Tally(_day(last) if last else None, int(since or 0), int(meetings or 0))


def tag_names(ids: Sequence[int]) -> dict[int, list[str]]:
    """Each contact's tag names, sorted by code point: the same order on every engine and
    collation, and the order an import gives the tags of contacts it creates."""
    if not ids:
        return {}
    links = Contact.tags.through._meta.db_table
    sql = (f"SELECT l.contact_id, t.name FROM {links} l JOIN {Tag._meta.db_table} t "
           f"ON t.id = l.tag_id WHERE l.contact_id IN ({_marks(ids)})")
    names: dict[int, list[str]] = {pk: [] for pk in ids}
    for pk, name in _rows(sql, ids):
        names[pk].append(name)
    for found in names.values():
        found.sort()
    return names


def _day(value: Any) -> date:
    # SQLite hands dates back as ISO text through a raw cursor, PostgreSQL as dates.
    return value if isinstance(value, date) else date.fromisoformat(str(value))
