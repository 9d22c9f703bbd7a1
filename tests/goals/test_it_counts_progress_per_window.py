"""Progress on hand-built histories: what counts in which window, and what counts at all."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.utils import timezone

from nettverk.accounts.models import User
from nettverk.goals.progress import Progress, goal_progress
from nettverk.goals.services import goal_tie
from tests.goals.conftest import d, goal_make, person, touch


def counts(progress: Progress) -> list[int]:
    return [w.count for w in progress.windows]


def test_it_counts_a_contact_first_met_on_the_last_day_of_a_week_in_that_week(
        alice: User) -> None:
    """GIVEN a weekly goal over March's four ISO weeks (Monday 2 to Sunday 29 March)."""
    goal = goal_make(alice, measure="new_contacts", cadence="week", target=2,
                     start=d("2026-03-02"), end=d("2026-03-29"), functions=["finance"])
    for name, day in [("Before Start", "2026-03-01"), ("Sunday Last", "2026-03-08"),
                      ("Monday First", "2026-03-09"), ("Period End", "2026-03-29"),
                      ("After End", "2026-03-30")]:
        person(alice, name, first_met=day, title="CFO")
    person(alice, "Wrong Function", first_met="2026-03-04", title="Sales manager")
    progress = goal_progress(goal, today=d("2026-04-10"))
    first = progress.windows[0]
    assert (first.start, first.end) == (d("2026-03-02"), d("2026-03-08"))
    assert counts(progress) == [1, 1, 0, 1]
    assert progress.total == 3


def test_it_counts_month_ends_and_quarter_ends_in_their_own_window(alice: User) -> None:
    goal = goal_make(alice, measure="new_contacts", cadence="month", target=1,
                     start=d("2026-01-01"), end=d("2026-06-30"))
    for name, day in [("Jan End", "2026-01-31"), ("Feb First", "2026-02-01"),
                      ("Mar End", "2026-03-31"), ("Apr First", "2026-04-01")]:
        person(alice, name, first_met=day)
    assert counts(goal_progress(goal, today=d("2026-07-01"))) == [1, 1, 1, 1, 0, 0]
    goal.cadence = "quarter"
    assert counts(goal_progress(goal, today=d("2026-07-01"))) == [3, 1]


def test_it_counts_every_event_on_a_busy_day(alice: User) -> None:
    """GIVEN three meetings in one week, two of them on the same day
    WHEN progress is worked out (the database counts per day)
    THEN the week counts all three."""
    goal = goal_make(alice, measure="meetings", cadence="week", target=2,
                     start=d("2026-03-02"), end=d("2026-03-15"), industries=["energy"])
    ingrid = person(alice, "Ingrid Berg", industry="Energy")
    per = person(alice, "Per Lund", industry="Energy")
    for contact, day in [(ingrid, "2026-03-03"), (per, "2026-03-03"), (per, "2026-03-05")]:
        touch(alice, contact, day)
    assert counts(goal_progress(goal, today=d("2026-03-16"))) == [3, 0]


def test_it_clips_the_first_and_last_week_and_pro_rates_their_target(alice: User) -> None:
    """A period from Friday 1 January to Wednesday 13 January 2027 at 2 a week."""
    goal = goal_make(alice, cadence="week", target=2, start=d("2027-01-01"),
                     end=d("2027-01-13"))
    windows = goal_progress(goal, today=d("2027-01-20")).windows
    assert [(w.start, w.end, w.target) for w in windows] == [
        (d("2027-01-01"), d("2027-01-03"), 1),
        (d("2027-01-04"), d("2027-01-10"), 2),
        (d("2027-01-11"), d("2027-01-13"), 1),
    ]


def test_a_goal_with_no_segment_counts_everyone(alice: User, bob: User) -> None:
    goal = goal_make(alice, measure="new_contacts", cadence="period", target=3,
                     start=d("2026-05-01"), end=d("2026-05-31"))
    for name, title in [("Ada", "CFO"), ("Bo", "Developer"), ("Cy", "")]:
        person(alice, name, first_met="2026-05-10", title=title)
    person(bob, "Bob's Friend", first_met="2026-05-10")
    progress = goal_progress(goal, today=d("2026-06-01"))
    assert progress.total == 3
    assert progress.pace == "met"


