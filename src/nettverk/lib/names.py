"""People's names compared the way a person would: without accents, case or punctuation.

    >>> fold("Lars Bergström")
    'lars bergstrom'
    >>> fold("Ørjan Ødegård-Æsøy")
    'orjan odegard aesoy'

Framework-free; used by duplicate detection and by import identity keys.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

# Letters NFKD does not take apart: the Nordic and a few other European ones.
_SPECIAL = str.maketrans({
    "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "þ": "th", "ł": "l",
    "\u0131": "i",  # dotless i
})  # fmt: skip
_NOT_WORD = re.compile(r"[^a-z0-9]+")
# Words that say something about a person but are not part of the name.
_HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "prof", "jr", "sr", "phd", "mba", "cfa"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, accents and punctuation removed, words separated by single spaces."""
    if text.isascii():  # most email addresses: each is new to the cache, so kept cheap
        return _NOT_WORD.sub(" ", text.lower()).strip()
    lowered = text.lower().translate(_SPECIAL)
    plain = unicodedata.normalize("NFKD", lowered)
    ascii_only = plain.encode("ascii", "ignore").decode("ascii")
    return _NOT_WORD.sub(" ", ascii_only).strip()


class NameParts(NamedTuple):
    given: str
    family: str


def name_parts(name: str, given: str = "", family: str = "") -> NameParts:
    """Folded given and family name: the stored parts when there are any, else the name's
    first and last word (honorifics left out)."""
    if given or family:
        return NameParts(fold(given), fold(family))
    words = [word for word in fold(name).split() if word not in _HONORIFICS]
    if not words:
        return NameParts("", "")
    return NameParts(words[0], words[-1] if len(words) > 1 else "")


def email_name_words(address: str) -> list[str]:
    """The words of an email's local part: "lars.bergstrom+x@…" → ["lars", "bergstrom"]."""
    local = address.split("@", 1)[0].split("+", 1)[0]
    return [word for word in fold(local).split() if not word.isdigit()]


# Legal forms that say nothing about which organization it is: "Nordbanken AB" is "Nordbanken".
_LEGAL_FORMS = frozenset({
    "ab", "publ", "as", "asa", "aps", "oy", "oyj", "hb", "kb", "ans", "da", "sa", "nv",
    "bv", "ag", "gmbh", "kg", "srl", "spa", "sarl", "ltd", "limited", "plc", "llc", "llp",
    "inc", "corp", "corporation", "co", "company",
})  # fmt: skip


@lru_cache(maxsize=16384)
def organization_key(name: str) -> str:
    """The folded name without legal forms, for telling whether two names are one company."""
    words = fold(name).split()
    kept = [word for word in words if word not in _LEGAL_FORMS]
    return " ".join(kept or words)


def comparable_name(name: str) -> str:
    """The folded name; for a contact named by an email address, the words of its local part."""
    if "@" in name:
        return " ".join(email_name_words(name))
    return fold(name)
