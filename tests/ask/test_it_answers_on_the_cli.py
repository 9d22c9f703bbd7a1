"""`nettverk ask --json` prints exactly the contract; `nettverk reindex` rebuilds the index."""

from __future__ import annotations

import json

from tests.conftest import Cli


def test_it_prints_helpers_and_missing_as_json(cli: Cli) -> None:
    added = cli("contact", "add", "Kari Moe", "--title", "Personvernrådgiver",
                "--expertise", "Personvern og GDPR for SMB.", "--json")
    assert added.returncode == 0, added.stderr
    cli("contact", "add", "Ola Salg", "--title", "Selger")
    run = cli("ask", "We need to make our customer database GDPR compliant", "--limit", "3",
              "--json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert set(data) == {"helpers", "missing"}
    helper = data["helpers"][0]
    assert {"id", "name", "score", "reasons"} <= set(helper)
    assert helper["name"] == "Kari Moe"
    assert isinstance(helper["score"], float) and helper["reasons"]
    assert isinstance(data["missing"], list) and data["missing"]
    assert {"function", "expertise", "introducers", "arenas"} <= set(data["missing"][0])


def test_it_rebuilds_the_index(cli: Cli) -> None:
    cli("contact", "add", "Britt Revisor", "--title", "Statsautorisert revisor")
    run = cli("reindex")
    assert run.returncode == 0, run.stderr
    assert "1 contacts indexed" in run.stderr
    names = [h["name"] for h in json.loads(cli("ask", "auditor", "--json").stdout)["helpers"]]
    assert names == ["Britt Revisor"]


def test_it_refuses_an_empty_problem(cli: Cli) -> None:
    run = cli("ask", "  ", "--json")
    assert run.returncode == 1
    assert run.stdout == ""
    assert "q:" in run.stderr
