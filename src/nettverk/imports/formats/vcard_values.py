"""vCard value syntax: parameters, escapes, structured values, quoted-printable, base64."""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from typing import NamedTuple

from django.utils.translation import gettext as _

from nettverk.imports.formats.values import label

# Type parameters that say nothing a user would call a label.
_GENERIC_TYPES = frozenset(
    {
        "pref", "internet", "voice", "x400", "msg", "postal", "parcel", "dom", "intl", "bbs",
        "modem", "x-internet", "jpeg", "jpg", "png", "gif", "bmp", "tiff", "webp",
    }
)  # fmt: skip
_ENCODINGS = frozenset({"quoted-printable", "base64", "b", "8bit", "7bit"})
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_SEMICOLON_TOKENS = re.compile(r"(\\.|;)", re.DOTALL)
_QUOTED_PARAM = re.compile(r'(?:[^;"]|"[^"]*"?)+')
_BASE64 = re.compile(r"[A-Za-z0-9+/]*")


class Params(NamedTuple):
    """What a property's parameters say, parsed once per distinct parameter string."""

    label: str  # the kinds a user would name ("work", "home fax"), "" when none
    types: tuple[str, ...]
    encoding: str  # "quoted-printable", "b", "base64" or ""
    charset: str
    value_type: str  # VALUE=uri, date, text, …
    media_type: str


NO_PARAMS = Params("", (), "", "", "", "")


def parse_params(text: str) -> Params:
    """Parameters as in `TYPE=work,voice;PREF=1`, vCard 2.1's bare `WORK;VOICE` included."""
    types: list[str] = []
    found = {"ENCODING": "", "CHARSET": "", "VALUE": "", "MEDIATYPE": ""}
    parts = text.split(";") if '"' not in text else _QUOTED_PARAM.findall(text)
    for part in parts:
        key, equals, raw = part.partition("=")
        if not equals:
            word = key.strip().lower()
            if word in _ENCODINGS:
                found["ENCODING"] = word
            elif word:
                types.append(word)
            continue
        key = key.strip().upper()
        raw = raw.strip().strip('"')
        if key == "TYPE":
            types.extend(kind.strip().strip('"').lower() for kind in raw.split(",") if kind.strip())
        elif key in found:
            found[key] = raw.lower() if key in ("ENCODING", "VALUE", "MEDIATYPE") else raw
    kinds = " ".join(dict.fromkeys(kind for kind in types if kind not in _GENERIC_TYPES))
    return Params(
        label(kinds) if kinds else "",
        tuple(types),
        found["ENCODING"],
        found["CHARSET"],
        found["VALUE"],
        found["MEDIATYPE"],
    )


def colon_outside_quotes(line: str) -> int:
    """Where the name and parameters end: the first ":" not inside a quoted parameter value."""
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return index
    return -1


def unescape(value: str) -> str:
    """vCard text escapes: \\n \\N → newline; a backslash before any other character that is not
    a letter or digit (\\, \\; \\: \\\\ and Gmail's \\") → that character; others are kept."""
    if "\\" not in value:
        return value
    if "\\\\" not in value:  # every backslash starts its own escape: plain replacing is exact
        value = (
            value.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",")
            .replace("\\;", ";").replace("\\:", ":")
        )  # fmt: skip
        if "\\" not in value:
            return value
    return _ESCAPE.sub(_unescape_one, value)


def _unescape_one(match: re.Match[str]) -> str:
    char = match[1]
    if char in "nN":
        return "\n"
    return match[0] if char.isalnum() else char


def clean(value: str) -> str:
    """A text value unescaped, without surrounding whitespace."""
    return (unescape(value) if "\\" in value else value).strip()


def components(value: str, count: int) -> list[str]:
    """A structured value (N, ADR, ORG) split at unescaped ";", cleaned, padded to `count`."""
    if "\\" not in value:
        parts = [part.strip() for part in value.split(";")]
    else:
        parts = [clean(part) for part in _split_semicolons(value)]
    if len(parts) < count:
        parts.extend([""] * (count - len(parts)))
    return parts


def _split_semicolons(value: str) -> list[str]:
    parts = []
    current: list[str] = []
    for token in _SEMICOLON_TOKENS.split(value):
        if token == ";":
            parts.append("".join(current))
            current = []
        else:
            current.append(token)
    parts.append("".join(current))
    return parts


def _cp1252_or_latin1(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    chunk = bytes(error.object[error.start : error.end])
    return chunk.decode("cp1252", "ignore") or chunk.decode("latin-1"), error.end


codecs.register_error("nettverk.cp1252", _cp1252_or_latin1)


def decode_charset(data: bytes, charset: str) -> str:
    """`data` in its declared charset (default UTF-8); bytes that do not fit are Windows-1252."""
    try:
        return data.decode(charset or "utf-8")
    except (UnicodeError, LookupError):  # LookupError: unknown, or not a text encoding ("hex")
        return data.decode("utf-8", "nettverk.cp1252")


def decode_quoted_printable(value: str, charset: str) -> str:
    """A vCard 2.1 QUOTED-PRINTABLE value ("=C3=91=\\n=20"), soft line breaks included."""
    data = binascii.a2b_qp(value.encode("utf-8", "surrogatepass"))
    text = decode_charset(data, charset)
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def decode_base64(data: str) -> bytes:
    """Base64 data, leniently: whitespace, missing padding and a stray last character pass."""
    compact = "".join(data.split()).rstrip("=")
    if not _BASE64.fullmatch(compact):
        raise ValueError(_("the photo is not valid base64 data"))
    if len(compact) % 4 == 1:  # a last group too short to hold a byte: some exporters cut it
        compact = compact[:-1]
    return base64.b64decode(compact + "=" * (-len(compact) % 4))


def sniff_image(data: bytes) -> str:
    """The MIME type of common image data, "" when unknown."""
    if data.startswith(b"\xff\xd8"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data.startswith(b"GIF8"):
        return "image/gif"
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "image/webp"
    return ""
