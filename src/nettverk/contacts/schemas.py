"""The API's contract for contacts and interactions, as ninja schemas.

Output schemas describe the dicts `contacts/serialize.py` builds (the shape the CLI's --json
shares), interactions included; the API returns those dicts and these classes document and check
them.
Input fields that the services validate (dates, codes) are plain strings here, so a mistake gets the
services' translated message naming the field rather than pydantic's English one; the allowed values
still appear in the OpenAPI document.
"""

from __future__ import annotations

from typing import Any

from ninja import Field, Schema
from pydantic import JsonValue

from nettverk.contacts.models import Function, Seniority


def date_field(default: Any = None, **kwargs: Any) -> Any:
    """A YYYY-MM-DD string, documented as a date and checked by the services."""
    return Field(default, json_schema_extra={"format": "date"}, examples=["2026-03-14"], **kwargs)


def code_field(choices: list[str], default: Any = None, **kwargs: Any) -> Any:
    """One of the fixed codes, documented as an enum and checked by the services."""
    enum: list[JsonValue] = [*choices]
    return Field(default, json_schema_extra={"enum": enum}, **kwargs)


class ContactRef(Schema):
    id: int
    name: str


class LinkOut(Schema):
    url: str
    kind: str


class InteractionOut(Schema):
    id: int
    kind: str
    direction: str
    date: str = date_field(default=...)
    note: str
    arena: str | None
    contacts: list[ContactRef]
    goal: int | None = Field(None, description="The goal it was logged for, if any.")


class ContactSummaryOut(Schema):
    id: int
    name: str
    emails: list[str]
    organization: str | None
    title: str
    function: str
    seniority: str
    decision_maker: bool
    strength: int


class ContactDetailOut(ContactSummaryOut):
    phones: list[str]
    links: list[LinkOut]
    tags: list[str]
    industry: str
    location: str
    languages: str
    expertise: str
    needs: str
    notes: str
    first_met: str | None = date_field(default=...)
    arena: str | None
    introduced_by: ContactRef | None
    cadence_days: int | None
    birthday: str | None = date_field(default=...)
    source: str
    classification_manual: bool
    strength_reasons: list[str] = Field(
        default=[], description="Why the strength is what it is, in the caller's language.")
    interactions: list[InteractionOut]


class ContactPage(Schema):
    items: list[ContactSummaryOut]
    count: int


class ContactFilters(Schema):
    query: str = ""
    function: str = code_field(Function.values, default="")
    seniority: str = code_field(Seniority.values, default="")
    decision_maker: bool | None = None
    tag: str = ""
    arena: str = ""
    limit: int = Field(50, ge=1, le=500)
    offset: int = Field(0, ge=0)


class ContactPatch(Schema):
    """Every field optional: a PATCH changes exactly the fields it names; null clears one."""

    name: str | None = None
    emails: list[str] | None = None
    phones: list[str] | None = None
    links: list[str] | None = Field(None, description="Profile URLs.")
    tags: list[str] | None = None
    title: str | None = None
    organization: str | None = None
    notes: str | None = None
    expertise: str | None = None
    needs: str | None = None
    industry: str | None = None
    location: str | None = None
    languages: str | None = None
    first_met: str | None = date_field()
    birthday: str | None = date_field()
    cadence_days: int | None = None
    function: str | None = code_field(Function.values)
    seniority: str | None = code_field(Seniority.values)
    introduced_by: int | None = Field(None, description="Id of the contact who introduced them.")
    arena: str | None = Field(None, description="Where you first met; created if new.")


class ContactIn(ContactPatch):
    name: str


class InteractionPage(Schema):
    items: list[InteractionOut]
    count: int


class TitleOut(Schema):
    function: str
    seniority: str
    decision_maker: bool
    reasons: list[str]
