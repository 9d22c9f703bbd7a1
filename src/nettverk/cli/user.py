"""Users of this data home, and their API tokens.

    nettverk user add alice --email alice@example.com --language sv
    nettverk user token --name laptop
"""

from __future__ import annotations

import click

from nettverk.cli.runtime import console, current_user, print_json, setup


@click.group("user")
def command() -> None:
    """Manage users."""


@command.command("add")
@click.argument("username")
@click.option("--email", default="", help="Email address.")
@click.option("--language", default="en", type=click.Choice(["en", "sv", "nb"]))
@click.option("--password-stdin", is_flag=True, help="Read a password from standard input.")
@click.option("--superuser", is_flag=True, help="May open the admin.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def add(username: str, email: str, language: str, password_stdin: bool, superuser: bool,
        as_json: bool) -> None:
    """Add a user; without a password they sign in with the link `serve` prints."""
    setup()
    from nettverk.accounts.services import user_create

    password = click.get_text_stream("stdin").readline().rstrip("\n") if password_stdin else None
    user = user_create(username=username, email=email, password=password, language=language,
                       is_superuser=superuser)
    if as_json:
        print_json({"id": user.pk, "username": user.username, "language": user.language})
    else:
        console.print(f"Added user {user.username}.", highlight=False)


@command.command("token")
@click.option("--name", default="cli", show_default=True, help="What the token is for.")
def token(name: str) -> None:
    """Create an API token for the current user and print it once."""
    setup()
    from nettverk.accounts.tokens import api_token_create

    click.echo(api_token_create(user=current_user(), name=name))
