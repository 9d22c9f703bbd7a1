"""Relationships at scale: the due list, the dashboard and recomputing every strength.

    PYTHONPATH=src python bench/relationships.py [--contacts 50000] [--interactions 1000000]
                                                 [--runs 15] [--no-record]

Generates a network into a fresh SQLite data home (contacts with Django's bulk_create,
interactions and their contact links with plain executemany, three active goals with segments as
the demo has: they fill the dashboard's goal panel and weigh on the due list), then measures, in
this process:

- recompute all: `strength_recompute_all` (what `nettverk strength --recompute` runs) from
  scratch and again as the daily run, against a naive per-contact loop (one query for the
  contact's interactions, one save each) timed on a sample and scaled to every contact;
- the due list: `due_list` and the /due/ page through Django's test Client, against a naive loop
  asking each contact with a cadence for their last interaction;
- the dashboard (/), against the same page with the due panel fed by that naive loop.

Targets (DESIGN.md): due list and dashboard under 100 ms, recompute all under 30 s. Medians of
`--runs` runs after a warm-up; results are appended to bench/RESULTS.md unless --no-record.
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).with_name("RESULTS.md")
HEADING = "## Relationships: due list, dashboard, recompute (bench/relationships.py)"

KINDS = {"email": 30, "message": 25, "meeting": 15, "call": 12, "event": 8, "help_given": 3,
         "help_received": 3, "intro_made": 2, "intro_received": 2}
DIRECTIONS = {"outbound": 5, "inbound": 3, "mutual": 2}
FIXED = {"help_given": "outbound", "intro_made": "outbound", "help_received": "inbound",
         "intro_received": "inbound"}
FUNCTIONS = ["executive", "finance", "hr", "it", "sales", "marketing", "operations", "legal",
             "procurement", "communications", "product", "research", "other"]
SENIORITIES = ["board", "c_level", "owner", "director", "manager", "professional", "entry"]
INDUSTRIES = ["energy", "banking", "software", "retail", "shipping", "health", "public sector",
              "consulting", "telecom", "manufacturing", "media", "real estate", "education",
              "insurance", "venture capital"]
NEEDS = ["Wants an introduction to fintech investors in Stockholm", "Looking for a mentor",
         "Trenger en advokat med erfaring fra oppkjøp", "Söker en CTO till ett nytt fintechbolag",
         "Needs advice on setting up a subsidiary in Norway", "Hiring a Head of Finance",
         "Vil ekspandere til Sverige og trenger lokale kontakter", "Rekryterar utvecklare"]
# Active goals as the demo's: each singles out a segment, which weighs on the due list.
GOALS = [("Meet 8 decision-makers in energy every quarter", {"industries": ["energy"],
                                                             "decision_maker": True}),
         ("Three meetings with fintech investors a month", {"industries": ["venture capital"],
                                                            "keywords": ["fintech"]}),
         ("Get introduced to 2 new CFOs this half-year", {"functions": ["finance"],
                                                          "seniorities": ["c_level"]})]
OFFERS = [("Introductions to Nordic fintech investors", "investors, investerare, fintech"),
          ("Mentoring for first board roles", "mentor, board, styrelse"),
          ("Advice on expanding between Norway and Sweden", "Norway, Sweden, subsidiary")]
DUE_CANDIDATE_SHARE = 0.2  # contacts with a cadence of their own or a pinned tier


def main() -> None:
    args = _arguments()
    home = args.reuse or tempfile.mkdtemp(prefix="nettverk-bench-")
    os.environ["NETTVERK_HOME"] = home
    from nettverk.cli.runtime import setup

    setup()
    from django.conf import settings

    # The test Client's host; not setup_test_environment(), whose template instrumentation
    # copies every context on every render and would triple the page times measured here.
    settings.ALLOWED_HOSTS.append("testserver")
    rng, today = random.Random(2026), date.today()
    print(f"data home {home}", file=sys.stderr)
    if args.reuse:
        owner = _owner_again()
    else:
        owner = _owner()
        generated = _timed(lambda: _generate(owner, args.contacts, args.interactions, rng, today))
        print(f"generated {args.contacts:,} contacts, {args.interactions:,} interactions "
              f"in {generated:.1f} s", file=sys.stderr)
    results = _measure(owner, args, rng, today)
    _print(results)
    if not (args.no_record or args.reuse):
        _record(results, args)


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--contacts", type=int, default=50_000)
    parser.add_argument("--interactions", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--naive-sample", type=int, default=1_000,
                        help="contacts the naive recompute is timed on before scaling")
    parser.add_argument("--no-record", action="store_true", help="do not write RESULTS.md")
    parser.add_argument("--reuse", metavar="HOME",
                        help="measure a home an earlier run generated (while tuning; implies "
                             "--no-record, and the first recompute is then not from scratch)")
    return parser.parse_args()


def _owner() -> Any:
    from nettverk.accounts.services import user_create

    return user_create(username="bench", email="bench@example.com", password="bench-pass-2026")


def _owner_again() -> Any:
    from nettverk.accounts.models import User

    return User.objects.get(username="bench")


# ---- generating the network ----

def _generate(owner: Any, contacts: int, interactions: int, rng: random.Random,
              today: date) -> None:
    from django.db import transaction

    from nettverk.goals.models import Goal
    from nettverk.relationships.models import Offer

    with transaction.atomic():
        ids = _write_contacts(owner, contacts, rng, today)
        _write_interactions(owner, ids, interactions, rng, today)
        Offer.objects.bulk_create([Offer(owner=owner, title=t, keywords=k) for t, k in OFFERS])
        Goal.objects.bulk_create([Goal(owner=owner, sentence=sentence, start=today, **segment)
                                  for sentence, segment in GOALS])


def _write_contacts(owner: Any, count: int, rng: random.Random, today: date) -> list[int]:
    from nettverk.contacts.models import DECISION_MAKER_SENIORITIES, Contact

    rows = []
    for i in range(count):
        seniority = rng.choice(SENIORITIES)
        rows.append(Contact(
            owner=owner, name=f"Contact {i:06d}", title="", function=rng.choice(FUNCTIONS),
            seniority=seniority, decision_maker=seniority in DECISION_MAKER_SENIORITIES,
            industry=rng.choice(INDUSTRIES), source="bench",
            needs=rng.choice(NEEDS) if rng.random() < 0.1 else "",
            expertise="Corporate finance and M&A" if rng.random() < 0.2 else "",
            first_met=today - timedelta(days=rng.randint(30, 3650)),
            cadence_days=rng.choice([30, 60, 90, 180]) if rng.random() < 0.15 else None,
        ))
    Contact.objects.bulk_create(rows, batch_size=2000)
    return list(Contact.objects.owned_by(owner).order_by("pk").values_list("pk", flat=True))


def _write_interactions(owner: Any, ids: list[int], count: int, rng: random.Random,
                        today: date) -> None:
    """A few close contacts with many touchpoints, a long tail with few; 8% are group ones."""
    from django.db import connection

    activity = [100 if r < 0.05 else 40 if r < 0.3 else 6 for r in
                (rng.random() for _ in ids)]
    who = rng.choices(ids, weights=activity, k=count)
    kinds, kind_weights = list(KINDS), list(KINDS.values())
    created = datetime.now().isoformat(sep=" ")
    with connection.cursor() as cursor:
        cursor.execute("SELECT COALESCE(MAX(id), 0) FROM interactions_interaction")
        first_id = cursor.fetchone()[0] + 1
        rows, links = [], []
        for offset, contact in enumerate(who):
            kind = rng.choices(kinds, kind_weights)[0]
            direction = FIXED.get(kind) or rng.choices(list(DIRECTIONS),
                                                       list(DIRECTIONS.values()))[0]
            day = (today - timedelta(days=int(rng.triangular(0, 1100, 0)))).isoformat()
            rows.append((first_id + offset, kind, direction, day, "", created, owner.pk))
            people = {contact}
            if rng.random() < 0.08:
                people.update(rng.sample(ids, rng.randint(1, 3)))
            links += [(first_id + offset, pk) for pk in people]
        cursor.executemany(
            "INSERT INTO interactions_interaction (id, kind, direction, occurred_on, note, "
            "created_at, owner_id) VALUES (%s, %s, %s, %s, %s, %s, %s)", rows)
        cursor.executemany(
            "INSERT INTO interactions_interaction_contacts (interaction_id, contact_id) "
            "VALUES (%s, %s)", links)
        cursor.execute("ANALYZE")


def _pin_tiers(owner: Any, rng: random.Random) -> None:
    """A user pins a few contacts to tiers; with the own cadences, ~20% can fall due."""
    from nettverk.relationships.models import Relationship, Tier

    free = list(Relationship.objects.owned_by(owner).filter(cadence_days__isnull=True)
                .values_list("contact_id", flat=True))
    pinned = rng.sample(free, int(len(free) * (DUE_CANDIDATE_SHARE - 0.15)))
    for index, tier in enumerate(Tier.values):
        Relationship.objects.filter(contact_id__in=pinned[index::3]).update(tier=tier)


# ---- measuring ----

def _measure(owner: Any, args: argparse.Namespace, rng: random.Random,
             today: date) -> dict[str, Any]:
    from nettverk.contacts.models import Contact
    from nettverk.interactions.models import Interaction
    from nettverk.relationships.recompute import strength_recompute_all

    results: dict[str, Any] = {"contacts": Contact.objects.owned_by(owner).count(),
                               "interactions": Interaction.objects.owned_by(owner).count()}
    # What `nettverk strength --recompute` runs: every strength, due day and the needs index.
    results["recompute_first"] = _timed(lambda: strength_recompute_all(today=today))
    _pin_tiers(owner, rng)
    results["recompute_daily"] = _timed(lambda: strength_recompute_all(today=today))
    _progress("recompute all", results["recompute_first"], results["recompute_daily"])
    sample = _timed(lambda: _naive_recompute(owner, args.naive_sample, today))
    results["recompute_naive"] = sample * results["contacts"] / args.naive_sample
    _progress("naive recompute, scaled", results["recompute_naive"])
    results.update(_measure_due(owner, args.runs, today))
    results.update(_measure_dashboard(owner, args.runs, today))
    return results


def _measure_due(owner: Any, runs: int, today: date) -> dict[str, Any]:
    from nettverk.relationships.due import due_count, due_list
    from nettverk.relationships.views.due import PAGE_LIMIT

    client = _client(owner)
    naive = [_timed(lambda: _naive_due(owner, today, 20)) for _ in range(3)]
    ours, theirs = due_list(owner, limit=20), _naive_due(owner, today, 20)
    if [(i.id, i.score) for i in ours] != [(i.id, i.score) for i in theirs]:
        print("warning: the naive due list differs from the real one", file=sys.stderr)
    return {
        "due_count": due_count(owner),
        "due_rows": min(due_count(owner), PAGE_LIMIT),
        "due_service": _median(lambda: due_list(owner, limit=20), runs),
        "due_page": _median(lambda: _get(client, "/due/"), runs),
        "due_naive": statistics.median(naive),
    }


def _measure_dashboard(owner: Any, runs: int, today: date) -> dict[str, Any]:
    from nettverk.relationships.offers import help_suggestions
    from nettverk.relationships.templatetags import relationship_tags

    client = _client(owner)
    ours = _median(lambda: _get(client, "/"), runs)
    helping = _median(lambda: help_suggestions(owner, limit=5), runs)
    real = relationship_tags.due_top
    relationship_tags.due_top = lambda user, limit=20, **_: _naive_top(user, today, limit)
    try:
        naive = statistics.median(_timed(lambda: _get(client, "/")) for _ in range(3))
    finally:
        relationship_tags.due_top = real
    return {"dashboard": ours, "dashboard_naive": naive, "help_suggestions": helping}


def _client(owner: Any) -> Any:
    from django.test import Client

    client = Client()
    client.force_login(owner)
    return client


def _get(client: Any, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)


# ---- the naive baselines ----

def _naive_due(owner: Any, today: date, limit: int) -> list[Any]:
    """Every contact with a cadence asked for their last interaction, one query each."""
    from nettverk.contacts.models import Contact
    from nettverk.interactions.models import Interaction
    from nettverk.relationships.cadence import cadence_in_force, due_date
    from nettverk.relationships.due import (
        DECISION_MAKER_VALUE,
        GOAL_POINTS,
        STRENGTH_DIVISOR,
        TIER_VALUE,
        DueItem,
    )
    from nettverk.relationships.models import Tier
    from nettverk.relationships.relevance import focused_goals, goals_by_contact

    found, goals = [], focused_goals(owner)
    for contact in Contact.objects.owned_by(owner).select_related("relationship"):
        tier = contact.relationship.tier
        cadence = cadence_in_force(contact.cadence_days, tier)
        if cadence is None:
            continue
        last = (Interaction.objects.filter(contacts=contact).order_by("-occurred_on")
                .values_list("occurred_on", flat=True).first())
        due = due_date(cadence, last_on=last, first_met=contact.first_met,
                       added_on=contact.created_at.date())
        snoozed = contact.relationship.snoozed_until
        if due is None or due > today or (snoozed and snoozed > today):
            continue
        overdue = (today - due).days
        relevant = goals_by_contact(goals, [contact.pk]).get(contact.pk, [])
        value = (contact.strength / STRENGTH_DIVISOR
                 + (DECISION_MAKER_VALUE if contact.decision_maker else 0.0)
                 + (TIER_VALUE[Tier(tier)] if tier else 0.0))
        # SQL's ROUND takes halves away from zero; Python's round() to the even neighbour.
        score = (math.floor(50 * min(1.0, overdue / cadence) + 50 * value + 0.5)
                 + (GOAL_POINTS if relevant else 0))
        found.append(DueItem(contact.pk, contact.name, due, overdue, last, cadence,
                             contact.strength, contact.decision_maker, tier, score,
                             tuple(goal.sentence for goal in relevant)))
    found.sort(key=lambda i: (-i.score, i.due_on, i.name, i.id))
    return found[:limit] if limit else found


def _naive_top(owner: Any, today: date, limit: int) -> tuple[list[Any], int]:
    everyone = _naive_due(owner, today, 0)
    return everyone[:limit], len(everyone)


def _naive_recompute(owner: Any, sample: int, today: date) -> None:
    """Per contact: its interactions with their group size, folded in Python, saved one by one."""
    from django.db.models import Count

    from nettverk.contacts.models import Contact
    from nettverk.relationships.strength import Tally, bucket_of, score

    for contact in Contact.objects.owned_by(owner).order_by("pk")[:sample]:
        tally = Tally()
        for kind, direction, day, people in contact.interactions.annotate(
                people=Count("contacts")).values_list("kind", "direction", "occurred_on",
                                                      "people"):
            tally.add(kind, direction, bucket_of(day, today), people > 1, day)
        contact.strength = score(tally, first_met=contact.first_met, today=today).strength
        contact.save(update_fields=["strength"])


# ---- timing and reporting ----

def _progress(what: str, *seconds: float) -> None:
    print(f"{what}: " + ", ".join(f"{s:.2f} s" for s in seconds), file=sys.stderr)


def _timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def _median(work: Callable[[], object], runs: int) -> float:
    for _ in range(2):
        work()  # warm-up: template loading, translations, page cache
    return statistics.median(_timed(work) for _ in range(runs))


def _lines(r: dict[str, Any]) -> Iterator[str]:
    ms = 1000
    yield f"- network: {r['contacts']:,} contacts, {r['interactions']:,} interactions, " \
          f"{r['due_count']:,} due"
    yield f"- recompute all (first run, creates rows): {r['recompute_first']:.1f} s " \
          f"(target < 30 s)"
    yield f"- recompute all (daily run): {r['recompute_daily']:.1f} s; naive per-contact loop " \
          f"scaled from a sample: {r['recompute_naive']:.0f} s, " \
          f"ratio {r['recompute_naive'] / r['recompute_daily']:.0f}x"
    yield f"- due list, `due_list(limit=20)`: median {r['due_service'] * ms:.1f} ms; " \
          f"/due/ page ({r['due_rows']} rows): median {r['due_page'] * ms:.1f} ms " \
          f"(target < 100 ms); " \
          f"naive loop: {r['due_naive'] * ms:.0f} ms, " \
          f"ratio {r['due_naive'] / r['due_service']:.0f}x"
    yield f"- dashboard (/): median {r['dashboard'] * ms:.1f} ms (target < 100 ms; its " \
          f"whom-to-help list is kept between changes, worked out afresh it takes " \
          f"{r['help_suggestions'] * ms:.1f} ms); with the naive due list: " \
          f"{r['dashboard_naive'] * ms:.0f} ms, " \
          f"ratio {r['dashboard_naive'] / r['dashboard']:.0f}x"


def _print(results: dict[str, Any]) -> None:
    for line in _lines(results):
        print(line)


def _record(results: dict[str, Any], args: argparse.Namespace) -> None:
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
    load = "/".join(f"{x:.1f}" for x in os.getloadavg())
    run = (f"\n### {stamp} · {platform.python_implementation()} {platform.python_version()} · "
           f"{os.cpu_count()} CPUs · load {load} · SQLite · {args.runs} runs\n\n"
           + "\n".join(_lines(results)) + "\n")
    text = RESULTS.read_text() if RESULTS.exists() else "# Benchmark results\n"
    if HEADING not in text:
        text = text.rstrip("\n") + f"\n\n{HEADING}\n"
    start = text.index(HEADING) + len(HEADING)
    end = text.find("\n## ", start)
    end = len(text) if end == -1 else end
    text = text[:end].rstrip("\n") + "\n" + run + text[end:]
    RESULTS.write_text(text)
    print(f"recorded in {RESULTS}", file=sys.stderr)


if __name__ == "__main__":
    main()
