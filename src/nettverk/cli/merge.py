"""Merge contact B into contact A: every email, phone, note, tag and interaction is kept.

    nettverk merge 12 57
    nettverk merge "Lars Bergström" lars.bergstrom@example.se --json
    nettverk merge 12 57 --not-duplicate   # they are different people: stop suggesting them
"""

from __future__ import annotations

import click
from django.utils.translation import gettext as _

from nettverk.cli.runtime import console, current_user, print_json, setup


@click.command("merge")
@click.argument("keep", metavar="A")
@click.argument("other", metavar="B")
@click.option("--not-duplicate", is_flag=True, help="Record that A and B are different people.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def command(keep: str, other: str, not_duplicate: bool, as_json: bool) -> None:
    """Merge B into A (ids, emails or names); A's values win, B's differing ones are kept."""
    setup()
    from nettverk.contacts.serialize import contact_detail
    from nettverk.contacts.services import contact_find
    from nettverk.dedupe.merge import contact_merge
    from nettverk.dedupe.services import dismiss_pair

    user = current_user()
    first, second = contact_find(user, keep), contact_find(user, other)
    if not_duplicate:
        dismiss_pair(user, first, second)
        if as_json:
            print_json({"dismissed": [first.pk, second.pk]})
        return
    merged = contact_merge(first, second)
    if as_json:
        print_json(contact_detail(merged))
    else:
        console.print(_("Merged #%(other)d into %(name)s (#%(keep)d).")
                      % {"other": second.pk, "name": merged.name, "keep": merged.pk},
                      highlight=False, markup=False)
