"""Create and migrate the data home; safe to run again.

    nettverk --home ~/nettverk init
"""

from __future__ import annotations

import click

from nettverk.cli.runtime import console, current_user, setup


@click.command("init")
def command() -> None:
    """Create the data home, its database and the first user."""
    setup()
    from django.conf import settings

    user = current_user()
    console.print(f"Data home: [bold]{settings.HOME}[/]", highlight=False)
    console.print(f"Database: {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}")
    console.print(f"User: {user.username}", highlight=False)
