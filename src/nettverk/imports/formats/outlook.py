"""Outlook CSV: Outlook.com's 61-column export and the desktop export wizard's column set.

Both use English column names (First Name, E-mail Address, Business Phone, Job Title, …); the
desktop writes Windows-1252, which the caller decodes with `text.decode_bytes`. "0/0/00" is
Outlook's empty date; default values such as Priority "Normal" are not worth keeping. Columns not
mapped to a field go to `extra` under their lower-case name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from nettverk.imports.formats.records import ContactRecord, Labeled
from nettverk.imports.formats.tabular import Table
from nettverk.imports.formats.values import add_link, add_tags, fallback_name, join_words
from nettverk.imports.formats.values import one_line_address as address

REQUIRED = ("First Name", "Last Name", "E-mail Address")
_EMAILS = (("E-mail Address", "E-mail Type"), ("E-mail 2 Address", "E-mail 2 Type"),
           ("E-mail 3 Address", "E-mail 3 Type"))  # fmt: skip
_PHONES = {
    "Business Phone": "work", "Business Phone 2": "work", "Home Phone": "home",
    "Home Phone 2": "home", "Mobile Phone": "mobile", "Car Phone": "car", "Other Phone": "other",
    "Primary Phone": "main", "Company Main Phone": "company", "Pager": "pager",
    "Business Fax": "work fax", "Home Fax": "home fax", "Other Fax": "fax",
    "Assistant's Phone": "assistant", "Callback": "callback", "ISDN": "isdn",
    "Radio Phone": "radio", "Telex": "telex", "TTY/TDD Phone": "tty",
}  # fmt: skip
_ADDRESS_KINDS = {"Business": "work", "Home": "home", "Other": "other"}
_ADDRESS_PARTS = ("Street", "Street 2", "Street 3", "Address PO Box", "Postal Code", "City",
                  "State", "Country/Region")  # fmt: skip
_LINKS = (("Web Page", ""), ("Personal Web Page", "personal"))
_NAMES = {"middle name": "Middle Name", "name prefix": "Title", "name suffix": "Suffix",
          "nickname": "Nickname"}  # fmt: skip
_FIELDS = {"organization": "Company", "department": "Department", "title": "Job Title",
           "role": "Profession", "notes": "Notes"}  # fmt: skip
_DEFAULTS = {"Priority": "Normal", "Sensitivity": "Normal", "Private": "False",
             "Gender": "Unspecified", "Anniversary": "0/0/00"}  # fmt: skip
_EMPTY_DATE = "0/0/00"
_USED = {
    "First Name", "Last Name", "Birthday", "Categories",
    "E-mail Display Name", "E-mail 2 Display Name", "E-mail 3 Display Name",
    *(column for pair in _EMAILS for column in pair), *_PHONES, *_NAMES.values(), *_FIELDS.values(),
    *(f"{kind} {part}" for kind in _ADDRESS_KINDS for part in _ADDRESS_PARTS),
    *(column for column, _ in _LINKS),
}  # fmt: skip
_CATEGORY_SPLIT = re.compile(r"[;,]")


def is_outlook_header(names: set[str]) -> bool:
    markers = ("E-mail Address", "Business Phone", "Job Title", "Mobile Phone", "Business Street")
    has_name = "First Name" in names and "Last Name" in names
    return has_name and any(marker in names for marker in markers)


def parse_outlook(text: str, *, file: str = "") -> list[ContactRecord]:
    """One record per contact, in file order; FormatError for a broken file."""
    table = Table(text, file=file, is_header=is_outlook_header, what="Outlook CSV")
    table.require(REQUIRED)
    layout = _Layout(table)
    return [layout.record(line, row) for line, row in table.rows()]


class _Layout:
    """Where each field lives in this file's header, worked out once: rows have 61 cells."""

    def __init__(self, table: Table) -> None:
        def present(pairs: Iterable[tuple[str, str]]) -> list[tuple[int, str]]:
            return [(table.columns[column], what) for column, what in pairs if column in table]

        self.table = table
        self.names = present((column, key) for key, column in _NAMES.items())
        self.fields = present((column, attribute) for attribute, column in _FIELDS.items())
        self.emails = [
            (table.columns[column], table.index(kind), column.lower())
            for column, kind in _EMAILS
            if column in table
        ]
        self.phones = present(_PHONES.items())
        self.links = present(_LINKS)
        self.addresses = [
            (kind, [table.index(f"{prefix} {part}") for part in _ADDRESS_PARTS])
            for prefix, kind in _ADDRESS_KINDS.items()
            if any(f"{prefix} {part}" in table for part in _ADDRESS_PARTS)
        ]
        self.rest = present((name, name) for name in table.columns if name not in _USED)

    def record(self, line: int, row: list[str]) -> ContactRecord:
        table = self.table
        record = ContactRecord(line=line, source="outlook")
        record.given_name = row[table.index("First Name")].strip()
        record.family_name = row[table.index("Last Name")].strip()
        for index, key in self.names:
            record.add_extra(key, row[index].strip())
        for index, attribute in self.fields:
            setattr(record, attribute, row[index].strip().replace("\r\n", "\n"))
        self._contacts(record, row)
        add_tags(record, _CATEGORY_SPLIT.split(row[table.index("Categories")]))
        birthday = row[table.index("Birthday")].strip()
        if birthday and birthday != _EMPTY_DATE:
            record.birthday = table.date(line, "Birthday", birthday)
        for index, column in self.rest:
            value = row[index].strip()
            if value != _DEFAULTS.get(column):
                record.add_extra(column.lower(), value)
        middle = record.extra.get("middle name", "")
        record.name = join_words(record.given_name, middle, record.family_name)
        record.name = record.name or fallback_name(record)
        return record

    def _contacts(self, record: ContactRecord, row: list[str]) -> None:
        for index, kind_index, key in self.emails:
            value = row[index].strip()
            if row[kind_index].strip().upper() == "EX":  # an Exchange directory name
                record.add_extra(key, value)
            elif value:
                record.emails.append(Labeled(value, ""))
        phones = ((row[index].strip(), kind) for index, kind in self.phones if row[index])
        record.phones.extend(Labeled(number, kind) for number, kind in phones if number)
        for index, kind in self.links:
            add_link(record, row[index], kind)
        for kind, indexes in self.addresses:
            street, street2, street3, box, postal, city, region, country = (
                row[index].strip() for index in indexes
            )
            text = address(street, street2, street3, box, join_words(postal, city), region, country)
            if text:
                record.addresses.append(Labeled(text, kind))
