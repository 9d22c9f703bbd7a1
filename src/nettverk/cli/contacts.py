"""List and search contacts.

    nettverk contacts --query cfo
    nettverk contacts --function finance --decision-maker --json
"""

from __future__ import annotations

import click
from rich.table import Table

from nettverk.cli.runtime import console, current_user, print_json, setup

FUNCTIONS = ["executive", "finance", "hr", "it", "sales", "marketing", "operations", "legal",
             "procurement", "communications", "product", "research", "other"]
SENIORITIES = ["board", "c_level", "owner", "director", "manager", "professional", "entry"]


@click.command("contacts")
@click.option("--query", "-q", default="", help="Words to find in name, title, organization, ...")
@click.option("--function", default="", type=click.Choice(["", *FUNCTIONS]))
@click.option("--seniority", default="", type=click.Choice(["", *SENIORITIES]))
@click.option("--decision-maker/--not-decision-maker", default=None)
@click.option("--tag", default="", help="Only contacts with this tag.")
@click.option("--arena", default="", help="Only contacts first met in this arena.")
@click.option("--limit", default=0, type=click.IntRange(0), help="At most this many (0: all).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def command(query: str, function: str, seniority: str, decision_maker: bool | None, tag: str,
            arena: str, limit: int, as_json: bool) -> None:
    """List contacts, most relevant filters first."""
    setup()
    from nettverk.contacts.serialize import contact_summary
    from nettverk.contacts.services import contacts_search

    found = contacts_search(
        current_user(), query=query, function=function, seniority=seniority,
        decision_maker=decision_maker, tag=tag, arena=arena,
    ).prefetch_related("emails")
    if limit:
        found = found[:limit]
    rows = [contact_summary(c) for c in found]
    if as_json:
        print_json(rows)
        return
    table = Table("#", "Name", "Title", "Organization", "Function", "Seniority", "Strength")
    for row in rows:
        table.add_row(str(row["id"]), row["name"], row["title"], row["organization"] or "",
                      row["function"], row["seniority"], str(row["strength"]))
    console.print(table)
    console.print(f"[dim]{len(rows)} contacts[/]")
