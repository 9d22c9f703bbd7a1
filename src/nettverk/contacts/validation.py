"""Checks on what a user types about a contact; each failure names the field at fault."""

from __future__ import annotations

import os
from datetime import date
from typing import Any

import phonenumbers
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.utils.translation import gettext as _

NAME_MAX = 200
SHORT_TEXT_MAX = 300
LONG_TEXT_MAX = 100_000
# A date in this year is a birthday without a year ("--03-22"), as Apple and Google store it;
# 1604 is a leap year, so 29 February fits.
NO_YEAR = 1604
CADENCE_DAYS_MAX = 3650  # keep in touch at least every ten years


def clean_cadence(value: Any) -> int | None:
    """A keep-in-touch cadence in days, or None when left empty."""
    return clean_count(value, "cadence_days", CADENCE_DAYS_MAX,
                       _("Give a number of days from 1 to 3650."))


def clean_count(value: Any, field: str, most: int, message: str) -> int | None:
    """A whole number from 1 to `most`, or None when left empty; anything else is a
    ValidationError on `field` saying `message`."""
    if value is None or value == "":
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = 0
    if not 1 <= number <= most:
        raise ValidationError({field: message})
    return number


def clean_name(raw: str) -> str:
    name = " ".join(raw.split())
    if not name:
        raise ValidationError({"name": _("A contact needs a name.")})
    if len(name) > NAME_MAX:
        raise ValidationError({"name": _("A name can be at most %d characters.") % NAME_MAX})
    return name


def clean_text(field: str, raw: str, limit: int = LONG_TEXT_MAX) -> str:
    text = raw.strip()
    if len(text) > limit:
        raise ValidationError(
            {field: _("Too long: %(size)d characters, at most %(limit)d.")
             % {"size": len(text), "limit": limit}}
        )
    return text


def clean_email(raw: str) -> str:
    address = raw.strip()
    try:
        validate_email(address)
    except ValidationError:
        raise ValidationError({"email": _("%r is not a valid email address.") % address}) from None
    local, _at, domain = address.rpartition("@")
    return f"{local}@{domain.lower()}"


def clean_phone(raw: str, region: str | None = None) -> str:
    """Stored in E.164; numbers without a country code are read in the default region."""
    region = region or os.environ.get("NETTVERK_PHONE_REGION", "SE")
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_possible_number(number):
        raise ValidationError({"phone": _("%r is not a valid phone number.") % raw.strip()})
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def clean_url(raw: str) -> str:
    url = raw.strip()
    if url and "://" not in url:
        url = "https://" + url
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError:
        raise ValidationError({"url": _("%r is not a valid web address.") % raw.strip()}) from None
    return url


def parse_date(field: str, raw: str | date | None) -> date | None:
    if raw is None or isinstance(raw, date):
        return raw
    text = raw.strip()
    if not text:
        return None
    try:
        if text.startswith("--") and len(text) == 7:  # a birthday without its year
            return date(NO_YEAR, int(text[2:4]), int(text[5:7]))
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            {field: _("%r is not a valid date (use YYYY-MM-DD).") % text}
        ) from None


def birthday_text(value: date | None) -> str | None:
    """ISO text of a stored date; one in year `NO_YEAR` as "--MM-DD"."""
    if value is None:
        return None
    return f"--{value:%m-%d}" if value.year == NO_YEAR else value.isoformat()
