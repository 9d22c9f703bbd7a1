"""Pace against the pro-rated target line, the streak of windows met, the linear forecast."""

from __future__ import annotations

import pytest

from nettverk.accounts.models import User
from nettverk.goals.models import Goal
from nettverk.goals.progress import goal_progress
from tests.goals.conftest import d, goal_make, person, touch

TODAY = "2026-03-25"  # Wednesday of the fourth week: 3 of its 7 days gone


def four_weeks(alice: User, per_week: list[int]) -> Goal:
    """GIVEN 2 meetings a week over four ISO weeks (2 to 29 March) and this history."""
    goal = goal_make(alice, measure="meetings", cadence="week", target=2,
                     start=d("2026-03-02"), end=d("2026-03-29"))
    ingrid = person(alice, "Ingrid Berg")
    mondays = ["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23"]
    for monday, count in zip(mondays, per_week, strict=True):
        for _ in range(count):
            touch(alice, ingrid, monday)
    return goal


@pytest.mark.parametrize(("history", "pace"), [
    ([2, 3, 1, 1], "on_track"),  # 7 against 6.86 expected: not a whole meeting short
    ([2, 2, 1, 0], "behind"),  # 5: at least 60% of the line
    ([1, 1, 1, 0], "at_risk"),  # 3: under 60%
])
def test_it_judges_the_pace_against_the_line_so_far(alice: User, history: list[int],
                                                    pace: str) -> None:
    progress = goal_progress(four_weeks(alice, history), today=d(TODAY))
    assert progress.expected == pytest.approx(6 + 2 * 3 / 7)
    assert progress.pace == pace


def test_the_streak_counts_windows_met_back_from_the_latest(alice: User) -> None:
    progress = goal_progress(four_weeks(alice, [0, 2, 3, 1]), today=d(TODAY))
    assert [w.met for w in progress.windows] == [False, True, True, None]
    assert progress.streak == 2  # the open week does not break it


def test_the_current_window_joins_the_streak_once_met(alice: User) -> None:
    progress = goal_progress(four_weeks(alice, [2, 2, 2, 2]), today=d(TODAY))
    assert progress.streak == 4


def test_a_missed_window_ends_the_streak(alice: User) -> None:
    assert goal_progress(four_weeks(alice, [2, 2, 1, 0]), today=d(TODAY)).streak == 0


def test_the_forecast_follows_the_rate_so_far(alice: User) -> None:
    progress = goal_progress(four_weeks(alice, [2, 3, 1, 1]), today=d(TODAY))
    # 7 meetings in 24 days, over the period's 28 days
    assert (progress.total, progress.forecast, progress.period_target) == (7, 8, 8)
