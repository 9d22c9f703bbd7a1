"""What every data command needs: Django set up on the data home, a migrated database, a user."""

from __future__ import annotations

import getpass
import json
import os
import sys
from typing import TYPE_CHECKING, Any

from rich.console import Console

if TYPE_CHECKING:
    from nettverk.accounts.models import User

console = Console()
err_console = Console(stderr=True)


def setup() -> None:
    """Configure Django and bring the database up to date; cheap when it already is."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nettverk.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        call_command("migrate", verbosity=0, interactive=False)


def current_user(name: str | None = None) -> User:
    """`name` (a command's --owner), else --user / $NETTVERK_USER, else the home's first user,
    created on first use. From here on the command speaks that user's language, as the web app
    does for them."""
    from django.utils import translation

    from nettverk.accounts.services import user_default, user_get

    name = name or os.environ.get("NETTVERK_USER")
    user = user_get(name) if name else user_default(_login_name())
    translation.activate(user.language)
    return user


def _login_name() -> str:
    try:
        name = getpass.getuser()
    except (KeyError, OSError):
        name = ""
    return "me" if name in ("", "root") else name


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
