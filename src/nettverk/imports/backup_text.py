"""A backup's text as its sections of rows, each row parsed only when it is read.

`exports.backup.write_backup` writes one row a line. Read line by line, a big backup never holds
all its parsed rows at once: 100,000 parsed contacts take three times the room of their text,
and holding them beside what is made of them came to 1 GiB. A text laid out any other way
(re-indented or run together by some tool) is parsed whole, and reads the same.

    backup = read_backup(text, file, sections=NAMES)
    for i, raw in enumerate(backup.rows("contacts", file)): ...  # FormatError names the line
    backup.line("contacts", i)

A row line that does not parse, in a text that parses whole, means a layout the line reader cannot
follow (two rows on one line, say), which it finds only when it reaches that row: `NotLaidOut`
then tells the caller to start again from `read_backup(..., by_line=False)`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterator, Sequence
from typing import Any, overload

from django.utils.translation import gettext as _

from nettverk.imports.formats import FormatError

_META = '{"nettverk": '
_HEADER = re.compile(r'"(\w+)": \[(\]?)(,?)')  # a section's first line as the writer writes it
_SECTION_START = re.compile(r'^"(\w+)": ', re.MULTILINE)  # a top-level key, as the writer puts it


class NotLaidOut(Exception):
    """The text is a backup, but not one row a line: read it again with `by_line=False`."""


class Backup:
    """The `nettverk` value of a backup (unchecked: None where there is none) and its sections;
    a missing section has no rows."""

    def __init__(self, meta: Any, sections: dict[str, Any], starts: dict[str, int]) -> None:
        self.meta, self.sections, self.starts = meta, sections, starts

    def rows(self, name: str, file: str) -> Sequence[Any]:
        rows = self.sections.get(name, [])
        if not isinstance(rows, list | LineRows):
            raise FormatError(file, self.line(name, -1), name, _("expected a list"))
        return rows

    def line(self, name: str, index: int) -> int:
        """The line of a section's `index`-th row (-1: of the section's name)."""
        start = self.starts.get(name)
        return 1 if start is None else start + 1 + index


def read_backup(text: str, file: str, *, sections: Collection[str],
                by_line: bool = True) -> Backup:
    """The backup in `text`, row by row if it is laid out as nettverk writes it (one row a line,
    only the named `sections`), else parsed whole. FormatError for text that is not JSON."""
    laid_out = _by_line(text, file, sections) if by_line else None
    if laid_out is not None:
        return laid_out
    document = parse(text, file)
    if not isinstance(document, dict):
        return Backup(None, {}, {})
    return Backup(document.pop("nettverk", None), document, _key_lines(text))


def _key_lines(text: str) -> dict[str, int]:
    """The line where each key first starts a line: a section's, in a text laid out near the
    writer's way. Counted on from the key before, as a row's keys may also start lines."""
    starts: dict[str, int] = {}
    line, counted = 1, 0
    for key in _SECTION_START.finditer(text):
        line, counted = line + text.count("\n", counted, key.start()), key.start()
        starts.setdefault(key[1], line)
    return starts


def parse(text: str, file: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise FormatError(file, error.lineno, "json", error.msg) from None
    except RecursionError:
        raise FormatError(file, 1, "json", _("nested too deeply")) from None


class LineRows(Sequence[Any]):
    """A section's rows, each parsed from its line when asked for."""

    def __init__(self, text: str, file: str) -> None:
        self.text, self.file = text, file
        self.spans: list[int] = []  # start, end of each row's text, one after the other

    def __len__(self) -> int:
        return len(self.spans) // 2

    @overload
    def __getitem__(self, index: int) -> Any: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Any]: ...

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        at = range(len(self))[index] * 2
        try:
            return json.loads(self.text[self.spans[at]:self.spans[at + 1]])
        except (json.JSONDecodeError, RecursionError):
            parse(self.text, self.file)  # refused as the whole text's first error ...
            raise NotLaidOut from None  # ... or it is JSON laid out some other way

    def __iter__(self) -> Iterator[Any]:
        return (self[i] for i in range(len(self)))


def _by_line(text: str, file: str, names: Collection[str]) -> Backup | None:
    """The backup read line by line, or None where the text is not laid out as the writer lays
    it out (then it is parsed whole: any JSON is a backup if its content is right)."""
    end = text.find("\n")
    if not text.startswith(_META) or end < 0 or text[end - 1] != ",":
        return None
    try:
        meta = json.loads(text[len(_META):end - 1])
    except (json.JSONDecodeError, RecursionError):
        return None
    sections: dict[str, Sequence[Any]] = {}
    starts: dict[str, int] = {}
    line, at, more = 2, end + 1, True
    while more:
        end = text.find("\n", at)
        header = _HEADER.fullmatch(text, at, end) if end >= 0 else None
        if header is None or header[1] not in names or header[1] in sections:
            return None
        name, empty, more = header[1], bool(header[2]), bool(header[3])
        rows = LineRows(text, file)
        sections[name], starts[name] = rows, line
        line, at = line + 1, end + 1
        if empty:
            continue
        found = _rows(text, at, rows.spans)
        if found is None:
            return None
        at, more = found
        line += len(rows) + 1
    if text[at:].rstrip("\n") != "}":
        return None
    return Backup(meta, sections, starts)


def _rows(text: str, at: int, spans: list[int]) -> tuple[int, bool] | None:
    """Add the spans of the rows from `at` to the section's closing line; return where the line
    after it starts and whether a section follows, or None if the layout is not the writer's."""
    while True:
        end = text.find("\n", at)
        if end < 0:
            return None
        if end - at <= 2 and text[at:end] in ("]", "],"):  # the section's closing line
            if not spans or text[spans[-1]] == ",":
                return None
            return end + 1, end - at == 2
        if end == at or (spans and text[spans[-1]] != ","):  # the row before ends without one
            return None
        spans += (at, end - 1 if text[end - 1] == "," else end)
        at = end + 1
