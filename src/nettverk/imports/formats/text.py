"""Bytes to text, the way contact files are actually encoded.

A byte-order mark decides (UTF-8, UTF-16, UTF-32); else UTF-16 without a mark is recognised by its
zero bytes; else the text must be strict UTF-8, or else Windows-1252 as Outlook and Excel write it
on Windows. Anything else is refused with the line of the first byte that fits no encoding.
"""

from __future__ import annotations

import codecs

from django.utils.translation import gettext as _

from nettverk.imports.formats.records import FormatError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_bytes(data: bytes, *, file: str) -> str:
    """The text in `data` without any byte-order mark; FormatError when it is not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, file)
    unmarked = _utf16_without_bom(data)
    if unmarked:
        return _strict(data, unmarked, file)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _strict(data, "cp1252", file)
    _refuse_nul(data, text, file)
    return text


def _utf16_without_bom(data: bytes) -> str:
    head = data[: min(len(data), 200) // 2 * 2]
    if len(head) < 4:
        return ""
    odd_zeros, even_zeros = head[1::2].count(0), head[0::2].count(0)
    if odd_zeros > len(head) // 4 and not even_zeros:
        return "utf-16-le"
    if even_zeros > len(head) // 4 and not odd_zeros:
        return "utf-16-be"
    return ""


def _strict(data: bytes, encoding: str, file: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        # What comes before the first bad byte decodes cleanly: count its lines.
        line = data[: error.start].decode(encoding, "replace").count("\n") + 1
        bad = data[error.start : error.start + 1].hex()
        message = _("byte 0x%(byte)s is not %(encoding)s text; save the file as UTF-8") % {
            "byte": bad, "encoding": _name(encoding)}
        raise FormatError(file, line, "encoding", message) from None


def _refuse_nul(data: bytes, text: str, file: str) -> None:
    if "\x00" in text:
        line = data.count(b"\n", 0, data.index(0)) + 1
        raise FormatError(file, line, "encoding", _("a NUL byte: this is not a text file"))


def _name(encoding: str) -> str:
    return "UTF-8 or Windows-1252" if encoding == "cp1252" else encoding.upper()
