"""Load the example network, then serve it.

    nettverk demo
    nettverk --home /tmp/demo demo --load-only
"""

from __future__ import annotations

import os

import click

from nettverk.cli.runtime import console, setup
from nettverk.cli.serve import host_option, port_option, run_server, threads_option


@click.command("demo")
@click.option("--load-only", is_flag=True, help="Load the example network without serving it.")
@host_option
@port_option
@threads_option
def command(load_only: bool, host: str, port: int, threads: int) -> None:
    """Load an example network (idempotent) and serve the web app."""
    setup()
    from nettverk.demo.load import DEMO_USERNAME, demo_load

    summary = demo_load()
    console.print(summary, highlight=False, soft_wrap=True)
    if not load_only:
        os.environ["NETTVERK_USER"] = DEMO_USERNAME
        run_server(host, port, threads)
