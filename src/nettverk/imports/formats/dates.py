"""Dates as contact files write them, turned into ISO strings.

`parse_date` understands ISO and vCard forms (1980-03-22, 19800322, --0322, --03-22), LinkedIn's
(09 Oct 2024, 5-Jan-26, 1/8/18, 6:14 PM), and the usual spreadsheet forms (3/22/1980, 22.03.1980,
Oct 9, 2024). It returns None for text it does not recognise and raises ValueError for a date that
does not exist, so callers can tell "not a date" from "a wrong date".
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from django.utils.translation import gettext as _

# Google and Apple write year 1604 for "birthday without a year".
NO_YEAR = 1604

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "mai": 5, "maj": 5, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "oct": 10, "okt": 10, "nov": 11, "dec": 12, "des": 12,
}  # fmt: skip

_ISO = re.compile(r"(\d{4}|--)-?(\d\d)-?(\d\d)(?:[T ].*)?")
_DAY_MON_YEAR = re.compile(r"(\d{1,2})[-. ]+([^\W\d_]{3,})\.?[-., ]+(\d{4}|\d\d)")
_MON_DAY_YEAR = re.compile(r"([^\W\d_]{3,})\.? +(\d{1,2}),? +(\d{4})")
_NUMERIC = re.compile(r"(\d{1,4})([/.])(\d{1,2})\2(\d{4}|\d\d)(?:[, ].*)?")

YMD = tuple[int | None, int, int]


@lru_cache(maxsize=8192)
def parse_date(text: str) -> YMD | None:
    """(year or None, month, day) for a date in any known form; None when not a date at all."""
    text = text.strip()
    found = _ISO.fullmatch(text)
    if found:
        year = None if found[1] == "--" else int(found[1])
        return _checked(year, int(found[2]), int(found[3]))
    return _named_month(text) or _numeric(text)


@lru_cache(maxsize=8192)
def date_iso(text: str) -> str | None:
    """`parse_date` as an ISO string ("--MM-DD" without a year), None when not a date at all."""
    found = parse_date(text)
    return iso(found) if found else None


def _named_month(text: str) -> YMD | None:
    found = _DAY_MON_YEAR.fullmatch(text)
    if found:
        day, month, year = found[1], found[2], found[3]
    else:
        found = _MON_DAY_YEAR.fullmatch(text)
        if not found:
            return None
        month, day, year = found[1], found[2], found[3]
    number = _MONTHS.get(month[:3].lower())
    if number is None:
        return None
    return _checked(_full_year(year), number, int(day))


def _numeric(text: str) -> YMD | None:
    found = _NUMERIC.fullmatch(text)
    if not found:
        return None
    first, sep, second, year = int(found[1]), found[2], int(found[3]), found[4]
    if len(found[1]) == 4:  # 2024/10/09: the year comes first
        return _checked(first, second, int(year)) if len(year) <= 2 else None
    if sep == "." or first > 12:  # 22.03.1980 and 22/3/1980 put the day first
        first, second = second, first
    return _checked(_full_year(year), first, second)


def _full_year(year: str) -> int:
    if len(year) == 4:
        return int(year)
    short = int(year)  # as strptime's %y: 69 → 2069, 70 → 1970
    return 2000 + short if short < 70 else 1900 + short


def _checked(year: int | None, month: int, day: int) -> YMD:
    try:
        dt.date(year if year and year >= 1 else 2000, month, day)
    except ValueError:
        shown = f"{year:04d}" if year is not None else "--"
        raise ValueError(_("there is no date %(date)s") % {
            "date": f"{shown}-{month:02d}-{day:02d}"}) from None
    return (None if year == NO_YEAR else year, month, day)


def iso(ymd: YMD) -> str:
    """ISO "YYYY-MM-DD", or "--MM-DD" when the year is unknown."""
    year, month, day = ymd
    if year is None:
        return f"--{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"
