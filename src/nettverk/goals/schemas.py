"""The JSON shapes of /api/goals, as `goals.serialize` builds them."""

from __future__ import annotations

from ninja import Schema


class SegmentOut(Schema):
    functions: list[str]
    seniorities: list[str]
    decision_maker: bool | None
    industries: list[str]
    keywords: list[str]
    locations: list[str]
    tags: list[str]


class CheckInOut(Schema):
    date: str
    note: str


class GoalOut(Schema):
    id: int
    sentence: str
    purpose: str
    language: str
    measure: str
    target: int | None
    cadence: str
    start: str | None
    end: str | None
    segment: SegmentOut
    missing: list[str]
    suggestion: str
    status: str
    buddy: dict[str, str | int] | None
    share_token: str | None
    contacts: list[int]
    checkins: list[CheckInOut]
    created_at: str


class WindowOut(Schema):
    start: str
    end: str
    count: int
    target: int | None
    state: str
    met: bool | None


class ProgressOut(Schema):
    today: str
    start: str
    end: str | None
    target: int | None
    period_target: int | None
    total: int
    expected: float
    pace: str
    streak: int
    forecast: int | None
    windows: list[WindowOut]


class ArenaYieldOut(Schema):
    arena: str
    contacts: int
    hours: float
    money: float
    per_hour: float | None
    per_krone: float | None


class ArenasOut(Schema):
    since: str
    until: str
    yields: list[ArenaYieldOut]
    recommended: list[str]
    consider_dropping: list[str]


class GoalSummaryOut(GoalOut):
    progress: ProgressOut


class GoalDetailOut(GoalSummaryOut):
    arenas: ArenasOut
