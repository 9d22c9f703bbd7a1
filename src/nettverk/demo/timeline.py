"""Eighteen months of touchpoints with the demo's people, as plain data.

Close contacts are seen every few weeks, the middle band a few times a year, the long tail once
or never; on top come first meetings, arena days, group meetings and introductions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from nettverk.demo.arenas import ARENAS, arena_days
from nettverk.demo.notes import INTERACTION_NOTES, TOPICS, note_key
from nettverk.demo.people import Draw, Person

WINDOW_DAYS = 548  # eighteen months back from today

# Typical days between touchpoints, per band; each contact gets its own rhythm in the range.
BAND_INTERVALS = {"core": (11, 20), "middle": (40, 90)}
TAIL_CHANCE = 0.45

# Introductions always involve two people, so they come from their own generators below.
KIND_WEIGHTS = {
    "core": {"meeting": 22, "call": 18, "message": 24, "email": 20, "help_given": 5,
             "help_received": 4, "event": 2},
    "middle": {"email": 28, "message": 24, "meeting": 14, "call": 12, "event": 8,
               "help_given": 5, "help_received": 4},
    "tail": {"email": 30, "message": 30, "event": 20, "call": 10, "meeting": 10},
}
# Kinds whose direction is part of their meaning, as in interactions.models.KIND_DIRECTION.
FIXED_DIRECTION = {"intro_received": "inbound", "help_received": "inbound",
                   "intro_made": "outbound", "help_given": "outbound"}
# Meetings and events are mostly mutual; messages mostly one side reaching out.
DIRECTION_WEIGHTS = {
    "together": {"outbound": 3, "inbound": 2, "mutual": 5},
    "apart": {"outbound": 5, "inbound": 4, "mutual": 1},
}
OFFICE_KINDS = frozenset({"meeting", "call", "email"})
NOTE_CHANCE = 0.4


@dataclass
class Touch:
    kind: str
    day: date
    people: list[int]
    direction: str = ""
    note: str = ""
    arena: int | None = None


def timeline_make(draw: Draw, people: list[Person]) -> list[Touch]:
    start = draw.today - timedelta(days=WINDOW_DAYS)
    touches = [t for p in people for t in _personal(draw, p, start)]
    touches += _first_meetings(draw, people, start)
    touches += _arena_days(draw, people, start)
    touches += _group_meetings(draw, people, start)
    touches += _introductions_made(draw, people, start)
    for touch in touches:
        _finish(draw, touch, people)
    touches.sort(key=lambda t: (t.day, t.people))
    return touches


def _personal(draw: Draw, person: Person, start: date) -> list[Touch]:
    begin = max(start, person.first_met + timedelta(days=1))
    weights = KIND_WEIGHTS[person.band]
    if person.band == "tail":
        return [_touch(draw, weights, _random_day(draw, begin), person)] if (
            begin < draw.today and draw.chance(TAIL_CHANCE)) else []
    mean = draw.rng.uniform(*BAND_INTERVALS[person.band])
    touches, day = [], begin + timedelta(days=draw.rng.expovariate(1 / mean))
    while day <= draw.today:
        touches.append(_touch(draw, weights, day, person))
        day += timedelta(days=max(1.0, draw.rng.expovariate(1 / mean)))
    return touches


def _touch(draw: Draw, weights: dict[str, int], day: date, person: Person) -> Touch:
    kind = draw.rng.choices(list(weights), list(weights.values()))[0]
    arena = person.arena if kind == "event" and arena_days(person.arena_spec, day, day) else None
    return Touch(kind, day, [person.index], arena=arena)


def _random_day(draw: Draw, begin: date) -> date:
    return begin + timedelta(days=draw.rng.randint(0, (draw.today - begin).days))


def _first_meetings(draw: Draw, people: list[Person], start: date) -> list[Touch]:
    """How each person met in the window came in: an introduction, an arena day, a message."""
    touches = []
    for person in people:
        if person.first_met < start:
            continue
        if person.introducer is not None:
            touches.append(Touch("intro_received", person.first_met,
                                 [person.index, person.introducer]))
        elif arena_days(person.arena_spec, person.first_met, person.first_met):
            touches.append(Touch("event", person.first_met, [person.index], arena=person.arena))
        else:
            kind = "message" if person.arena_spec.kind == "online" else "meeting"
            touches.append(Touch(kind, person.first_met, [person.index], arena=person.arena))
    return touches


def _arena_days(draw: Draw, people: list[Person], start: date) -> list[Touch]:
    """On each day an arena meets, the user runs into a few people known from there."""
    touches = []
    for index, spec in enumerate(ARENAS):
        regulars = [p for p in people if p.arena == index]
        for day in arena_days(spec, start, draw.today):
            known = [p for p in regulars if p.first_met < day]
            for person in draw.rng.sample(known, min(len(known), draw.rng.randint(1, 4))):
                touches.append(Touch("event", day, [person.index], arena=index))
    return touches


def _group_meetings(draw: Draw, people: list[Person], start: date) -> list[Touch]:
    """Workshops and steering groups with several people from one organization."""
    by_org: dict[int, list[Person]] = {}
    for person in people:
        if person.band != "tail" and person.first_met < start:
            by_org.setdefault(person.org, []).append(person)
    teams = [team for team in by_org.values() if len(team) >= 3]
    touches = []
    for _ in range(30):
        team = draw.rng.choice(teams)
        chosen = draw.rng.sample(team, min(len(team), draw.rng.randint(3, 5)))
        day = _random_day(draw, start)
        touches.append(Touch("meeting", day, sorted(p.index for p in chosen), "mutual"))
    return touches


def _introductions_made(draw: Draw, people: list[Person], start: date) -> list[Touch]:
    """The user connecting two people who should know each other (P9: what you bring)."""
    known = [p for p in people if p.band != "tail" and p.first_met < start]
    touches = []
    for _ in range(35):
        first, second = draw.rng.sample(known, 2)
        touches.append(Touch("intro_made", _random_day(draw, start), [first.index, second.index]))
    return touches


def _finish(draw: Draw, touch: Touch, people: list[Person]) -> None:
    """Direction, a weekday for office work, and sometimes a note in the person's language."""
    if touch.kind in OFFICE_KINDS and touch.day.weekday() >= 5:
        monday = touch.day + timedelta(days=7 - touch.day.weekday())
        friday = touch.day - timedelta(days=touch.day.weekday() - 4)
        touch.day = monday if monday <= draw.today else friday
    if not touch.direction:
        touch.direction = FIXED_DIRECTION.get(touch.kind) or _direction(draw, touch.kind)
    if draw.chance(NOTE_CHANCE):
        touch.note = _note(draw, touch, [people[i] for i in touch.people])


def _direction(draw: Draw, kind: str) -> str:
    weights = DIRECTION_WEIGHTS["together" if kind in ("meeting", "event") else "apart"]
    return draw.rng.choices(list(weights), list(weights.values()))[0]


def _note(draw: Draw, touch: Touch, who: list[Person]) -> str:
    first, lang = who[0], who[0].lang
    key = note_key(touch.kind, touch.direction, len(who))
    template = draw.rng.choice(INTERACTION_NOTES[key][lang])
    other = who[-1].first_name if len(who) > 1 else ""
    return template.format(first=first.first_name, other=other,
                           topic=draw.rng.choice(TOPICS[lang]))
