"""vCard 2.1, 3.0 and 4.0 files to ContactRecords.

Imports of 100,000 cards must take seconds, so the reader works on whole strings where it can:
the text is split at END:VCARD lines by a regular expression, a card's folded lines are joined
with `str.replace`, and `vcard_fields.CardBuilder.quick` turns its lines into a record.
A card that needs more care (vCard 2.1 quoted-printable soft line breaks, a line without a colon,
any value it cannot read) is read again line by line by `CardBuilder.exact`, which knows each
line's number for the error message.

Line breaks may be CRLF, LF, CR, or mixed (iOS writes CR CR LF). Folded lines continue with a space
or a tab; in vCard 2.1 a QUOTED-PRINTABLE value also continues after a line ending in "=", even onto
an empty line. Blank lines are ignored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from django.utils.translation import gettext as _

from nettverk.imports.formats.records import MAX_FIELD, ContactRecord, FormatError
from nettverk.imports.formats.vcard_fields import CardBuilder, field_of

_BEGIN = re.compile(r"^BEGIN:VCARD[ \t]*$", re.IGNORECASE | re.MULTILINE)
_END = re.compile(r"^END:VCARD[ \t]*$", re.IGNORECASE | re.MULTILINE)

_USUAL_START = "\nBEGIN:VCARD\n"  # what follows an END:VCARD line in nearly every file
Card = tuple[int, str]  # line of BEGIN:VCARD, the text between it and END:VCARD


def parse_vcards(text: str, *, file: str = "") -> list[ContactRecord]:
    """Every card in `text` as a record, in file order; FormatError for a broken file."""
    return read_cards(split_cards(text, file=file), file=file)


def split_cards(text: str, *, file: str = "") -> list[Card]:
    """The cards of `text`, not read yet: each is read on its own (`read_cards`), so the cards
    of a big file can be shared out between processes. FormatError when BEGIN and END lines do
    not pair up or there is no card at all."""
    found = list(cards(normalize(text), file))
    if not found:
        raise _no_cards(file)
    return found


def read_cards(found: Iterable[Card], *, file: str = "") -> list[ContactRecord]:
    builder = CardBuilder(file)
    records = []
    for start, body in found:
        record = builder.quick(start, body)
        if record is None:
            record = builder.exact(start, list(logical_lines(body, start + 1, file)))
        records.append(record)
    return records


def normalize(text: str) -> str:
    """`text` with "\\n" line breaks only and without a leading byte-order mark."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\r\n", "\n").replace("\r\n", "\n").replace("\r", "\n")
    return text


def cards(text: str, file: str) -> Iterator[Card]:
    """(line of BEGIN, text between BEGIN and END) per card; FormatError for an END without a
    BEGIN, a BEGIN without an END or text between cards. A BEGIN inside a card is refused when
    the card is read. Splitting at END lines keeps the work per card in C."""
    *closed, tail = _END.split(text)
    line = 1  # where the current chunk starts: on the END:VCARD line before it, or line 1
    for chunk in closed:
        if chunk.startswith(_USUAL_START):
            yield line + 1, chunk[len(_USUAL_START) :]
        else:
            yield _unusual_start(chunk, line, file)
        line += chunk.count("\n")
    begin = _BEGIN.search(tail)
    gap = tail if begin is None else tail[: begin.start()]
    if gap.strip() and not closed:
        raise _no_cards(file)
    _refuse_text(gap, line, file)
    if begin is not None:
        start = line + gap.count("\n")
        raise FormatError(file, start, "END", _("the card that starts here has no END:VCARD"))


def _unusual_start(chunk: str, line: int, file: str) -> Card:
    begin = _BEGIN.search(chunk)
    if begin is None:
        at = line + chunk.count("\n")
        raise FormatError(file, at, "END", _("END:VCARD without a BEGIN:VCARD before it"))
    gap = chunk[: begin.start()]
    _refuse_text(gap, line, file)
    return line + gap.count("\n"), chunk[begin.end() + 1 :]


def _refuse_text(gap: str, line: int, file: str) -> None:
    if gap.strip():
        stray = gap.lstrip()
        at = line + gap[: len(gap) - len(stray)].count("\n")
        raise FormatError(file, at, field_of(stray), _("text outside BEGIN:VCARD … END:VCARD"))


def logical_lines(body: str, first: int, file: str) -> Iterator[tuple[int, str]]:
    """(line number, unfolded line) for each property of one card, `first` being its first line."""
    head, head_no, pieces, size = "", 0, [""], 0
    quoted_printable = False  # the line so far is QUOTED-PRINTABLE and ends in "="
    for no, raw in enumerate(body.split("\n"), first):
        if quoted_printable:
            pieces.append("\n" + raw)
            size, quoted_printable = size + len(raw), raw.endswith("=")
        elif not raw:
            continue
        elif raw[0] in " \t":
            if not head:
                raise FormatError(file, no, "line", _("a continuation line without a property"))
            pieces.append(raw[1:])
            size += len(raw)
        else:
            if head:
                yield head_no, "".join(pieces)
            head, head_no, pieces, size = raw, no, [raw], len(raw)
            quoted_printable = raw[-1] == "=" and _is_quoted_printable(raw)
        if size > MAX_FIELD:
            raise _too_big(file, head_no, head)
    if head:
        yield head_no, "".join(pieces)


def _is_quoted_printable(raw: str) -> bool:
    colon = raw.find(":")
    return colon > 0 and "QUOTED-PRINTABLE" in raw[:colon].upper()


def _no_cards(file: str) -> FormatError:
    return FormatError(file, 1, "BEGIN", _("no BEGIN:VCARD found: this is not a vCard file"))


def _too_big(file: str, line: int, head: str) -> FormatError:
    name = field_of(head)
    limit = MAX_FIELD // (1024 * 1024)
    message = _("the %(name)s value is over %(size)d MB; refusing to load it") % {
        "name": name, "size": limit}
    return FormatError(file, line, name, message)
