"""LinkedIn's Connections.csv (Settings → Data privacy → Get a copy of your data).

Handles the export since 2021 (a "Notes:" preamble and a blank line before the header, `09 Oct 2024`
dates), the same file re-saved by Excel (`Notes:,,` padding, CRLF, `5-Jan-26` dates), and the older
export without a preamble (`1/8/18, 6:14 PM` dates). Rows holding only a date ("ghost" rows of
members who left) are skipped. A last name such as "Berg, CFA" becomes the family name "Berg" with
"CFA" in extra["credentials"]; a nickname in quotes (Erik "Ricky") goes to extra["nickname"].
"""

from __future__ import annotations

from nettverk.imports.formats.records import ContactRecord, Labeled
from nettverk.imports.formats.tabular import Table
from nettverk.imports.formats.values import fallback_name, is_linkedin_profile, join_words

COLUMNS = ("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On")
REQUIRED = ("First Name", "Last Name", "Company", "Position", "Connected On")
_new_tuple = tuple.__new__  # Labeled(…) runs a Python-level __new__; this is 2x faster


def is_linkedin_header(names: set[str]) -> bool:
    has_name = "First Name" in names and "Last Name" in names
    return has_name and ("Connected On" in names or "Position" in names)


def parse_linkedin(text: str, *, file: str = "") -> list[ContactRecord]:
    """One record per connection, in file order; FormatError for a broken file."""
    table = Table(text, file=file, is_header=is_linkedin_header, what="LinkedIn Connections.csv")
    table.require(REQUIRED)
    first, last, url, email, company, position, connected = map(table.index, COLUMNS)
    rest = [(name.lower(), index) for name, index in table.columns.items() if name not in COLUMNS]
    days: dict[str, str] = {}  # "09 Oct 2024" → "2024-10-09": a file repeats its dates
    records = []
    for line, row in table.rows():  # the hot loop of an import: kept flat on purpose
        given, family, link = row[first].strip(), row[last].strip(), row[url].strip()
        address, organization = row[email].strip(), row[company].strip()
        if not (given or family or link or address or organization):
            continue  # a ghost row: only the date of a connection that has left LinkedIn
        if "," in family or '"' in given:
            record = _person(line, given, family)
        else:
            name = f"{given} {family}" if given and family else given or family
            record = ContactRecord(line, name, given, family, source="linkedin")
        record.organization, record.title = organization, row[position].strip()
        if address:
            record.emails.append(_new_tuple(Labeled, (address, "")))
        if link:
            kind = "linkedin" if is_linkedin_profile(link) else ""
            record.links.append(_new_tuple(Labeled, (link, kind)))
        if not record.name:
            record.name = fallback_name(record)
        day = row[connected].strip()
        if day:
            met = days.get(day)
            if met is None:
                met = days[day] = table.date(line, "Connected On", day)
            record.first_met = met
        for key, index in rest:  # columns LinkedIn may add, such as the older export's Tags
            record.add_extra(key, row[index].strip())
        records.append(record)
    return records


def _person(line: int, given: str, family: str) -> ContactRecord:
    record = ContactRecord(line=line, source="linkedin")
    shown = join_words(given, family.split(",", 1)[0])
    if "," in family:
        family, credentials = (part.strip() for part in family.split(",", 1))
        record.extra["credentials"] = credentials
    if given.count('"') == 2:
        before, nickname, after = given.split('"')
        record.extra["nickname"] = nickname.strip()
        given = join_words(before, after)
    record.name, record.given_name, record.family_name = shown, given, family
    return record
