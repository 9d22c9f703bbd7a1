"""`nettverk due` and `nettverk strength` through the real entry point in a temporary home."""

from __future__ import annotations

import json
from datetime import date, timedelta

from tests.conftest import Cli


def test_it_prints_the_due_list_as_json(cli: Cli) -> None:
    long_ago = (date.today() - timedelta(days=45)).isoformat()
    cli("contact", "add", "Ingrid Berg", "--title", "CFO", "--cadence", "30")
    cli("contact", "add", "Per Lund", "--cadence", "30")
    cli("contact", "add", "Kari Nordmann", "--cadence", "90")
    for name in ("Ingrid Berg", "Per Lund", "Kari Nordmann"):
        assert cli("log", name, "--kind", "meeting", "--date", long_ago).returncode == 0

    due = cli("due", "--json")
    assert due.returncode == 0, due.stderr
    items = json.loads(due.stdout)
    assert [(i["name"], i["days_overdue"], i["cadence_days"]) for i in items] == [
        ("Ingrid Berg", 15, 30), ("Per Lund", 15, 30)]
    assert set(items[0]) == {"id", "name", "days_overdue", "last_contact", "cadence_days",
                             "strength", "score", "why"}
    assert "decision-maker" in items[0]["why"]
    assert len(json.loads(cli("due", "--json", "--limit", "1").stdout)) == 1


def test_it_recomputes_and_explains_strength(cli: Cli) -> None:
    cli("contact", "add", "Ingrid Berg")
    cli("log", "Ingrid Berg", "--kind", "call", "--direction", "inbound")
    recomputed = cli("strength", "--recompute", "--json")
    assert json.loads(recomputed.stdout)["contacts"] == 1
    shown = json.loads(cli("strength", "Ingrid Berg", "--json").stdout)
    assert shown["strength"] > 0
    assert "last contact today" in shown["reasons"]
    detail = json.loads(cli("contact", "show", "Ingrid Berg", "--json").stdout)
    assert detail["strength"] == shown["strength"]
    assert detail["strength_reasons"] == shown["reasons"]


def test_it_refuses_strength_without_a_contact_or_recompute(cli: Cli) -> None:
    result = cli("strength")
    assert result.returncode == 2
    assert "CONTACT" in result.stderr
