"""The weekly accountability digest: print it, or send it to each goal's buddy.

    nettverk digest
    nettverk digest --goal CFO --send
    NETTVERK_SMTP_HOST=smtp.example.com NETTVERK_SMTP_PORT=587 NETTVERK_SMTP_TLS=1 \
        nettverk digest --send
"""

from __future__ import annotations

from datetime import datetime

import click

from nettverk.cli.runtime import console, current_user, err_console, setup

DAY = click.DateTime(formats=["%Y-%m-%d"])


@click.command("digest")
@click.option("--goal", "ref", default="", help="Only this goal (id or words); default: active.")
@click.option("--send", is_flag=True, help="Email it to the buddy instead of printing it.")
@click.option("--today", type=DAY, default=None, help="Build it as of this day.")
def command(ref: str, send: bool, today: datetime | None) -> None:
    """Build the digest of each active goal (or --goal); --send emails each to its buddy."""
    setup()
    from django.utils import timezone

    from nettverk.goals.digest import digest_build, digest_send
    from nettverk.goals.services import goal_find, goals_of

    user = current_user()
    goals = [goal_find(user, ref)] if ref else list(goals_of(user, active_only=True))
    if not goals:
        raise click.ClickException("no active goals; write one with: nettverk goal add")
    day = today.date() if today else timezone.localdate()
    unsent = 0
    for goal in goals:
        digest = digest_build(goal, today=day)
        if not send:
            console.print(f"[bold]{digest.subject}[/]\n{digest.text}", highlight=False)
        elif digest.to:
            digest_send(digest)
            err_console.print(f"Sent goal #{goal.pk}'s digest to {digest.to}.", highlight=False)
        else:
            unsent += 1
            err_console.print(f"Goal #{goal.pk} has no buddy with an email; not sent. "
                              f"Set one on the goal page.", highlight=False)
    if unsent and unsent == len(goals):
        raise click.ClickException("nothing sent: no goal has a buddy with an email")
