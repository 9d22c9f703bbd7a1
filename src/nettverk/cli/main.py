"""The `nettverk` console command.

    nettverk demo                     # example network in the browser
    nettverk --home ~/work-net contacts --query cfo --json
    nettverk log "Ingrid Berg" --kind meeting --date 2026-11-20 --note "coffee"
"""

from __future__ import annotations

import os
import sys

import click

from nettverk.cli import (
    ask,
    contact,
    contacts,
    dedupe,
    demo,
    digest,
    due,
    export,
    goal,
    importing,
    init,
    log,
    merge,
    reindex,
    serve,
    strength,
    title,
    user,
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--home", type=click.Path(file_okay=False), help="Data folder (default: $NETTVERK_HOME)."
)
@click.option("--user", "username", help="Act as this user (default: $NETTVERK_USER or the first).")
@click.version_option(package_name="nettverk")
def cli(home: str | None, username: str | None) -> None:
    """nettverk: networking with a goal."""
    if home:
        os.environ["NETTVERK_HOME"] = home
    if username:
        os.environ["NETTVERK_USER"] = username


for module in (init, serve, demo, contacts, contact, log, title, user, due, strength, goal,
               digest, ask, reindex):
    cli.add_command(module.command)
for module in (importing, export, dedupe, merge):
    cli.add_command(module.command)


def main() -> None:
    """Runs the CLI; a user's mistake becomes one line on stderr, never a traceback."""
    from nettverk.cli.errors import run

    sys.exit(run(cli))
