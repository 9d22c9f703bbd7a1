"""Import contact files: vCard, LinkedIn, Google or Outlook CSV, or a nettverk JSON backup.

    nettverk import Connections.csv contacts.vcf
    nettverk import backup.json --owner alice --json
    nettverk import google.csv --format google --dry-run

Each file is stored whole or not at all; a broken one is refused with one line naming file, line
and field while the others still import. Exit status 1 when any file was refused.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click
from django.utils.translation import gettext as _
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from nettverk.cli.runtime import console, current_user, err_console, print_json, setup

if TYPE_CHECKING:
    from nettverk.accounts.models import User
    from nettverk.imports.pipeline import FileResult

FORMATS = ["vcard", "linkedin", "google", "outlook", "json"]
_SHOWN_WARNINGS = 5


@click.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(FORMATS), help="Skip detecting the format.")
@click.option("--owner", help="Import into this user's network (default: --user / the first).")
@click.option("--dry-run", is_flag=True, help="Show what would be stored; store nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary.")
def command(files: tuple[str, ...], fmt: str | None, owner: str | None, dry_run: bool,
            as_json: bool) -> None:
    """Import FILES into the network, merging people already known."""
    setup()
    from nettverk.imports.pipeline import dry_runs_together

    user = current_user(owner)
    with dry_runs_together(dry_run):
        results = [import_path(user, Path(name), fmt, dry_run) for name in files]
    for result in results:
        _report(result, quiet=as_json)
    if as_json:
        print_json({"dry_run": dry_run, "files": [r.as_json() for r in results]})
    if not all(result.ok for result in results):
        click.get_current_context().exit(1)


def import_path(user: User, path: Path, fmt: str | None, dry_run: bool) -> FileResult:
    from nettverk.imports.pipeline import FileResult, import_data

    try:
        data = path.read_bytes()
    except OSError as error:
        return FileResult(file=path.name, format=fmt or "",
                          error=f"{path}: {error.strerror or error}")
    with _progress(path.name) as tick:
        return import_data(user, data, file=path.name, fmt=fmt, dry_run=dry_run, progress=tick)


@contextmanager
def _progress(name: str) -> Iterator[Callable[[int, int], None] | None]:
    """A bar on the terminal's stderr for files big enough to wait for; nothing otherwise."""
    if not err_console.is_terminal:
        yield None
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())
    # Redrawn at each tick rather than by Rich's refresh thread: a process with a second thread
    # reads a big file on one core only (`nettverk.lib.two_cores`).
    with Progress(*columns, console=err_console, transient=True, auto_refresh=False) as bar:
        task = bar.add_task(name, total=None)

        def tick(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, refresh=True)
        yield tick


def _report(result: FileResult, *, quiet: bool) -> None:
    if not result.ok:
        err_console.print(f"nettverk: {result.error}", highlight=False, markup=False,
                          soft_wrap=True)
        return
    for warning in result.warnings[:_SHOWN_WARNINGS]:
        err_console.print(f"warning: {warning}", highlight=False, markup=False, soft_wrap=True)
    if len(result.warnings) > _SHOWN_WARNINGS:
        more = len(result.warnings) - _SHOWN_WARNINGS
        err_console.print(_("… and %d more warnings (--json lists them all)") % more,
                          highlight=False)
    if not quiet:
        console.print(result.summary(), highlight=False, markup=False, soft_wrap=True)
