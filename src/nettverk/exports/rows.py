"""Model rows as JSON values and back, driven by the models' own field definitions.

The backup writes every stored field of a model, so a field another part of nettverk adds later is
backed up and restored without touching this code. References never carry database ids: a contact
is named by its uid, an organization, arena or tag by its name, a user by their username, and a
goal or interaction by a key the backup gives it ("goal-3"). Reading a value back checks it
against the field (type, length, choices) and raises `FormatError` naming the place in the file.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import TYPE_CHECKING, Any
from uuid import UUID

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext as _

from nettverk.imports.formats import FormatError

if TYPE_CHECKING:
    Field = models.Field[Any, Any]


@dataclass
class Refs:
    """Database ids ↔ the keys a backup uses, per referenced model."""

    keys: dict[type[models.Model], dict[Any, str]] = field(default_factory=dict)
    ids: dict[type[models.Model], dict[str, Any]] = field(default_factory=dict)

    def add(self, model: type[models.Model], pk: Any, key: str) -> None:
        self.keys.setdefault(model, {})[pk] = key
        self.ids.setdefault(model, {})[key] = pk

    def key(self, model: type[models.Model], pk: Any) -> str | None:
        return None if pk is None else self.keys.get(model, {}).get(pk)

    def pk(self, model: type[models.Model], key: Any) -> Any:
        return None if key is None else self.ids.get(model, {}).get(key)


@cache
def data_fields(model: type[models.Model], skip: tuple[str, ...] = ()) -> tuple[Field, ...]:
    """The fields a backup holds: all stored ones but the id, the owner and `skip`."""
    return tuple(f for f in model._meta.concrete_fields
                 if not f.primary_key and f.name not in ("owner", *skip))


def to_json(field: Field, value: Any, refs: Refs) -> Any:
    """One stored value as JSON: references as keys, dates as ISO text, bytes as base64."""
    if field.is_relation:
        return refs.key(field.related_model, value)  # type: ignore[arg-type]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal | UUID):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


class Reader:
    """Values from a backup back into Python, checked; errors name `file`, line and place."""

    def __init__(self, file: str, refs: Refs) -> None:
        self.file, self.refs = file, refs
        # By id: a Field's own hash is worked out in Python, once per value otherwise. The
        # _Expect holds its field, so the id cannot be reused while it is in here.
        self._expects: dict[int, _Expect] = {}

    def fail(self, line: int, where: str, message: str) -> FormatError:
        return FormatError(self.file, line, where, message)

    def row(self, fields: Sequence[Field], raw: dict[str, Any], line: int,
            where: str) -> dict[str, Any]:
        """The values of `fields` found in `raw`, by attribute name; a required one missing is
        an error, an optional one is left to its default."""
        values = {}
        for one in fields:
            if one.name in raw:
                values[one.attname] = self.value(one, raw[one.name], line, where, one.name)
            elif _required(one):
                raise self.fail(line, f"{where}.{one.name}", _("missing"))
        return values

    def value(self, field: Field, raw: Any, line: int, where: str, name: str = "") -> Any:
        """`raw` read as `field`'s value; `where`, with `name` after a dot, places an error."""
        expect = self._expects.get(id(field)) or self._expects.setdefault(id(field), _Expect(field))
        if raw is None:
            if field.null:
                return None
            raise self.fail(line, _place(where, name), _("a value is needed"))
        if expect.relation:
            return self._reference(field, raw, line, _place(where, name))
        try:
            value = expect.convert(raw)
        except (TypeError, ValueError, InvalidOperation, binascii.Error):
            raise self.fail(line, _place(where, name),
                            _("%r is not a valid value") % _short(raw)) from None
        if not expect.fits(value):
            self._check(expect, value, line, _place(where, name))
        return value

    def _reference(self, field: Field, raw: Any, line: int, where: str) -> Any:
        found = self.refs.pk(field.related_model, raw)  # type: ignore[arg-type]
        if found is None and not field.null:
            raise self.fail(line, where, _("%r refers to nothing in this backup") % _short(raw))
        return found

    def _check(self, expect: _Expect, value: Any, line: int, where: str) -> None:
        try:
            # lengths, digits, ranges: what the database enforces
            expect.field.run_validators(value)
        except ValidationError as error:
            raise self.fail(line, where, " ".join(error.messages)) from None
        if expect.codes is not None and value not in expect.codes:
            raise self.fail(line, where, _("%r is not one of the known codes") % _short(value))


