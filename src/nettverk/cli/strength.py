"""Relationship strength: show one contact's, or recompute everyone's (run daily, for decay).

    nettverk strength "Ingrid Berg"
    nettverk strength --recompute
"""

from __future__ import annotations

import time

import click

from nettverk.cli.runtime import console, current_user, err_console, print_json, setup


@click.command("strength")
@click.argument("ref", required=False, metavar="[CONTACT]")
@click.option("--recompute", is_flag=True, help="Recompute every user's contacts now.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def command(ref: str | None, recompute: bool, as_json: bool) -> None:
    """Strength 0-100 with its reasons; --recompute brings every contact up to date."""
    if not ref and not recompute:
        raise click.UsageError("name a CONTACT or give --recompute")
    setup()
    if recompute:
        _recompute(as_json)
    if ref:
        _show(ref, as_json)


def _recompute(as_json: bool) -> None:
    from nettverk.relationships.recompute import strength_recompute_all

    started = time.perf_counter()
    users, contacts = strength_recompute_all()
    seconds = round(time.perf_counter() - started, 2)
    if as_json:
        print_json({"users": users, "contacts": contacts, "seconds": seconds})
    else:
        err_console.print(f"Recomputed {contacts:,} contacts of {users} users in {seconds} s.",
                          highlight=False)


def _show(ref: str, as_json: bool) -> None:
    from nettverk.contacts.services import contact_find
    from nettverk.relationships.reasons import strength_reasons
    from nettverk.relationships.services import relationship_for

    contact = contact_find(current_user(), ref)
    relationship_for(contact)  # worked out now if it never was
    contact.refresh_from_db(fields=["strength"])
    reasons = strength_reasons(contact)
    if as_json:
        print_json({"id": contact.pk, "name": contact.name, "strength": contact.strength,
                    "reasons": reasons})
        return
    console.print(f"[bold]{contact.name}[/] (#{contact.pk}): strength {contact.strength}/100",
                  highlight=False)
    for reason in reasons:
        console.print(f"  · {reason}", highlight=False)
