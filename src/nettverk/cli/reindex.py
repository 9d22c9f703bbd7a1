"""Rebuild the ask's search index from the contacts, for every user of the data home.

    nettverk reindex
    nettverk --user alice reindex --only-user
"""

from __future__ import annotations

import click

from nettverk.cli.runtime import current_user, err_console, setup


@click.command("reindex")
@click.option("--only-user", is_flag=True, help="Only the current user's contacts.")
def command(only_user: bool) -> None:
    """Re-read every contact into the index the ask searches."""
    setup()
    from nettverk.accounts.models import User
    from nettverk.ask.index import rebuild_index

    users = [current_user()] if only_user else list(User.objects.order_by("pk"))
    for user in users:
        count = rebuild_index(user)
        err_console.print(f"{user.get_username()}: {count} contacts indexed", highlight=False)
