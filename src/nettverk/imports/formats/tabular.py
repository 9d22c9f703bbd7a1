"""CSV exports read strictly: header search, physical line numbers, limits and clear errors.

Python's csv module reads an unclosed quote to the end of the file as one field unless `strict` is
set; here it is, and every csv error becomes a FormatError naming the line where the bad row starts
and, where it can be told, the column. The header is found by its column names, not by skipping a
fixed count of lines, so preambles (LinkedIn's "Notes:") and Excel's padding do not matter.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator, Sequence

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from nettverk.imports.formats.dates import date_iso
from nettverk.imports.formats.records import MAX_FIELD, FormatError, shorten

# How far down a file its header may be: LinkedIn's preamble takes 3 lines.
HEADER_SEARCH_ROWS = 50
# Columns whose presence marks a header line, for guessing the delimiter before parsing.
_HEADER_HINTS = ("First Name", "Given Name", "E-mail Address", "Last Name")

HeaderTest = Callable[[set[str]], bool]


class Table:
    """A CSV file's header and rows; rows are padded so that `index()` of a missing column is ""."""

    def __init__(self, text: str, *, file: str, is_header: HeaderTest, what: str) -> None:
        text = text[1:] if text.startswith("\ufeff") else text
        self.text, self.file, self.what = text, file, what
        self.delimiter = guess_delimiter(text)
        lines = io.StringIO(text, newline="")
        self._reader = csv.reader(lines, delimiter=self.delimiter, strict=True)
        self._last_line = 0
        self.header: list[str] = []  # until it is found: error messages may need it before
        self.header, self.header_line = self._find_header(is_header)
        self.header_end = self._last_line  # the header row's last physical line
        self.width = len(self.header)
        self.columns = {name: i for i, name in reversed(list(enumerate(self.header))) if name}

    def __contains__(self, name: str) -> bool:
        return name in self.columns

    def index(self, name: str) -> int:
        """The column's position; for a column the file lacks, the position of the padding ""."""
        return self.columns.get(name, self.width)

    def require(self, names: Sequence[str]) -> None:
        missing = [name for name in names if name not in self.columns]
        if missing:
            listed = ", ".join(f'"{name}"' for name in missing)
            message = _("the %(what)s header has no %(columns)s column") % {
                "what": self.what, "columns": listed}
            raise FormatError(self.file, self.header_line, missing[0], message)

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(line where the row starts, cells) for each row after the header with any content.

        Rows are padded to the header's width plus one empty cell, which `index()` points at
        for a column the file lacks; a row with more non-empty cells than the header is an error.
        """
        reader, width, last = self._reader, self.width, self._last_line
        padding = [""] * (width + 1)
        try:
            for row in reader:
                line, last = last + 1, reader.line_num
                size = len(row)
                if size <= width:
                    row += padding[size:]
                elif any(cell.strip() for cell in row[width:]):
                    message = _("the row has %(size)d fields but the header has %(width)d") % {
                        "size": size, "width": width}
                    raise FormatError(self.file, line, "row", message)
                else:
                    del row[width + 1 :]
                    row[width] = ""
                if any(row):
                    yield line, row
        except csv.Error as error:
            raise self._error(last + 1, str(error)) from None

    def date(self, line: int, column: str, value: str) -> str:
        """An ISO date for a cell, or FormatError naming the column."""
        try:
            found = date_iso(value)
        except ValueError as error:
            raise FormatError(self.file, line, column, f"{error} ({shorten(value)})") from None
        if found is None:
            message = _("%(value)s is not a date (expected e.g. 2024-10-09 or 09 Oct 2024)") % {
                "value": shorten(value)}
            raise FormatError(self.file, line, column, message)
        return found

    def _find_header(self, is_header: HeaderTest) -> tuple[list[str], int]:
        _allow_long_fields()
        reader = self._reader
        try:
            for row in reader:
                line, self._last_line = self._last_line + 1, reader.line_num
                names = [cell.strip() for cell in row]
                if is_header(set(names)):
                    return names, line
                if line > HEADER_SEARCH_ROWS:
                    break
        except csv.Error as error:
            raise self._error(self._last_line + 1, str(error)) from None
        message = _("no %(what)s header line found (the column names, e.g. First Name)") % {
            "what": self.what}
        raise FormatError(self.file, 1, "header", message)

    def _error(self, line: int, problem: str) -> FormatError:
        column, found = scan_row(self.text, _offset_of(self.text, line), self.delimiter)
        name = self.header[column] if column < len(self.header) else f"column {column + 1}"
        message = _(_PROBLEMS[found]) % {"size": MAX_FIELD // (1024 * 1024)} if found else problem
        return FormatError(self.file, line, name, message)


def scan_row(text: str, start: int, delimiter: str) -> tuple[int, str]:
    """Where the row starting at `start` goes wrong, read as the strict csv reader reads it:
    (column, "unclosed" | "stray" | "too big" | "")."""
    column, field_start, quoted, skip = 0, start, False, -1
    for token in re.compile(f'["\\r\\n{re.escape(delimiter)}]').finditer(text, start):
        at = token.start()
        if at - field_start > MAX_FIELD:
            return column, _too_big(text, field_start, quoted)
        char = text[at]
        if at == skip or (quoted and char != '"'):
            continue
        if quoted:
            after = text[at + 1 : at + 2]
            if after == '"':
                skip = at + 1
            elif after in ("", delimiter, "\r", "\n"):
                quoted = False
            else:
                return column, "stray"
        elif char == '"':
            quoted = at == field_start
        elif char == delimiter:
            column, field_start = column + 1, at + 1
        else:
            return column, ""  # the row ended: whatever went wrong is not in it
    if len(text) - field_start > MAX_FIELD:
        return column, _too_big(text, field_start, quoted)
    return column, "unclosed" if quoted else ""


def _too_big(text: str, field_start: int, quoted: bool) -> str:
    # A quote left open swallows the rest of the file: an odd count of quotes from here says so.
    return "unclosed" if quoted and text.count('"', field_start) % 2 else "too big"


_PROBLEMS = {  # translated where they are used: this module may load before any language
    "unclosed": gettext_noop("a quote opens here and is never closed"),
    "stray": gettext_noop('a quote inside a quoted field must be doubled ("")'),
    "too big": gettext_noop("a field over %(size)d MB; refusing to load it"),
}


def guess_delimiter(text: str) -> str:
    """The header line's delimiter: ",", or ";" as Excel writes in Nordic locales, or a tab."""
    for line in text[:65536].splitlines()[:HEADER_SEARCH_ROWS]:
        if any(hint in line for hint in _HEADER_HINTS):
            return max(",;\t", key=line.count)
    return ","


def _allow_long_fields() -> None:
    # The csv module's limit is process-wide; raise it to our own limit, never lower it.
    if csv.field_size_limit() < MAX_FIELD:
        csv.field_size_limit(MAX_FIELD)


def _offset_of(text: str, line: int) -> int:
    offset = 0
    for number, content in enumerate(io.StringIO(text, newline=""), 1):
        if number == line:
            return offset
        offset += len(content)
    return offset
