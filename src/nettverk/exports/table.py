"""Contacts as CSV: one row per contact, for spreadsheets (columns documented in README).

UTF-8 with a byte-order mark so Excel reads the letters right, CRLF line ends, a header row.
Several values in one cell (emails, phones, links, addresses, tags) are separated by " ::: ",
as Google Contacts writes them; a birthday without a year is "--MM-DD". A text a spreadsheet
would run as a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading
apostrophe, except a plain number or phone number such as "+47 22 33 44 55".
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from typing import IO, Any

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.exports.people import contacts_for_export
from nettverk.imports.store_existing import field_text

SEPARATOR = " ::: "
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?[\d\s().-]+")


def _safe(value: Any) -> Any:
    """The value as a spreadsheet will show it, never run it (CSV injection)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def _many(values: list[str]) -> str:
    return SEPARATOR.join(values)


COLUMNS: tuple[tuple[str, Callable[[Contact], Any]], ...] = (
    ("uid", lambda c: str(c.uid)),
    ("name", lambda c: c.name),
    ("given_name", lambda c: c.given_name),
    ("family_name", lambda c: c.family_name),
    ("organization", lambda c: c.organization.name if c.organization else ""),
    ("department", lambda c: c.department),
    ("title", lambda c: c.title),
    ("function", lambda c: c.function),
    ("seniority", lambda c: c.seniority),
    ("decision_maker", lambda c: "yes" if c.decision_maker else "no"),
    ("emails", lambda c: _many([e.address for e in c.emails.all()])),
    ("phones", lambda c: _many([p.number for p in c.phones.all()])),
    ("links", lambda c: _many([link.url for link in c.links.all()])),
    ("addresses", lambda c: _many([a.text for a in c.addresses.all()])),
    ("tags", lambda c: _many([t.name for t in c.tags.all()])),
    ("industry", lambda c: c.industry),
    ("location", lambda c: c.location),
    ("languages", lambda c: c.languages),
    ("expertise", lambda c: c.expertise),
    ("needs", lambda c: c.needs),
    ("notes", lambda c: c.notes),
    ("birthday", lambda c: field_text(c.birthday)),
    ("first_met", lambda c: field_text(c.first_met)),
    ("arena", lambda c: c.arena.name if c.arena else ""),
    ("cadence_days", lambda c: c.cadence_days or ""),
    ("strength", lambda c: c.strength),
    ("source", lambda c: c.source),
    ("created_at", lambda c: c.created_at.isoformat()),
)


def write_csv(owner: User, out: IO[str]) -> int:
    """Every contact of `owner` as a row; returns how many."""
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([name for name, _value in COLUMNS])
    count = 0
    for contact in contacts_for_export(owner):
        writer.writerow([_safe(value(contact)) for _name, value in COLUMNS])
        count += 1
    return count
