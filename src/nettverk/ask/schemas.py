"""The API's contract for the ask: the JSON `serialize.ask_json` builds, as ninja schemas."""

from __future__ import annotations

from datetime import datetime

from ninja import Field, Schema


class AskQuery(Schema):
    q: str = Field(min_length=1, max_length=1000,
                   examples=["We need to make our customer database GDPR compliant"])
    limit: int = Field(10, ge=1, le=100)


class HelperOut(Schema):
    id: int
    name: str
    score: float
    reasons: list[str]
    title: str
    organization: str | None
    strength: int
    decision_maker: bool
    fit: float


class IntroducerOut(Schema):
    id: int
    name: str
    strength: int
    reason: str


class ArenaOut(Schema):
    id: int
    name: str
    contacts: int


class MissingOut(Schema):
    concept: str | None
    expertise: str
    function: str
    function_label: str
    seniority: str | None
    decision_maker: bool
    have: int
    description: str
    introducers: list[IntroducerOut]
    arenas: list[ArenaOut]


class AskOut(Schema):
    helpers: list[HelperOut]
    missing: list[MissingOut]


class SavedAskIn(Schema):
    q: str = Field(min_length=1, max_length=1000,
                   examples=["We need to make our customer database GDPR compliant"])
    limit: int = Field(10, ge=1, le=100)
    goal: int | None = Field(None, description="Id of the goal to save the ask on; "
                                               "without one it is kept as a note.")


class SavedAskOut(Schema):
    id: int
    text: str
    goal: int | None
    created_at: datetime
    results: AskOut