def test_it_counts_what_is_tied_to_the_goal_once(alice: User) -> None:
    """GIVEN a meetings goal about finance; some meetings are tied to it, some match it."""
    goal = goal_make(alice, measure="meetings", cadence="period", target=10,
                     start=d("2026-05-01"), end=d("2026-05-31"), functions=["finance"])
    cfo = person(alice, "Ingrid CFO", title="CFO")
    coder = person(alice, "Per Coder", title="Developer")
    partner = person(alice, "Tied Partner", title="Lawyer")
    stranger = person(alice, "Some Stranger", title="Designer")
    goal_tie(goal, [partner, cfo])
    touch(alice, cfo, "2026-05-04", goal=goal)  # in the segment and tied: once
    touch(alice, cfo, "2026-05-05")  # in the segment
    touch(alice, coder, "2026-05-06", goal=goal)  # outside, tied by the log
    touch(alice, coder, "2026-05-07")  # logged for the goal before: one of its people now
    touch(alice, stranger, "2026-05-07")  # outside, never tied: not counted
    touch(alice, partner, "2026-05-08")  # outside, but the contact is tied
    touch(alice, cfo, "2026-05-09", kind="call")  # not a meeting
    both = touch(alice, cfo, "2026-05-10")
    both.contacts.add(partner)  # two goal people at one meeting: one meeting
    assert goal_progress(goal, today=d("2026-06-01")).total == 6


def test_introductions_count_only_introductions_received(alice: User) -> None:
    goal = goal_make(alice, measure="introductions", cadence="period", target=2,
                     start=d("2026-05-01"), end=d("2026-05-31"), decision_maker=True)
    boss = person(alice, "Kari Boss", title="CEO")
    for kind in ("intro_received", "intro_made", "meeting", "intro_received"):
        touch(alice, boss, "2026-05-12", kind=kind)
    assert goal_progress(goal, today=d("2026-05-20")).total == 2


def test_a_goal_that_has_not_started_counts_nothing_yet(alice: User) -> None:
    goal = goal_make(alice, measure="meetings", cadence="week", target=2,
                     start=d("2027-01-04"), end=d("2027-03-28"))
    touch(alice, person(alice, "Early Bird"), "2026-12-20")
    progress = goal_progress(goal, today=d("2026-12-21"))
    assert progress.pace == "not_started"
    assert progress.total == 0 and progress.forecast is None and progress.expected == 0
    assert {w.state for w in progress.windows} == {"future"}
    assert len(progress.windows) == 12


def test_a_goal_that_has_ended_is_met_or_missed(alice: User) -> None:
    goal = goal_make(alice, measure="meetings", cadence="week", target=1,
                     start=d("2026-03-02"), end=d("2026-03-15"))
    ingrid = person(alice, "Ingrid")
    touch(alice, ingrid, "2026-03-03")
    touch(alice, ingrid, "2026-03-20")  # after the end
    progress = goal_progress(goal, today=d("2026-04-01"))
    assert (progress.pace, progress.total, progress.forecast) == ("missed", 1, 1)
    assert [w.met for w in progress.windows] == [True, False]
    touch(alice, ingrid, "2026-03-15")
    assert goal_progress(goal, today=d("2026-04-01")).pace == "met"


@pytest.mark.parametrize(("zone", "monday"), [("Europe/Oslo", "2026-03-02"),
                                              ("Pacific/Auckland", "2026-03-09")])
def test_today_is_the_local_date(alice: User, monkeypatch: pytest.MonkeyPatch, zone: str,
                                 monday: str) -> None:
    """At noon UTC on Sunday 8 March it is already Monday the 9th in Auckland."""
    goal = goal_make(alice, cadence="week", target=1, start=d("2026-03-02"),
                     end=d("2026-03-15"))
    monkeypatch.setattr(timezone, "now", lambda: datetime(2026, 3, 8, 12, 0, tzinfo=UTC))
    with timezone.override(zone):
        current = goal_progress(goal).current
    assert current is not None and current.start == d(monday)


def test_an_open_ended_goal_runs_from_the_day_it_was_written(alice: User) -> None:
    goal = goal_make(alice, cadence="month", target=2)
    written = timezone.localdate(goal.created_at)
    progress = goal_progress(goal, today=written)
    assert progress.start == written and progress.end is None
    assert progress.forecast is None and len(progress.windows) == 1
