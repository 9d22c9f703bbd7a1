"""Strength moves the right way: up with every new interaction, never up as time passes, and
higher when both sides reach out."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from nettverk.interactions.models import Direction, Kind
from tests.relationships.helpers import Event, strength_of

TODAY = date(2026, 11, 20)

events = st.builds(
    Event,
    kind=st.sampled_from(Kind.values),
    direction=st.sampled_from(Direction.values),
    day=st.integers(0, 1500).map(lambda days: TODAY - timedelta(days=days)),
    group=st.booleans(),
)
histories = st.lists(events, max_size=30)


@settings(max_examples=300, deadline=None)
@given(history=histories, new=events, first_met_days=st.none() | st.integers(0, 4000))
def test_it_never_lowers_strength_for_a_new_interaction(
    history: list[Event], new: Event, first_met_days: int | None
) -> None:
    first_met = TODAY - timedelta(days=first_met_days) if first_met_days is not None else None
    before = strength_of(history, TODAY, first_met)
    assert strength_of([*history, new], TODAY, first_met) >= before


@settings(max_examples=300, deadline=None)
@given(history=histories, later=st.integers(1, 800))
def test_it_never_raises_strength_as_time_passes(history: list[Event], later: int) -> None:
    assert strength_of(history, TODAY + timedelta(days=later)) <= strength_of(history, TODAY)


def test_it_scores_a_reciprocated_history_above_a_one_sided_one() -> None:
    days = [TODAY - timedelta(days=d) for d in (5, 40, 80, 130, 200, 260)]
    one_sided = [Event("meeting", "outbound", day) for day in days]
    reciprocated = [Event("meeting", "outbound" if i % 2 else "inbound", day)
                    for i, day in enumerate(days)]
    assert strength_of(reciprocated, TODAY) > strength_of(one_sided, TODAY)


def test_it_weighs_a_meeting_above_a_call_above_an_event_above_an_email() -> None:
    day = TODAY - timedelta(days=10)
    scores = [strength_of([Event(kind, "mutual", day)] * 3, TODAY)
              for kind in ("meeting", "call", "event", "email")]
    assert scores == sorted(scores, reverse=True)
    assert len(set(scores)) == 4


def test_it_weighs_one_to_one_above_a_group() -> None:
    day = TODAY - timedelta(days=10)
    alone = strength_of([Event("meeting", "mutual", day)] * 3, TODAY)
    in_a_group = strength_of([Event("meeting", "mutual", day, group=True)] * 3, TODAY)
    assert alone > in_a_group


def test_it_stays_within_0_and_100() -> None:
    daily = [Event("meeting", "mutual", TODAY - timedelta(days=d)) for d in range(1200)]
    assert strength_of([], TODAY) == 0
    assert 90 <= strength_of(daily, TODAY, first_met=TODAY - timedelta(days=4000)) <= 100