class _Expect:
    """What one field takes, worked out once: a backup holds hundreds of thousands of values.
    `fits` answers the common case (a length or a range within its bounds, a known code)
    without Django's validators; anything it does not vouch for goes through them."""

    def __init__(self, field: Field) -> None:
        self.field, self.relation = field, field.is_relation
        self.convert = _converter(field)
        self.codes = frozenset(c for c, _label in field.flatchoices) if field.choices else None
        self.longest: int | None = None
        self.low: int | None = None
        self.high: int | None = None
        self.plain = True  # every validator is one `fits` stands in for
        for validator in field.validators:
            limit = getattr(validator, "limit_value", None)
            if isinstance(validator, MaxLengthValidator) and isinstance(limit, int):
                self.longest = min(limit, self.longest if self.longest is not None else limit)
            elif isinstance(validator, MinValueValidator) and isinstance(limit, int):
                self.low = max(limit, self.low if self.low is not None else limit)
            elif isinstance(validator, MaxValueValidator) and isinstance(limit, int):
                self.high = min(limit, self.high if self.high is not None else limit)
            else:
                self.plain = False

    def fits(self, value: Any) -> bool:
        if not self.plain or (self.codes is not None and value not in self.codes):
            return False
        if self.longest is not None and (not isinstance(value, str) or len(value) > self.longest):
            return False
        if self.low is None and self.high is None:
            return True
        return isinstance(value, int) and (self.low is None or value >= self.low) and \
            (self.high is None or value <= self.high)


def _place(where: str, name: str) -> str:
    return f"{where}.{name}" if name else where


def _required(field: Field) -> bool:
    automatic = getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
    return not (field.null or field.blank or field.has_default() or automatic)


def _short(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _converter(field: Field) -> Callable[[Any], Any]:
    """How a JSON value becomes `field`'s Python value; raises TypeError or ValueError."""
    found = _CONVERTERS.get(type(field))
    if found is not None:
        return found
    if isinstance(field, models.BooleanField):
        return _boolean
    if isinstance(field, models.IntegerField):
        return _integer
    if isinstance(field, models.CharField | models.TextField):
        return _text
    return _other


def _boolean(raw: Any) -> bool:
    if not isinstance(raw, bool):
        raise TypeError(raw)
    return raw


def _integer(raw: Any) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise TypeError(raw)
    return raw


def _text(raw: Any) -> str:
    if not isinstance(raw, str):
        raise TypeError(raw)
    if not storable(raw):
        raise ValueError(raw)
    return raw


def _other(raw: Any) -> Any:
    if isinstance(raw, str) and not storable(raw):
        raise ValueError(raw)
    return raw


def storable(text: str) -> bool:
    """Text every database takes: no NUL (PostgreSQL refuses it) and no lone surrogate (which
    JSON can spell as "\\ud800" but UTF-8 cannot encode)."""
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _storable_json(value: Any) -> bool:
    if isinstance(value, str):
        return storable(value)
    if isinstance(value, list):
        return all(_storable_json(item) for item in value)
    if isinstance(value, dict):
        return all(storable(key) and _storable_json(item) for key, item in value.items())
    return True


def _date(raw: Any) -> date:
    return date.fromisoformat(raw)


def _datetime(raw: Any) -> datetime:
    moment = datetime.fromisoformat(raw)
    if moment.tzinfo is None:
        raise ValueError(raw)
    return moment


def _decimal(raw: Any) -> Decimal:
    if not isinstance(raw, str | int):
        raise TypeError(raw)
    return Decimal(str(raw))


def _uuid(raw: Any) -> UUID:
    return UUID(raw)


def _binary(raw: Any) -> bytes:
    return base64.b64decode(raw, validate=True)


def _json(raw: Any) -> Any:
    if not _storable_json(raw):
        raise ValueError(raw)
    return raw


_CONVERTERS: dict[type[Field], Callable[[Any], Any]] = {
    models.DateField: _date, models.DateTimeField: _datetime, models.DecimalField: _decimal,
    models.UUIDField: _uuid, models.BinaryField: _binary, models.JSONField: _json,
}
