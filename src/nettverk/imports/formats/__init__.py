"""Parsers that turn contact files into plain `ContactRecord`s.

    text = decode_bytes(data, file=name)
    records = parse(text, detect_format(text, name), file=name)

No database here: the import pipeline stores the records. Every parser raises `FormatError` (one
line: "file:line: field: message", the message in the user's language) for a file it cannot read,
and nothing else for bad input.
"""

from nettverk.imports.formats.detect import FORMATS, detect_format, parse, read, split
from nettverk.imports.formats.google import parse_google
from nettverk.imports.formats.linkedin import parse_linkedin
from nettverk.imports.formats.outlook import parse_outlook
from nettverk.imports.formats.records import MAX_FIELD, ContactRecord, FormatError, Labeled
from nettverk.imports.formats.text import decode_bytes
from nettverk.imports.formats.vcard import parse_vcards

__all__ = [
    "FORMATS",
    "MAX_FIELD",
    "ContactRecord",
    "FormatError",
    "Labeled",
    "decode_bytes",
    "detect_format",
    "parse",
    "parse_google",
    "parse_linkedin",
    "parse_outlook",
    "parse_vcards",
    "read",
    "split",
]
