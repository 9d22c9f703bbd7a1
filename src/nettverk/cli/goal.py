"""Networking goals: parse a sentence, write a goal down, see how it is going.

    nettverk goal parse "Get introduced to 2 new CFOs every week next quarter" --json
    nettverk goal add "Bli kjent med 3 nye utviklere innen Python hver måned i år" \
        --buddy kari@example.no
    nettverk goal list
    nettverk goal show CFO --json
    nettverk goal checkin 1 "Two intros from the CFO forum this week"
    nettverk goal status 1 paused
    nettverk goal untie 1 "Per Lund"
"""

from __future__ import annotations

from datetime import date, datetime

import click

from nettverk.cli import goal_output as out
from nettverk.cli.runtime import console, current_user, err_console, print_json, setup

DAY = click.DateTime(formats=["%Y-%m-%d"])
MEASURES = ["new_contacts", "introductions", "meetings", "interactions"]
CADENCES = ["week", "month", "quarter", "period"]
STATUSES = ["active", "paused", "achieved", "abandoned"]


def _day(value: datetime | None) -> date | None:
    return value.date() if value else None


@click.group("goal")
def command() -> None:
    """Write down, follow and share networking goals."""


@command.command("parse")
@click.argument("sentence")
@click.option("--today", type=DAY, default=None, help="Resolve relative periods from this day.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def parse(sentence: str, today: datetime | None, as_json: bool) -> None:
    """Read SENTENCE into a structured goal; needs no database."""
    from nettverk.lib.goal_sentences import parse_goal

    parsed = parse_goal(sentence, today=_day(today) or date.today())
    if as_json:
        print_json(parsed.as_json())
    else:
        out.print_parsed(parsed)


@command.command("add")
@click.argument("sentence")
@click.option("--buddy", default="", help="Email, contact or user to share the goal with.")
@click.option("--today", type=DAY, default=None, help="Resolve relative periods from this day.")
@click.option("--target", type=click.IntRange(1), default=None, help="Events per window.")
@click.option("--cadence", type=click.Choice(CADENCES), default=None)
@click.option("--measure", type=click.Choice(MEASURES), default=None)
@click.option("--start", type=DAY, default=None)
@click.option("--end", type=DAY, default=None)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def add(sentence: str, buddy: str, today: datetime | None, target: int | None,
        cadence: str | None, measure: str | None, start: datetime | None,
        end: datetime | None, as_json: bool) -> None:
    """Write a goal down; a goal that lacks something is kept, with advice to sharpen it."""
    setup()
    from nettverk.goals.serialize import goal_json
    from nettverk.goals.services import goal_create

    goal = goal_create(owner=current_user(), sentence=sentence, today=_day(today), buddy=buddy,
                       target=target, cadence=cadence, measure=measure, start=_day(start),
                       end=_day(end))
    data = goal_json(goal)
    out.warn_unclear(err_console, data)
    if as_json:
        print_json(data)
    else:
        out.print_added(data)


@command.command("list")
@click.option("--today", type=DAY, default=None, help="Count progress as of this day.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def list_goals(today: datetime | None, as_json: bool) -> None:
    """Every goal with its pace."""
    setup()
    from nettverk.goals.progress import goal_progress
    from nettverk.goals.serialize import goal_json, progress_json
    from nettverk.goals.services import goals_of

    rows = [(goal_json(g), progress_json(goal_progress(g, today=_day(today))))
            for g in goals_of(current_user()).prefetch_related("checkins")]
    if as_json:
        print_json([{**goal, "progress": progress} for goal, progress in rows])
    else:
        out.print_list(rows)


@command.command("show")
@click.argument("ref", metavar="GOAL")
@click.option("--today", type=DAY, default=None, help="Count progress as of this day.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def show(ref: str, today: datetime | None, as_json: bool) -> None:
    """Progress per window, pace, streak, forecast and arena yields of GOAL (id or words)."""
    setup()
    from django.utils import timezone

    from nettverk.goals.progress import goal_progress
    from nettverk.goals.serialize import advice_json, goal_json, progress_json
    from nettverk.goals.services import goal_find
    from nettverk.goals.yields import arena_advice

    goal = goal_find(current_user(), ref)
    day = _day(today) or timezone.localdate()
    data = {**goal_json(goal), "progress": progress_json(goal_progress(goal, today=day)),
            "arenas": advice_json(arena_advice(goal, today=day))}
    if as_json:
        print_json(data)
    else:
        out.print_goal(data)


@command.command("checkin")
@click.argument("ref", metavar="GOAL")
@click.argument("note")
@click.option("--date", "day", type=DAY, default=None, help="YYYY-MM-DD (default: today).")
def checkin(ref: str, note: str, day: datetime | None) -> None:
    """Add a dated note on how GOAL is going."""
    setup()
    from nettverk.goals.services import checkin_add, goal_find

    added = checkin_add(goal_find(current_user(), ref), note, on=_day(day))
    console.print(f"Checked in on goal #{added.goal_id} on {added.on}.", highlight=False)


@command.command("status")
@click.argument("ref", metavar="GOAL")
@click.argument("status", type=click.Choice(STATUSES))
def status(ref: str, status: str) -> None:
    """Mark GOAL active, paused, achieved or abandoned."""
    setup()
    from nettverk.goals.services import goal_find, goal_set_status

    goal = goal_set_status(goal_find(current_user(), ref), status)
    console.print(f"Goal #{goal.pk} is now {goal.status}.", highlight=False)


@command.command("tie")
@click.argument("ref", metavar="GOAL")
@click.argument("contacts", nargs=-1, required=True, metavar="CONTACT...")
def tie(ref: str, contacts: tuple[str, ...]) -> None:
    """Count these contacts for GOAL even when they are outside its segment."""
    _tie_or_untie(ref, contacts, untie=False)


@command.command("untie")
@click.argument("ref", metavar="GOAL")
@click.argument("contacts", nargs=-1, required=True, metavar="CONTACT...")
def untie(ref: str, contacts: tuple[str, ...]) -> None:
    """Stop counting these contacts for GOAL unless they are in its segment."""
    _tie_or_untie(ref, contacts, untie=True)


def _tie_or_untie(ref: str, contacts: tuple[str, ...], *, untie: bool) -> None:
    setup()
    from nettverk.contacts.services import contact_find
    from nettverk.goals.services import goal_find, goal_tie, goal_untie

    user = current_user()
    goal = goal_find(user, ref)
    found = [contact_find(user, c) for c in contacts]
    (goal_untie if untie else goal_tie)(goal, found)
    names = ", ".join(c.name for c in found)
    said = f"Untied {names} from" if untie else f"Tied {names} to"
    console.print(f"{said} goal #{goal.pk}.", highlight=False)
