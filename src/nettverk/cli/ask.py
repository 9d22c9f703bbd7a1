"""Who in my network can help with a problem, and what kind of person is still missing.

    nettverk ask "We need to make our customer database GDPR compliant"
    nettverk ask "Hvem kan hjelpe oss med skatt og moms?" --limit 5 --json
    nettverk ask "Who knows transfer pricing?" --save            # keep the answer as a note
    nettverk ask "Who knows transfer pricing?" --goal 3          # ... on goal 3 (id or words)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click
from rich.table import Table

from nettverk.cli.runtime import console, current_user, err_console, print_json, setup

if TYPE_CHECKING:
    from nettverk.accounts.models import User
    from nettverk.goals.models import Goal


@click.command("ask")
@click.argument("problem")
@click.option("--limit", default=10, type=click.IntRange(1, 100), help="At most this many helpers.")
@click.option("--save", is_flag=True, help="Keep the ask and its answer as a note.")
@click.option("--goal", "goal_ref", default=None,
              help="Keep the ask on this goal (id or words of it); implies --save.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def command(problem: str, limit: int, save: bool, goal_ref: str | None, as_json: bool) -> None:
    """Rank your contacts by how well they can help with PROBLEM, with reasons."""
    setup()
    from nettverk.ask.serialize import ask_json
    from nettverk.ask.services import ask

    user = current_user()
    goal = _goal(user, goal_ref)  # before asking: a wrong goal saves nothing
    data = ask_json(ask(user, problem, limit=limit))
    saved = _save(user, problem, data, goal) if save or goal is not None else None
    if as_json:
        print_json(data if saved is None else {**data, "saved": saved})
        return
    _print_helpers(data["helpers"])
    for profile in data["missing"]:
        _print_missing(profile)


def _goal(user: User, ref: str | None) -> Goal | None:
    from nettverk.goals.services import goal_find

    return None if ref is None else goal_find(user, ref)


def _save(user: User, problem: str, data: dict[str, Any], goal: Goal | None) -> int:
    """Saves the answer as printed; says where on stderr, so --json stays one document."""
    from nettverk.ask.services import saved_ask_create

    saved = saved_ask_create(user, problem, data, goal=goal)
    where = f"on goal #{goal.pk}" if goal else "as a note"
    err_console.print(f"Saved the ask #{saved.pk} {where}.", highlight=False)
    return saved.pk


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
