"""Serve the web app on this machine and print a one-time sign-in link.

    nettverk serve
    nettverk serve --port 8080
"""

from __future__ import annotations

import click

from nettverk.cli.runtime import console, current_user, setup

host_option = click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to bind."
)
port_option = click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
threads_option = click.option("--threads", default=8, show_default=True, type=click.IntRange(1, 64))


@click.command("serve")
@host_option
@port_option
@threads_option
def command(host: str, port: int, threads: int) -> None:
    """Serve the web app (pages and the JSON API under /api/)."""
    setup()
    run_server(host, port, threads)


def run_server(host: str, port: int, threads: int) -> None:
    from waitress import serve

    from nettverk.accounts.tokens import login_link_create
    from nettverk.wsgi import application

    user = current_user()
    shown_host = f"[{host}]" if ":" in host else host
    link = f"http://{shown_host}:{port}/login/{login_link_create(user=user)}/"
    console.print(f"nettverk is serving on http://{shown_host}:{port}/ as {user.username}",
                  highlight=False)
    console.print(f"Sign in with this one-time link:\n  [bold]{link}[/]", highlight=False)
    console.print("[dim]Press Ctrl+C to stop.[/]")
    try:
        serve(application, host=host, port=port, threads=threads, _quiet=True)
    except KeyboardInterrupt:
        console.print("Stopped.")
