"""The real `nettverk` entry point in a temporary home: add, show, list, log."""

from __future__ import annotations

import json

from tests.conftest import Cli


def test_it_adds_shows_and_lists_a_contact(cli: Cli) -> None:
    added = cli("contact", "add", "Ingrid Berg", "--email", "ingrid@fjord.no", "--title",
                "Økonomisjef", "--org", "Fjord Energi", "--phone", "+47 912 34 567", "--json")
    assert added.returncode == 0, added.stderr
    contact = json.loads(added.stdout)
    assert contact["function"] == "finance"

    shown = json.loads(cli("contact", "show", "ingrid@fjord.no", "--json").stdout)
    assert shown["organization"] == "Fjord Energi"
    assert shown["phones"] == ["+4791234567"]

    listed = cli("contacts", "--query", "fjord", "--json")
    rows = json.loads(listed.stdout)
    assert [r["name"] for r in rows] == ["Ingrid Berg"]
    assert set(rows[0]) >= {"id", "name", "emails", "organization", "title", "function",
                            "seniority", "decision_maker", "strength"}


def test_it_logs_a_meeting_and_shows_it_on_the_contact(cli: Cli) -> None:
    cli("contact", "add", "Per Holm", "--title", "VD")
    logged = cli("log", "Per Holm", "--kind", "meeting", "--date", "2026-11-20",
                 "--note", "Lunch", "--arena", "Oslo Tech Meetup")
    assert logged.returncode == 0, logged.stderr
    shown = json.loads(cli("contact", "show", "Per", "--json").stdout)
    assert [(i["kind"], i["date"], i["arena"]) for i in shown["interactions"]] == [
        ("meeting", "2026-11-20", "Oslo Tech Meetup")]


def test_it_prints_human_tables(cli: Cli) -> None:
    cli("contact", "add", "Kari Nordmann", "--title", "CTO")
    listed = cli("contacts")
    assert listed.returncode == 0
    assert "Kari Nordmann" in listed.stdout
    assert "1 contacts" in listed.stdout


def test_listing_an_empty_home_gives_an_empty_json_list(cli: Cli) -> None:
    listed = cli("contacts", "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == []
