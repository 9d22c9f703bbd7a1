"""A big CSV export cut in two texts that read, one after the other, as the whole file does.

The import reads and maps the second on the other core (`nettverk.lib.two_cores`). The cut is at
the end of a row: a line break with an even number of quote characters before it. The second
text starts with everything up to the header line and then one empty line for each line of the
first part's rows, so its rows, warnings and errors name the lines they have in the file (empty
lines are skipped as the whole file's are).

A stray quote in an unquoted field can fool the count and put the cut inside a quoted field.
The first text then ends inside that field, which the strict reader refuses: the caller reads
the whole file instead whenever either part fails, so a refusal names what one pass names.
"""

from __future__ import annotations

import io
from itertools import islice

from nettverk.imports.formats.records import FormatError
from nettverk.imports.formats.tabular import HeaderTest, Table


def csv_halves(text: str, is_header: HeaderTest, share: float = 0.5) -> list[str]:
    """`[first, second]` cut near `share` of the rows' text, or `[text]` when the file has no
    header to repeat, no row end after that point, or line breaks of a lone CR (which the reader
    counts as lines, but a plain count of LF would not)."""
    if text.count("\r") != text.count("\r\n"):
        return [text]
    head = _header_end(text, is_header)
    if head < 0:
        return [text]
    cut = _row_end(text, head + int((len(text) - head) * share))
    if cut < 0 or cut >= len(text):
        return [text]
    padding = "\n" * text.count("\n", head, cut)
    return [text[:cut], text[:head] + padding + text[cut:]]


def _header_end(text: str, is_header: HeaderTest) -> int:
    """Where the line after the header starts, the header found as the parser finds it; -1 when
    there is none (the parser then refuses the file, in one pass)."""
    try:
        table = Table(text, file="", is_header=is_header, what="")
    except FormatError:
        return -1
    return sum(len(line) for line in islice(io.StringIO(text, newline=""), table.header_end))


def _row_end(text: str, start: int) -> int:
    """The position after the first line break at or after `start` with an even number of quotes
    before it; -1 when there is none."""
    at = text.find("\n", start)
    quotes = text.count('"', 0, at) if at >= 0 else 0
    while at >= 0 and quotes % 2:
        following = text.find("\n", at + 1)
        if following < 0:
            return -1
        quotes += text.count('"', at, following)
        at = following
    return at + 1 if at >= 0 else -1
