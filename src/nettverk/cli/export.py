"""Export the network: vCard for address books, CSV for spreadsheets, JSON as a full backup.

    nettverk export --format vcard -o contacts.vcf
    nettverk export --format vcard --vcard-version 3.0 -o for-old-phones.vcf
    nettverk export --format json -o backup.json      # `nettverk import backup.json` restores it
    nettverk export --format csv > contacts.csv
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from nettverk.cli.runtime import current_user, setup


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(["vcard", "csv", "json"]), required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write to this file (default: stdout).")
@click.option("--vcard-version", type=click.Choice(["4.0", "3.0"]), default="4.0",
              show_default=True)
@click.option("--owner", help="Export this user's network (default: --user / the first).")
def command(fmt: str, output: str | None, vcard_version: str, owner: str | None) -> None:
    """Write every contact (and for json everything else you own) in FORMAT."""
    setup()
    from nettverk.exports.service import export_to

    user = current_user(owner)
    if output is None:
        export_to(user, fmt, sys.stdout, vcard_version=vcard_version)
        return
    target = Path(output)
    partial = target.with_name(target.name + ".partial")
    # newline="" keeps vCard's CRLF as written; the rename means no half-written file remains.
    with partial.open("w", encoding="utf-8", newline="") as out:
        export_to(user, fmt, out, vcard_version=vcard_version)
    partial.replace(target)
