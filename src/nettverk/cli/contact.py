"""One contact: add it, or show all that is known.

    nettverk contact add "Ingrid Berg" --email ingrid@example.no --title Økonomisjef --org Equinor
    nettverk contact show ingrid@example.no --json
"""

from __future__ import annotations

import click
from rich.table import Table

from nettverk.cli.contacts import FUNCTIONS, SENIORITIES
from nettverk.cli.runtime import console, current_user, print_json, setup


@click.group("contact")
def command() -> None:
    """Add or show one contact."""


@command.command("add")
@click.argument("name")
@click.option("--email", multiple=True, help="Email address (repeatable).")
@click.option("--phone", multiple=True, help="Phone number (repeatable).")
@click.option("--title", default="", help="Job title; classified unless --function/--seniority.")
@click.option("--org", default="", help="Organization.")
@click.option("--note", default="", help="Notes.")
@click.option("--expertise", default="", help="What they know and have done.")
@click.option("--tag", multiple=True, help="Tag (repeatable).")
@click.option("--cadence", default=None, type=click.IntRange(1, 3650),
              help="Keep in touch every this many days.")
@click.option("--function", default=None, type=click.Choice(FUNCTIONS))
@click.option("--seniority", default=None, type=click.Choice(SENIORITIES))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def add(name: str, email: tuple[str, ...], phone: tuple[str, ...], title: str, org: str,
        note: str, expertise: str, tag: tuple[str, ...], cadence: int | None,
        function: str | None, seniority: str | None, as_json: bool) -> None:
    """Add a contact by hand."""
    setup()
    from nettverk.contacts.serialize import contact_detail
    from nettverk.contacts.services import contact_create

    contact = contact_create(
        owner=current_user(), name=name, emails=email, phones=phone, title=title,
        organization=org, notes=note, expertise=expertise, tags=tag, function=function,
        seniority=seniority, cadence_days=cadence,
    )
    if as_json:
        print_json(contact_detail(contact))
    else:
        console.print(f"Added [bold]{contact.name}[/] (#{contact.pk}): "
                      f"{contact.function} · {contact.seniority}", highlight=False)


@command.command("show")
@click.argument("ref", metavar="CONTACT")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def show(ref: str, as_json: bool) -> None:
    """Every stored field of CONTACT (an id, an email or a name) and its interactions."""
    setup()
    from nettverk.contacts.serialize import contact_detail
    from nettverk.contacts.services import contact_find

    data = contact_detail(contact_find(current_user(), ref))
    if as_json:
        print_json(data)
        return
    _print_detail(data)


def _print_detail(data: dict[str, object]) -> None:
    console.print(f"[bold]{data['name']}[/] (#{data['id']})", highlight=False)
    fields = Table.grid(padding=(0, 2))
    for key, value in data.items():
        if key in ("id", "name", "interactions") or value in (None, "", []):
            continue
        shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        fields.add_row(f"[dim]{key.replace('_', ' ')}[/]", shown)
    console.print(fields)
    interactions = data["interactions"]
    assert isinstance(interactions, list)
    if interactions:
        timeline = Table("Date", "Kind", "Note", title="Interactions")
        for item in interactions:
            timeline.add_row(item["date"], item["kind"], item["note"])
        console.print(timeline)
