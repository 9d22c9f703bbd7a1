"""`nettverk goal add/list/show/checkin/status/tie/untie` and `log --goal` in a fresh data home."""

from __future__ import annotations

import json

from tests.conftest import Cli

CFO_GOAL = "Have 2 meetings with CFOs every week next quarter"


def test_it_keeps_a_vague_goal_and_says_how_to_sharpen_it(cli: Cli) -> None:
    result = cli("goal", "add", "Meet new customers", "--json")
    assert result.returncode == 0, result.stderr
    goal = json.loads(result.stdout)
    assert set(goal["missing"]) == {"segment", "target", "period"}
    assert goal["suggestion"]
    assert "Not yet clear" in result.stderr and "Sharper:" in result.stderr


def test_flags_override_what_the_sentence_says(cli: Cli) -> None:
    result = cli("goal", "add", "Meet CFOs", "--target", "3", "--cadence", "month",
                 "--start", "2026-01-01", "--end", "2026-06-30", "--json")
    goal = json.loads(result.stdout)
    assert (goal["target"], goal["cadence"], goal["start"], goal["end"]) == (
        3, "month", "2026-01-01", "2026-06-30")
    assert goal["missing"] == [] and goal["suggestion"] == ""
    bad = cli("goal", "add", "Meet CFOs", "--start", "2026-06-01", "--end", "2026-01-01")
    assert bad.returncode == 1 and "end:" in bad.stderr and "Traceback" not in bad.stderr


def test_it_shows_progress_per_window_after_logging_for_the_goal(cli: Cli) -> None:
    added = json.loads(cli("goal", "add", CFO_GOAL, "--today", "2026-11-22", "--json").stdout)
    assert cli("contact", "add", "Ingrid Berg", "--title", "CFO").returncode == 0
    assert cli("contact", "add", "Per Lund", "--title", "Developer").returncode == 0
    for who, goal in (("Ingrid Berg", []), ("Per Lund", ["--goal", "CFOs"]), ("Per Lund", [])):
        logged = cli("log", who, "--kind", "meeting", "--date", "2027-01-05", *goal)
        assert logged.returncode == 0, logged.stderr
    shown = cli("goal", "show", str(added["id"]), "--today", "2027-01-06", "--json")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    progress = data["progress"]
    assert progress["windows"][1] == {"start": "2027-01-04", "end": "2027-01-10", "count": 3,
                                      "target": 2, "state": "current", "met": True}
    assert progress["total"] == 3 and progress["pace"] == "on_track"
    assert {"streak", "forecast", "expected", "period_target"} <= set(progress)
    assert set(data["arenas"]) == {"since", "until", "yields", "recommended",
                                   "consider_dropping"}
    human = cli("goal", "show", "CFOs", "--today", "2027-01-06")
    assert "2027-01-04 to 2027-01-10" in human.stdout and "on track" in human.stdout


def test_it_lists_checks_in_and_changes_status(cli: Cli) -> None:
    cli("goal", "add", CFO_GOAL, "--today", "2026-11-22")
    assert cli("goal", "checkin", "CFOs", "Booked three coffees",
               "--date", "2027-01-05").returncode == 0
    assert cli("goal", "status", "CFOs", "paused").returncode == 0
    [goal] = json.loads(cli("goal", "list", "--json").stdout)
    assert goal["status"] == "paused"
    assert goal["checkins"] == [{"date": "2027-01-05", "note": "Booked three coffees"}]
    assert "progress" in goal
    assert cli("goal", "status", "CFOs", "finished").returncode == 2


def test_an_unknown_goal_is_one_line_and_status_1(cli: Cli) -> None:
    result = cli("goal", "show", "nothing like this")
    assert result.returncode == 1
    assert result.stderr.startswith("nettverk: goal:") and "Traceback" not in result.stderr


def test_it_ties_and_unties_contacts(cli: Cli) -> None:
    added = json.loads(cli("goal", "add", CFO_GOAL, "--today", "2026-11-22", "--json").stdout)
    assert cli("contact", "add", "Per Lund", "--title", "Developer").returncode == 0
    tied = cli("goal", "tie", "CFOs", "Per Lund")
    assert tied.returncode == 0 and "Tied Per Lund" in tied.stdout
    cli("log", "Per Lund", "--kind", "meeting", "--date", "2027-01-05")
    shown = cli("goal", "show", str(added["id"]), "--today", "2027-01-06", "--json")
    assert json.loads(shown.stdout)["progress"]["total"] == 1
    untied = cli("goal", "untie", "CFOs", "Per Lund")
    assert untied.returncode == 0 and "Untied Per Lund" in untied.stdout
    shown = cli("goal", "show", str(added["id"]), "--today", "2027-01-06", "--json")
    assert json.loads(shown.stdout)["progress"]["total"] == 0
    assert cli("goal", "untie", "CFOs", "Nobody").returncode == 1
