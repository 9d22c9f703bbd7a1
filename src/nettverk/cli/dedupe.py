"""List contacts that are probably the same person; nothing is merged.

    nettverk dedupe
    nettverk dedupe --json | jq '.[0]'
    nettverk merge 12 57          # then merge a pair you agree with
"""

from __future__ import annotations

import click
from django.utils.translation import gettext as _
from rich.markup import escape
from rich.table import Table

from nettverk.cli.runtime import console, current_user, print_json, setup


@click.command("dedupe")
@click.option("--limit", default=0, type=click.IntRange(0), help="At most this many (0: all).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def command(limit: int, as_json: bool) -> None:
    """Suggest pairs of contacts that look like one person, best first, with reasons."""
    setup()
    from nettverk.dedupe.services import duplicate_pairs

    pairs = duplicate_pairs(current_user(), limit=limit or None)
    if as_json:
        print_json(pairs)
        return
    if not pairs:
        console.print(_("No likely duplicates."))
        return
    table = Table(_("Score"), _("Keep"), _("Merge into it"), _("Why"))
    for pair in pairs:
        first, second = pair["first"], pair["second"]
        table.add_row(f"{pair['score']:.2f}", escape(f"{first['name']} (#{first['id']})"),
                      escape(f"{second['name']} (#{second['id']})"),
                      escape("; ".join(pair["reasons"])))
    console.print(table)
