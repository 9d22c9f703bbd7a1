"""`nettverk ask --save [--goal G]` keeps the answer, says where, and refuses a wrong goal."""

from __future__ import annotations

import json

from tests.conftest import Cli


def _network(cli: Cli) -> None:
    added = cli("contact", "add", "Kari Moe", "--title", "Personvernrådgiver",
                "--expertise", "Personvern og GDPR for SMB.")
    assert added.returncode == 0, added.stderr


def test_it_saves_an_ask_on_a_goal(cli: Cli) -> None:
    _network(cli)
    goal = json.loads(cli("goal", "add", "Meet three privacy lawyers this quarter",
                          "--json").stdout)
    run = cli("ask", "GDPR compliance", "--goal", str(goal["id"]), "--json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert set(data) == {"helpers", "missing", "saved"}
    assert data["helpers"][0]["name"] == "Kari Moe"
    assert f"Saved the ask #{data['saved']} on goal #{goal['id']}." in run.stderr


def test_it_saves_an_ask_as_a_note(cli: Cli) -> None:
    _network(cli)
    run = cli("ask", "GDPR compliance", "--save")
    assert run.returncode == 0, run.stderr
    assert "Kari Moe" in run.stdout
    assert "Saved the ask #1 as a note." in run.stderr


def test_it_refuses_a_goal_that_is_not_the_users(cli: Cli) -> None:
    _network(cli)  # the home's first user, who asks
    assert cli("user", "add", "bob").returncode == 0
    bobs = json.loads(cli("--user", "bob", "goal", "add",
                          "Meet three privacy lawyers this quarter", "--json").stdout)
    run = cli("ask", "GDPR compliance", "--goal", str(bobs["id"]), "--json")
    assert run.returncode == 1
    assert run.stdout == ""
    assert run.stderr.startswith("nettverk: goal: ") and len(run.stderr.splitlines()) == 1
