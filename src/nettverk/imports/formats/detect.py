"""Which kind of contact file a text is, told from its content, and parsing it as that kind.

`detect_format` looks at the start of the text only: BEGIN:VCARD; a JSON object with a "nettverk"
key (a nettverk backup, restored by the import pipeline, not parsed here); or a CSV header line
recognised by its column names (LinkedIn also by its "Notes:" preamble). The file name is used only
in error messages: a .csv named .vcf is still read as what it is.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Sequence
from typing import Any

from django.utils.translation import gettext as _

from nettverk.imports.formats.csv_halves import csv_halves
from nettverk.imports.formats.google import is_google_header, parse_google
from nettverk.imports.formats.linkedin import is_linkedin_header, parse_linkedin
from nettverk.imports.formats.outlook import is_outlook_header, parse_outlook
from nettverk.imports.formats.records import ContactRecord, FormatError
from nettverk.imports.formats.tabular import HEADER_SEARCH_ROWS, guess_delimiter
from nettverk.imports.formats.vcard import parse_vcards, read_cards, split_cards

FORMATS = ("vcard", "linkedin", "google", "outlook", "json")
_HEAD = 65536  # enough for any header, LinkedIn's preamble included
# The first part's share of a big CSV's rows (see `split`): the second is read in a child, which
# also pays for sending its records back. Measured at 100,000 LinkedIn rows: reading takes 2.9 s
# in one pass, 2.7 s cut at 0.5, 2.25 s at 0.6, 2.35 s at 0.65.
CSV_SHARE = 0.6
_VCARD = re.compile(r"(?:^|[\r\n])[ \t]*BEGIN:VCARD[ \t]*(?:[\r\n]|$)", re.IGNORECASE)
_NETTVERK_KEY = re.compile(r'"nettverk"\s*:')
_CSV_KINDS: tuple[tuple[str, Callable[[set[str]], bool]], ...] = (
    ("linkedin", is_linkedin_header),
    ("google", is_google_header),
    ("outlook", is_outlook_header),
)
_PARSERS: dict[str, Callable[..., list[ContactRecord]]] = {
    "vcard": parse_vcards,
    "linkedin": parse_linkedin,
    "google": parse_google,
    "outlook": parse_outlook,
}


def detect_format(text: str, filename: str = "") -> str:
    """One of "vcard", "linkedin", "google", "outlook", "json"; FormatError when none fits."""
    head = text[:_HEAD].lstrip("\ufeff \t\r\n")
    if _VCARD.search(head):
        return "vcard"
    if head.startswith("{") and _NETTVERK_KEY.search(head):
        return "json"
    kind = _csv_kind(head)
    if kind:
        return kind
    if head.startswith("Notes:"):
        return "linkedin"  # LinkedIn's preamble, with a header too broken to recognise
    message = _(
        "cannot tell the format: expected a vCard (BEGIN:VCARD), a LinkedIn, Google or Outlook "
        "CSV export, or a nettverk JSON backup"
    )
    raise FormatError(filename, 1, "format", message)


def parse(text: str, fmt: str, *, file: str = "") -> list[ContactRecord]:
    """Records from `text` read as `fmt`: any of FORMATS but "json", which the pipeline restores.

    An unknown `fmt` is a programming error (ValueError); a broken file raises FormatError.
    """
    parser = _PARSERS.get(fmt)
    if parser is None:
        known = ", ".join(_PARSERS)
        raise ValueError(f"parse() reads {known}; {fmt!r} is not one of them")
    return parser(text, file=file)


def split(text: str, fmt: str, *, file: str = "", halves: bool = False) -> list[Any]:
    """The parts of `text` that `read` turns into records independently of one another: the
    cards still to be read for a vCard file (FormatError for a broken one, as `parse`); for a
    CSV the whole text or, with `halves`, two texts that read as it does (`csv_halves`)."""
    if fmt == "vcard":
        return split_cards(text, file=file)
    headers = dict(_CSV_KINDS)
    if halves and fmt in headers:
        return csv_halves(text, headers[fmt], share=CSV_SHARE)
    return [text]


def read(parts: Sequence[Any], fmt: str, *, file: str = "") -> list[ContactRecord]:
    """The records of some of `split`'s parts, in their order."""
    if fmt == "vcard":
        return read_cards(parts, file=file)
    return [record for part in parts for record in parse(part, fmt, file=file)]


def _csv_kind(head: str) -> str:
    rows = csv.reader(io.StringIO(head, newline=""), delimiter=guess_delimiter(head))
    try:
        for count, row in enumerate(rows):
            names = {cell.strip() for cell in row}
            for kind, is_header in _CSV_KINDS:
                if is_header(names):
                    return kind
            if count >= HEADER_SEARCH_ROWS:
                break
    except csv.Error:
        return ""
    return ""
