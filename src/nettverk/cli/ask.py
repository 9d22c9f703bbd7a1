"""Who in my network can help with a problem, and what kind of person is still missing.

    nettverk ask "We need to make our customer database GDPR compliant"
    nettverk ask "Hvem kan hjelpe oss med skatt og moms?" --limit 5 --json
"""

from __future__ import annotations

from typing import Any

import click
from rich.table import Table

from nettverk.cli.runtime import console, current_user, print_json, setup


@click.command("ask")
@click.argument("problem")
@click.option("--limit", default=10, type=click.IntRange(1, 100), help="At most this many helpers.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def command(problem: str, limit: int, as_json: bool) -> None:
    """Rank your contacts by how well they can help with PROBLEM, with reasons."""
    setup()
    from nettverk.ask.serialize import ask_json
    from nettverk.ask.services import ask

    data = ask_json(ask(current_user(), problem, limit=limit))
    if as_json:
        print_json(data)
        return
    _print_helpers(data["helpers"])
    for profile in data["missing"]:
        _print_missing(profile)


def _print_helpers(helpers: list[dict[str, Any]]) -> None:
    if not helpers:
        console.print("[dim]Nobody in your network matches this yet.[/]")
        return
    table = Table("#", "Name", "Score", "Strength", "Why")
    for helper in helpers:
        table.add_row(str(helper["id"]), helper["name"], f"{helper['score']:.2f}",
                      str(helper["strength"]), "; ".join(helper["reasons"]))
    console.print(table)


def _print_missing(profile: dict[str, Any]) -> None:
    console.print(f"[bold]Missing:[/] {profile['description']}", highlight=False)
    for person in profile["introducers"]:
        console.print(f"  ask {person['name']} (#{person['id']}): {person['reason']}",
                      highlight=False)
    for arena in profile["arenas"]:
        console.print(f"  met such people at {arena['name']} ({arena['contacts']})",
                      highlight=False)
