"""`nettverk goal parse`: the DESIGN.md contract, without touching a database."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Cli

KEYS = {"measure", "target", "cadence", "start", "end", "segment", "purpose", "missing"}
SEGMENT_KEYS = {"functions", "seniorities", "decision_maker", "industries", "keywords"}
CFO_GOAL = ("Get introduced to 2 new CFOs or other decision-makers in finance and accounting "
            "every week next quarter")


def test_it_prints_the_structured_goal_as_json(cli: Cli) -> None:
    result = cli("goal", "parse", CFO_GOAL, "--today", "2026-11-22", "--json")
    assert result.returncode == 0, result.stderr
    goal = json.loads(result.stdout)
    assert set(goal) >= KEYS
    assert set(goal["segment"]) >= SEGMENT_KEYS
    assert (goal["measure"], goal["target"], goal["cadence"]) == ("introductions", 2, "week")
    assert (goal["start"], goal["end"]) == ("2027-01-01", "2027-03-31")
    assert "finance" in goal["segment"]["functions"]
    assert goal["segment"]["decision_maker"] is True
    assert goal["missing"] == []


def test_it_names_what_is_missing_and_a_sharper_rewrite(cli: Cli) -> None:
    data = json.loads(cli("goal", "parse", "Meet new customers", "--json").stdout)
    assert set(data["missing"]) == {"segment", "target", "period"}
    human = cli("goal", "parse", "Meet new customers", "--today", "2026-11-22")
    assert human.returncode == 0, human.stderr
    assert "Not yet clear" in human.stdout
    assert "Sharper:" in human.stdout
    assert data["suggestion"].split()[0] in human.stdout


def test_it_needs_no_database(cli: Cli, tmp_path: Path) -> None:
    untouched = tmp_path / "untouched"
    assert cli("--home", str(untouched), "goal", "parse", CFO_GOAL).returncode == 0
    assert not untouched.exists()


def test_it_refuses_a_date_that_does_not_exist(cli: Cli) -> None:
    result = cli("goal", "parse", CFO_GOAL, "--today", "2026-02-30")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
