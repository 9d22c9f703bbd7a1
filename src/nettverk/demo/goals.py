"""Three goals with history for the demo user, so the goal pages show real charts.

Each goal is written as the demo user would have written it months ago (English, Swedish,
Norwegian), parsed as of that day, and given what followed: introductions and meetings
logged for it, visits to arenas with their time and money, and check-ins. Everything is
drawn from a seeded generator, so the same day gives the same demo.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.db.models import F, Q

from nettverk.accounts.models import User
from nettverk.arenas.models import Arena, ArenaVisit
from nettverk.contacts.models import Contact
from nettverk.goals.models import CheckIn, Goal
from nettverk.goals.services import goal_create, goal_tie
from nettverk.goals.share import share_enable
from nettverk.interactions.models import Interaction

SEED = 4


@dataclass(frozen=True)
class GoalSpec:
    sentence: str
    buddy: str
    # The goal was written this many weeks or months before today.
    weeks_ago: int = 0
    months_ago: int = 0


SPECS = (
    GoalSpec("Get introduced to 2 new CFOs or other decision-makers in finance and accounting "
             "every week for the next 13 weeks, so that we sell more to finance teams",
             buddy="", weeks_ago=9),
    GoalSpec("Ha 3 möten med beslutsfattare inom fintech varje månad de kommande sex månaderna "
             "för att sälja mer", buddy="anna.lindqvist@example.se", months_ago=4),
    GoalSpec("Jeg skal ha kontakt med minst 8 beslutningstakere i energibransjen hver måned de "
             "neste 9 månedene for å selge mer", buddy="kari.nordmann@example.no", months_ago=6),
)
INTRO_NOTES = ("Warm intro after the breakfast talk", "Intro by email from a former colleague",
               "Introduced on LinkedIn; coffee booked", "Intro from a customer who is happy")
CHECKIN_NOTES = ("Good week: the forum pays off.", "Slow week, too much travel.",
                 "Asked two customers for introductions.", "Followed up everyone from last month.")


def demo_goals(user: User, today: date) -> None:
    """Load the goals once; an existing goal means they are there already."""
    if Goal.objects.owned_by(user).exists():
        return
    rng = random.Random(SEED)
    arenas = {a.name: a for a in Arena.objects.owned_by(user)}
    english, swedish, norwegian = (_goal(user, spec, today) for spec in SPECS)
    english.buddy_contact = Contact.objects.owned_by(user).filter(
        function="executive", emails__isnull=False).order_by("name").first()
    english.save(update_fields=["buddy_contact"])
    share_enable(english)
    _log(english, _weekly_days(rng, english, today, (0, 1, 1, 2, 2, 2, 3)), "intro_received",
         rng, [arenas.get("CFO-forum Oslo"), arenas.get("LinkedIn")])
    _log(swedish, _monthly_days(rng, swedish, today, (1, 2, 2)), "meeting", rng,
         [arenas.get("Stockholm Founders Breakfast"), arenas.get("Nordic Fintech Week")])
    goal_tie(norwegian, _segment(user, norwegian)[:3])
    _visits(user, rng, arenas, english, today)
    for goal, every in ((english, 14), (swedish, 30), (norwegian, 45)):
        _checkins(goal, rng, every, today)


def _goal(user: User, spec: GoalSpec, today: date) -> Goal:
    written = _written_on(spec, today)
    return goal_create(owner=user, sentence=spec.sentence, today=written, buddy=spec.buddy)


def _written_on(spec: GoalSpec, today: date) -> date:
    if spec.weeks_ago:
        monday = today - timedelta(days=today.weekday())
        return monday - timedelta(weeks=spec.weeks_ago)
    month = today.year * 12 + today.month - 1 - spec.months_ago
    return date(month // 12, month % 12 + 1, 1)


def _segment(user: User, goal: Goal) -> list[Contact]:
    """The decision-makers in the goal's functions and industries: whom the demo's goal
    work is logged with."""
    people = Contact.objects.owned_by(user).filter(decision_maker=True)
    if goal.functions:
        people = people.filter(function__in=goal.functions)
    for industry in goal.industries:
        people = people.filter(Q(industry__icontains=industry)
                               | Q(organization__industry__icontains=industry))
    return list(people.order_by("name"))


def _weekly_days(rng: random.Random, goal: Goal, today: date,
                 counts: tuple[int, ...]) -> list[date]:
    assert goal.start is not None
    days, monday = [], goal.start
    while monday <= today:
        days += [monday + timedelta(days=rng.randrange(5)) for _ in range(rng.choice(counts))]
        monday += timedelta(weeks=1)
    return [d for d in days if d <= today]


def _monthly_days(rng: random.Random, goal: Goal, today: date,
                  counts: tuple[int, ...]) -> list[date]:
    assert goal.start is not None
    days, first = [], goal.start
    while first <= today:
        days += [first + timedelta(days=rng.randrange(28)) for _ in range(rng.choice(counts))]
        first = (first + timedelta(days=32)).replace(day=1)
    return [d for d in days if d <= today]


def _log(goal: Goal, days: list[date], kind: str, rng: random.Random,
         arenas: list[Arena | None]) -> None:
    people = _segment(goal.owner, goal)
    if not people:
        return
    places: list[Arena | None] = [a for a in arenas if a is not None] or [None]
    rows = Interaction.objects.bulk_create([
        Interaction(owner=goal.owner, kind=kind, occurred_on=day, goal=goal,
                    direction="inbound" if kind == "intro_received" else "mutual",
                    note=rng.choice(INTRO_NOTES) if kind == "intro_received" else "",
                    arena=rng.choice(places)) for day in sorted(days)])
    through = Interaction.contacts.through
    through.objects.bulk_create([through(interaction_id=row.pk,
                                         contact_id=rng.choice(people).pk) for row in rows])


# (arena, every how many days, hours, kroner) for the last half year of visits.
VISITS = (("CFO-forum Oslo", 28, "2.5", "450"), ("LinkedIn", 7, "1", "0"),
          ("Nordic-British Chamber Breakfast", 28, "2", "250"),
          ("Vestfjord Golfklubb", 14, "4.5", "600"), ("Stockholm Founders Breakfast", 28, "2", "0"))
VISIT_DAYS = 182


def _visits(user: User, rng: random.Random, arenas: dict[str, Arena], english: Goal,
            today: date) -> None:
    rows = []
    for name, every, hours, money in VISITS:
        arena = arenas.get(name)
        day = today - timedelta(days=VISIT_DAYS - rng.randrange(every))
        while arena is not None and day <= today:
            for_goal = english if english.start and english.start <= day \
                and name in ("CFO-forum Oslo", "LinkedIn") else None
            rows.append(ArenaVisit(owner=user, arena=arena, on=day, hours=Decimal(hours),
                                   money=Decimal(money), goal=for_goal))
            day += timedelta(days=every)
    ArenaVisit.objects.bulk_create(rows)
    for arena in {row.arena for row in rows}:
        spent = [r for r in rows if r.arena == arena]
        Arena.objects.filter(pk=arena.pk).update(
            hours_spent=F("hours_spent") + sum(r.hours for r in spent),
            money_spent=F("money_spent") + sum(r.money for r in spent))


def _checkins(goal: Goal, rng: random.Random, every: int, today: date) -> None:
    assert goal.start is not None
    days = [goal.start + timedelta(days=every * i) for i in range(1, 1 + 400 // every)]
    CheckIn.objects.bulk_create([CheckIn(goal=goal, on=day, note=rng.choice(CHECKIN_NOTES))
                                 for day in days if day <= today])
