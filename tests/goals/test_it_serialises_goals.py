"""`goal_json`: everything stored about a goal, ready for the JSON backup."""

from __future__ import annotations

import json

from nettverk.accounts.models import User
from nettverk.goals.serialize import goal_json
from nettverk.goals.services import checkin_add, goal_create, goal_tie
from nettverk.goals.share import share_enable
from tests.goals.conftest import d, person


def test_it_holds_every_stored_field(alice: User, bob: User) -> None:
    goal = goal_create(owner=alice, sentence="Get to know 3 developers within Python every "
                       "month next year", today=d("2026-11-22"), buddy="bob")
    ingrid = person(alice, "Ingrid Berg")
    goal_tie(goal, [ingrid])
    checkin_add(goal, "First meetup done", on="2027-01-10")
    token = share_enable(goal)
    data = json.loads(json.dumps(goal_json(goal)))
    assert data["segment"] == {"functions": ["it"], "seniorities": [], "decision_maker": None,
                               "industries": [], "keywords": ["python"], "locations": [],
                               "tags": []}
    assert (data["start"], data["end"], data["cadence"], data["target"]) == (
        "2027-01-01", "2027-12-31", "month", 3)
    assert data["buddy"] == {"user": "bob"}
    assert data["contacts"] == [ingrid.pk]
    assert data["checkins"] == [{"date": "2027-01-10", "note": "First meetup done"}]
    assert data["share_token"] == token and data["status"] == "active"
    assert data["missing"] == [] and data["language"] == "en"
