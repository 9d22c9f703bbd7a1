"""Record an interaction with one or more contacts.

    nettverk log "Ingrid Berg" --kind meeting --note "lunch, talked about export to Germany"
    nettverk log 12 per@example.se --kind event --date 2026-11-20 --arena "Oslo Tech Meetup"
"""

from __future__ import annotations

import click

from nettverk.cli.runtime import console, current_user, print_json, setup

KINDS = ["meeting", "call", "message", "email", "event", "intro_received", "intro_made",
         "help_given", "help_received"]


@click.command("log")
@click.argument("refs", nargs=-1, required=True, metavar="CONTACT...")
@click.option("--kind", required=True, type=click.Choice(KINDS))
@click.option("--date", "day", default=None, help="YYYY-MM-DD (default: today).")
@click.option("--note", default="", help="What happened.")
@click.option("--direction", default="", type=click.Choice(["", "outbound", "inbound", "mutual"]))
@click.option("--arena", default="", help="Where it happened (created if new).")
@click.option("--goal", "goal_ref", default="", help="Count it for this goal (id or words).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def command(refs: tuple[str, ...], kind: str, day: str | None, note: str, direction: str,
            arena: str, goal_ref: str, as_json: bool) -> None:
    """Log an interaction; CONTACT is an id, an email or an unambiguous name."""
    setup()
    from django.db import transaction

    from nettverk.arenas.services import arena_get_or_create
    from nettverk.contacts.serialize import interaction_json
    from nettverk.contacts.services import contact_find
    from nettverk.goals.services import goal_find
    from nettverk.interactions.services import interaction_log

    user = current_user()
    contacts = [contact_find(user, ref) for ref in refs]
    goal = goal_find(user, goal_ref) if goal_ref else None
    with transaction.atomic():  # a new arena is kept only if the interaction is
        interaction = interaction_log(
            owner=user, contacts=contacts, kind=kind, occurred_on=day, note=note,
            direction=direction, arena=arena_get_or_create(user, arena) if arena else None,
            goal=goal,
        )
    if as_json:
        print_json(interaction_json(interaction))
    else:
        names = ", ".join(c.name for c in contacts)
        console.print(f"Logged {interaction.get_kind_display().lower()} with {names} "
                      f"on {interaction.occurred_on}.", highlight=False)
