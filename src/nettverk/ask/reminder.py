"""A one-click reminder to reach out to a helper: a single-event iCalendar file.

The browser hands the file to the user's calendar, which keeps the reminder; nothing is stored
here. Written by hand because one all-day event needs no library.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

DEFAULT_DAYS = 2
MAX_DAYS = 365


def reminder_day(days: str | None, today: date) -> date:
    """`days` from now (a number from 1 to a year), else `DEFAULT_DAYS`."""
    try:
        count = int(days or DEFAULT_DAYS)
    except ValueError:
        count = DEFAULT_DAYS
    return today + timedelta(days=min(max(count, 1), MAX_DAYS))


def reminder_ics(*, uid: str, day: date, summary: str, description: str, url: str) -> bytes:
    """An all-day event on `day` with an alarm at nine in the morning."""
    stamp = datetime.now(tz=UTC)
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//nettverk//ask reminder//EN",
        "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "BEGIN:VEVENT",
        f"UID:{uid}", f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}", f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{_escape(summary)}", f"DESCRIPTION:{_escape(description)}", f"URL:{url}",
        "BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{_escape(summary)}",
        "TRIGGER;RELATED=START:PT9H", "END:VALARM", "END:VEVENT", "END:VCALENDAR",
    ]
    return "".join(_fold(line) + "\r\n" for line in lines).encode()


def _escape(text: str) -> str:
    """RFC 5545 text: backslash, semicolon and comma escaped, line breaks as \\n."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def _fold(line: str) -> str:
    """Lines of at most 75 octets, continued with a space (a character is never split)."""
    out, current = [], ""
    for char in line:
        if len((current + char).encode()) > 75:
            out.append(current)
            current = " "
        current += char
    return "\r\n".join([*out, current])
