"""Who to get back in touch with now, most overdue and most valuable first, with why.

    nettverk due
    nettverk due --limit 5 --json
"""

from __future__ import annotations

import click
from rich.table import Table

from nettverk.cli.runtime import console, current_user, print_json, setup


@click.command("due")
@click.option("--limit", default=20, type=click.IntRange(0), help="At most this many (0: all).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def command(limit: int, as_json: bool) -> None:
    """The keep-in-touch list: contacts whose cadence has passed since the last interaction."""
    setup()
    from nettverk.relationships.due import due_list

    items = [item.as_json() for item in due_list(current_user(), limit=limit)]
    if as_json:
        print_json(items)
        return
    table = Table("#", "Name", "Overdue", "Strength", "Score", "Why")
    for item in items:
        table.add_row(str(item["id"]), item["name"], str(item["days_overdue"]),
                      str(item["strength"]), str(item["score"]), "; ".join(item["why"]))
    console.print(table)
    console.print(f"[dim]{len(items)} due[/]")
