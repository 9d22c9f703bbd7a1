"""A user's mistake: one line on stderr, exit 1 for bad input, 2 for bad usage, nothing written."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Cli


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["contact", "add", "Ok", "--email", "nope"], "email"),
        (["contact", "add", "Ok", "--phone", "12"], "phone"),
        (["contact", "add", "   "], "name"),
        (["contact", "add", "Ok", "--note", "x" * 120_000], "notes"),
    ],
)
def test_bad_input_exits_1_with_one_line(cli: Cli, args: list[str], field: str) -> None:
    result = cli(*args)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert field in result.stderr
    assert json.loads(cli("contacts", "--json").stdout) == []


def test_a_bad_date_names_the_field(cli: Cli) -> None:
    cli("contact", "add", "Per")
    result = cli("log", "Per", "--kind", "call", "--date", "2026-02-30")
    assert result.returncode == 1
    assert "date" in result.stderr and "2026-02-30" in result.stderr
    assert json.loads(cli("contact", "show", "Per", "--json").stdout)["interactions"] == []


def test_a_bad_arena_name_does_not_half_write(cli: Cli) -> None:
    cli("contact", "add", "Per")
    result = cli("log", "Per", "--kind", "lunch", "--arena", "New Arena")
    assert result.returncode == 2  # unknown --kind is a usage error
    result = cli("log", "Nobody", "--kind", "call", "--arena", "New Arena")
    assert result.returncode == 1
    assert "Nobody" in result.stderr


@pytest.mark.parametrize("args", [["frobnicate"], ["contact", "add"], ["log", "x"],
                                  ["contacts", "--function", "wizard"]])
def test_bad_usage_exits_2(cli: Cli, args: list[str]) -> None:
    result = cli(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_an_unknown_contact_exits_1(cli: Cli) -> None:
    result = cli("contact", "show", "nobody@example.com")
    assert result.returncode == 1
    assert result.stderr.startswith("nettverk: contact: ")


def test_a_bad_database_url_is_one_line(cli: Cli) -> None:
    cli.env["DATABASE_URL"] = "mysql://x@localhost/db"
    result = cli("contacts")
    assert result.returncode == 1
    assert "DATABASE_URL" in result.stderr and "Traceback" not in result.stderr
