"""Google Contacts CSV ("Export → Google CSV"), today's header set and the older one.

Today's: First Name, Middle Name, Last Name, …, Organization Name/Title/Department, Birthday, Notes,
Labels, E-mail 1 - Label / - Value, Phone 1 - …, Address 1 - …, Website 1 - …. The older one
(until 2021): Name, Given Name, Family Name, …, Group Membership, E-mail 1 - Type / - Value,
Organization 1 - Name / - Title, …. One cell may hold several values separated by " ::: "; labels
Google defines carry a "* " prefix ("* Work" → "work"); the year 1604 means a birthday without a
year; the system groups "* myContacts" and "* Other Contacts" are not tags.
"""

from __future__ import annotations

import re

from nettverk.imports.formats.records import ContactRecord, Labeled
from nettverk.imports.formats.tabular import Table
from nettverk.imports.formats.values import (
    add_link,
    add_tags,
    fallback_name,
    join_words,
    label,
    one_line_address,
)

_NUMBERED = re.compile(r"(.+?) (\d+) - (.+)")  # "E-mail 1 - Value" → E-mail, 1, Value
_NAMES = {
    "middle name": ("Middle Name", "Additional Name"),
    "name prefix": ("Name Prefix",),
    "name suffix": ("Name Suffix",),
    "nickname": ("Nickname",),
}
_USED = {
    "Name", "First Name", "Given Name", "Last Name", "Family Name", "Middle Name",
    "Additional Name", "Name Prefix", "Name Suffix", "Nickname", "Organization Name",
    "Organization Title", "Organization Department", "Birthday", "Notes", "Labels",
    "Group Membership", "Photo",
}  # fmt: skip
_ADDRESS_PARTS = ("street", "extended address", "po box", "city", "region", "country")
_ORGANIZATION_PARTS = ("name", "title", "department")
_HANDLED_KINDS = {"e-mail", "phone", "website", "address", "organization"}


def is_google_header(names: set[str]) -> bool:
    if "Group Membership" in names or {"Given Name", "Family Name"} <= names:
        return True  # the older header set
    markers = ("Labels", "E-mail 1 - Value", "File As", "Organization Name")
    return "First Name" in names and any(marker in names for marker in markers)


def parse_google(text: str, *, file: str = "") -> list[ContactRecord]:
    """One record per contact, in file order; FormatError for a broken file."""
    table = Table(text, file=file, is_header=is_google_header, what="Google Contacts CSV")
    older = "First Name" not in table.columns
    table.require(("Name", "Given Name", "Family Name") if older else ("First Name", "Last Name"))
    layout = _Layout(table)
    return [layout.record(line, row) for line, row in table.rows()]


def split_values(cell: str) -> list[str]:
    """The values in one cell: "a@b.se ::: c@d.se" → ["a@b.se", "c@d.se"]."""
    return [value.strip() for value in cell.split(":::") if value.strip()]


