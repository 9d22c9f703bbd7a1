"""The plain records every parser returns, and the one error type they raise.

A parser turns a whole file into a list of `ContactRecord`s or raises `FormatError`; it never
touches the database. The import pipeline decides what to store and how to merge.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

# The largest single field (a NOTE, a PHOTO, a CSV cell) a parser accepts, in characters.
MAX_FIELD = 1024 * 1024


class Labeled(NamedTuple):
    """A value with its kind as the source wrote it: ("a@b.se", "work"); label "" when none."""

    value: str
    label: str = ""


@dataclass(slots=True)
class ContactRecord:
    """One contact as read from a file, before any validation against the database.

    `line` is where the card or row starts in the file (1-based), for messages. `name` is the
    display name: FN, else built from the name parts, else the organization, else the first email;
    "" only when there is nothing at all. Dates are ISO strings: `birthday` is "YYYY-MM-DD", or
    "--MM-DD" when the year is unknown (1604 in Apple's and Google's files); `first_met` is
    LinkedIn's "Connected On". Labels are lower case for the kinds a program defines ("work",
    "home", "mobile", "cell", "home fax", "linkedin" for any LinkedIn profile URL) and kept as
    written for a user's own ("Golf club"). Addresses are one line, street first. `photo` holds
    the decoded image and `photo_type` its MIME type. `source` is "vcard", "linkedin", "google"
    or "outlook". Values are as written (emails and phones are not validated here).

    `extra` keeps every other value worth keeping under a lower-case key: "nickname",
    "middle name", "name prefix", "name suffix", "credentials" (LinkedIn's "Berg, CFA"),
    "photo url", "birthday" (a text one such as "circa 1800"), a vCard property's name
    ("x-skype", "x-abdate (anniversary)" with an Apple label), or a CSV column's name ("spouse").
    Several values under one key are joined with newlines.
    """

    line: int
    name: str = ""
    given_name: str = ""
    family_name: str = ""
    emails: list[Labeled] = field(default_factory=list)
    phones: list[Labeled] = field(default_factory=list)
    organization: str = ""
    department: str = ""
    title: str = ""
    role: str = ""
    links: list[Labeled] = field(default_factory=list)
    addresses: list[Labeled] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    birthday: str = ""
    first_met: str = ""
    uid: str = ""
    photo: bytes | None = None
    photo_type: str = ""
    source: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def add_extra(self, key: str, value: str) -> None:
        """Keep `value` under `key`, after any value already there."""
        if not value:
            return
        old = self.extra.get(key)
        self.extra[key] = value if not old else f"{old}\n{value}"


class FormatError(ValueError):
    """A file that cannot be read as the format it claims; `str()` is one line for the user.

    `line` is 1-based (the physical line in the file where the faulty card, row or byte starts);
    `field` names the vCard property, CSV column or other part at fault.
    """

    def __init__(self, file: str, line: int, field: str, message: str) -> None:
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.file or "<input>"
        return _one_line(f"{where}:{self.line}: {self.field}: {self.message}")

    def __reduce__(self) -> tuple[type[FormatError], tuple[str, int, str, str]]:
        return (FormatError, (self.file, self.line, self.field, self.message))


def _one_line(text: str) -> str:
    lines = text.splitlines()
    return " ".join(part.strip() for part in lines) if len(lines) > 1 else text


def shorten(value: str, limit: int = 40) -> str:
    """`value` quoted for an error message, cut to `limit` characters."""
    cut = value if len(value) <= limit else value[: limit - 1] + "…"
    return repr(cut)