class _Layout:
    """Where each field lives in this file's header, worked out once."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.groups: dict[str, dict[int, dict[str, int]]] = {}
        for name, index in table.columns.items():
            found = _NUMBERED.fullmatch(name)
            if found:
                kind = self.groups.setdefault(found[1].lower(), {})
                kind.setdefault(int(found[2]), {})[found[3].lower()] = index
        self.numbered = {
            kind: [parts for _, parts in sorted(self.groups[kind].items())] for kind in self.groups
        }
        self.other_kinds = sorted(self.groups.keys() - _HANDLED_KINDS)
        self.rest = [
            (name.lower(), index)
            for name, index in table.columns.items()
            if name not in _USED and not _NUMBERED.fullmatch(name)
        ]

    def cell(self, row: list[str], *names: str) -> str:
        """The first non-empty of the named cells, "" when the file has none of them."""
        columns = self.table.columns
        for name in names:
            if name in columns:
                value = row[columns[name]]
                if value and not value.isspace():
                    return value.strip()
        return ""

    def record(self, line: int, row: list[str]) -> ContactRecord:
        record = ContactRecord(line=line, source="google")
        self._names(record, row)
        self._organization(record, row)
        self._labeled(record.emails, row, "e-mail")
        self._labeled(record.phones, row, "phone")
        self._links(record, row)
        self._addresses(record, row)
        self._others(record, row, line)
        record.name = self.cell(row, "Name") or join_words(
            record.given_name, record.extra.get("middle name", ""), record.family_name
        )
        record.name = record.name or self.cell(row, "File As") or fallback_name(record)
        return record

    def _names(self, record: ContactRecord, row: list[str]) -> None:
        record.given_name = self.cell(row, "First Name", "Given Name")
        record.family_name = self.cell(row, "Last Name", "Family Name")
        for key, names in _NAMES.items():
            record.add_extra(key, self.cell(row, *names))

    def _organization(self, record: ContactRecord, row: list[str]) -> None:
        record.organization = self.cell(row, "Organization Name")
        record.title = self.cell(row, "Organization Title")
        record.department = self.cell(row, "Organization Department")
        for parts in self._numbered("organization"):  # the older header set
            name, title, department = (_part(row, parts, p) for p in _ORGANIZATION_PARTS)
            if not (record.organization or record.title):
                record.organization, record.title, record.department = name, title, department
            else:
                record.add_extra("organization", join_words(name, title, department))
            for part, index in parts.items():
                if part not in _ORGANIZATION_PARTS and part != "type":
                    record.add_extra(f"organization {part}", row[index].strip())

    def _labeled(self, target: list[Labeled], row: list[str], kind: str) -> None:
        for parts in self._numbered(kind):
            values = split_values(_part(row, parts, "value"))
            kinds = split_values(_part(row, parts, "label", "type"))
            for position, value in enumerate(values):
                raw = kinds[position] if len(kinds) == len(values) else (kinds[0] if kinds else "")
                target.append(Labeled(value, label(raw)))

    def _links(self, record: ContactRecord, row: list[str]) -> None:
        sites: list[Labeled] = []
        self._labeled(sites, row, "website")
        for url, kind in sites:
            add_link(record, url, kind)

    def _addresses(self, record: ContactRecord, row: list[str]) -> None:
        for parts in self._numbered("address"):
            text = one_line_address(_part(row, parts, "formatted"))
            if not text:
                street, extended, box, city, region, country = (
                    _part(row, parts, part) for part in _ADDRESS_PARTS
                )
                postal_city = join_words(_part(row, parts, "postal code"), city)
                text = one_line_address(street, extended, box, postal_city, region, country)
            if text:
                record.addresses.append(Labeled(text, label(_part(row, parts, "label", "type"))))

    def _others(self, record: ContactRecord, row: list[str], line: int) -> None:
        add_tags(record, split_values(self.cell(row, "Labels", "Group Membership")))
        record.notes = self.cell(row, "Notes").replace("\r\n", "\n")
        birthday = self.cell(row, "Birthday")
        if birthday:
            record.birthday = self.table.date(line, "Birthday", birthday)
        record.add_extra("photo url", self.cell(row, "Photo"))
        for kind in self.other_kinds:
            for parts in self._numbered(kind):
                what = label(_part(row, parts, "label", "type"))
                key = f"{kind} ({what})" if what else kind
                record.add_extra(key, " ".join(split_values(_part(row, parts, "value"))))
        for key, index in self.rest:
            record.add_extra(key, row[index].strip())

    def _numbered(self, kind: str) -> list[dict[str, int]]:
        return self.numbered.get(kind, [])


def _part(row: list[str], parts: dict[str, int], *names: str) -> str:
    """The first of the named parts of a numbered field ("value", "label") that the file has."""
    for name in names:
        if name in parts:
            return row[parts[name]].strip()
    return ""
