"""The ask: answer quality against plain BM25, and latency on a generated 100,000-contact network.

    pip install -e '.[bench]'          # rank-bm25, for the baseline
    PYTHONPATH=src:. python bench/ask.py [--contacts 100000] [--runs 3] [--no-record]

1. Quality, in the same run: the shared eval set (../shared/eval/ask) and the held-out set of
   tests/ask/heldout.py, each asked of `nettverk.ask` and of BM25 (rank_bm25's BM25Okapi) over
   the same raw text the ask reads (title, expertise, tags, organization, notes; lower-cased
   words). Recall@5 and MRR as shared/eval/score.py counts them.
2. Latency: a network of `--contacts` generated contacts (titles, expertise and notes drawn from
   the vocabulary's terms in all three languages, plus filler) bulk-inserted and indexed with
   `reindex_contacts`, then every eval and held-out question and a few of common words asked
   `--runs` times after a warm-up; p50 and p95 of `ask()` wall time. On SQLite always, and on
   PostgreSQL too when DATABASE_URL is set (in a throw-away database on that server, ANALYZEd
   after the bulk load as autovacuum would).

Targets (DESIGN.md): p50 under 15 ms, p95 under 50 ms. Results are appended to bench/RESULTS.md
unless --no-record.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

# tests.ask holds the eval sets' loaders; the repository root makes it importable.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

RESULTS = Path(__file__).with_name("RESULTS.md")
HEADING = "## Ask: quality against BM25, latency at 100k contacts (bench/ask.py)"
COMMON_QUESTIONS = ["sales", "Who is a good consultant?", "project manager", "help with marketing",
                    "Vem känner en bra ekonomichef?", "Hvem kan hjelpe oss med salg i Norge?"]
FILLER = ["Likes jazz and old cars.", "Met at a conference in Oslo.", "Träffades på en middag.",
          "Always up for a coffee.", "Har två barn och en hund.", "Bor på Grünerløkka.",
          "Former colleague from the old job.", "Spiller golf på lørdager."]
TITLES = ["CFO", "Økonomisjef", "Key Account Manager", "Daglig leder", "Utvecklare", "HR-sjef",
          "Project Manager", "Säljare", "Konsult", "Rådgiver", "Advokat", "Marketing Manager",
          "VD", "Controller", "Inköpare", "Prosjektleder", "Designer", "Engineer", "Partner"]
TEMPLATES = ["Erfaren med {a} och {b}.", "Jobber med {a} og {b} for SMB.",
             "Works on {a} and {b} for mid-size companies.", "{a}; {b}.",
             "Har hjälpt {n} bolag med {a}.", "Ekspert på {a}.", "Specialist in {a}."]


def main() -> None:
    args = _arguments()
    if args.latency_only:
        print(json.dumps(_latency(args)))
        return
    server = os.environ.get("DATABASE_URL")  # read first: the quality run unsets it
    quality = _quality()
    latency = {"sqlite": _latency_in_subprocess(args, None)}
    if server:
        latency["postgresql"] = _on_postgres(args, server)
    _print(quality, latency, args)
    if not args.no_record:
        _record(quality, latency, args)


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-record", action="store_true")
    parser.add_argument("--latency-only", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args()


def _django(database_url: str | None) -> None:
    os.environ["NETTVERK_HOME"] = tempfile.mkdtemp(prefix="nettverk-bench-ask-")
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    else:
        os.environ.pop("DATABASE_URL", None)
    from nettverk.cli.runtime import setup

    setup()


def _user(name: str) -> Any:
    from nettverk.accounts.services import user_create

    return user_create(username=name, email=f"{name}@example.com", password="bench-pass-2026")


# --- quality -------------------------------------------------------------------------------


def _quality() -> dict[str, dict[str, float]]:
    _django(None)
    from tests.ask import heldout
    from tests.ask.helpers import EVAL_DIR, eval_queries, load_people, load_vcards

    sets: dict[str, tuple[Any, list[tuple[str, list[str]]]]] = {}
    if EVAL_DIR.exists():
        owner = _user("eval")
        load_vcards(owner, EVAL_DIR / "network.vcf")
        sets["eval"] = (owner, eval_queries())
    owner = _user("heldout")
    load_people(owner, heldout.NETWORK)
    sets["held-out"] = (owner, list(heldout.QUERIES))
    return {name: _score_both(owner, queries) for name, (owner, queries) in sets.items()}


def _score_both(owner: Any, queries: list[tuple[str, list[str]]]) -> dict[str, float]:
    from nettverk.ask.services import ask
    from tests.ask.helpers import score

    ours = score([[h.contact.name for h in ask(owner, q, limit=5).helpers] for q, _ in queries],
                 queries)
    result = {"recall": ours.recall, "mrr": ours.mrr}
    baseline = _bm25_ranked(owner, queries)
    if baseline is not None:
        plain = score(baseline, queries)
        result.update(bm25_recall=plain.recall, bm25_mrr=plain.mrr)
    return result


def _bm25_ranked(owner: Any, queries: list[tuple[str, list[str]]]) -> list[list[str]] | None:
    try:
        from rank_bm25 import BM25Okapi
    except ImportError:
        print("rank-bm25 is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return None
    from nettverk.contacts.models import Contact

    contacts = list(Contact.objects.filter(owner=owner).select_related("organization")
                    .prefetch_related("tags"))
    corpus = [_words(_raw_text(c)) for c in contacts]
    bm25 = BM25Okapi(corpus)
    ranked = []
    for question, _ in queries:
        scores = bm25.get_scores(_words(question))
        order = sorted(range(len(contacts)), key=lambda i: -scores[i])
        ranked.append([contacts[i].name for i in order[:5] if scores[i] > 0])
    return ranked


def _raw_text(contact: Any) -> str:
    org = contact.organization.name if contact.organization else ""
    tags = " ".join(t.name for t in contact.tags.all())
    return " ".join([contact.title, contact.expertise, tags, org, contact.industry, contact.notes])


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


# --- latency -------------------------------------------------------------------------------


def _latency_in_subprocess(args: argparse.Namespace, database_url: str | None) -> dict[str, Any]:
    """A fresh process per engine: Django's settings are chosen once per process."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    if database_url:
        env["DATABASE_URL"] = database_url
    command = [sys.executable, __file__, "--latency-only", "--contacts", str(args.contacts),
               "--runs", str(args.runs)]
    run = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    sys.stderr.write(run.stderr)
    if run.returncode:
        raise SystemExit(f"latency run failed ({run.returncode})")
    result: dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])
    return result


def _on_postgres(args: argparse.Namespace, server: str) -> dict[str, Any]:
    import psycopg

    name = f"nv_bench_ask_{uuid.uuid4().hex[:10]}"
    admin = server.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
    try:
        return _latency_in_subprocess(args, server.rsplit("/", 1)[0] + "/" + name)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[arg-type]


def _latency(args: argparse.Namespace) -> dict[str, Any]:
    _django(os.environ.get("DATABASE_URL"))
    from django.db import connection

    from nettverk.ask.services import ask
    from tests.ask import heldout
    from tests.ask.helpers import EVAL_DIR, eval_queries

    owner = _user("bench")
    rng = random.Random(2026)
    started = time.perf_counter()
    ids = _generate(owner, args.contacts, rng)
    generated = time.perf_counter() - started
    started = time.perf_counter()
    _index(owner, ids)
    indexed = time.perf_counter() - started
    questions = [q for q, _ in heldout.QUERIES] + COMMON_QUESTIONS
    if EVAL_DIR.exists():
        questions += [q for q, _ in eval_queries()]
    for question in questions:  # warm-up: caches, the first query plans
        ask(owner, question)
    times = []
    for _ in range(args.runs):
        for question in questions:
            started = time.perf_counter()
            ask(owner, question)
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {"engine": connection.vendor, "contacts": args.contacts, "asks": len(times),
            "p50": statistics.median(times), "p95": times[int(0.95 * (len(times) - 1))],
            "max": times[-1], "generate_s": generated, "index_s": indexed}


def _generate(owner: Any, count: int, rng: random.Random) -> list[int]:
    from nettverk.contacts.models import Contact, Organization
    from nettverk.interactions.models import Interaction
    from nettverk.lib.vocabulary import all_concepts

    terms = [t for c in all_concepts() for t in (*c.en, *c.sv, *c.nb)]
    orgs = Organization.objects.bulk_create(
        [Organization(owner=owner, name=f"{rng.choice(['Nord', 'Fjord', 'Vest', 'Syd'])} "
                      f"{rng.choice(terms).split()[0].title()} {i} AS") for i in range(2000)])
    contacts = [_contact(owner, i, rng, terms, orgs) for i in range(count)]
    made = Contact.objects.bulk_create(contacts, batch_size=2000)
    ids = [c.pk for c in made]
    today = date.today()
    interactions = Interaction.objects.bulk_create(
        [Interaction(owner=owner, kind=rng.choice(["meeting", "call", "email"]),
                     occurred_on=today - timedelta(days=rng.randrange(700)))
         for _ in range(count // 2)], batch_size=2000)
    through = Interaction.contacts.through
    through.objects.bulk_create(
        [through(interaction_id=i.pk, contact_id=rng.choice(ids)) for i in interactions],
        batch_size=2000)
    return ids


def _contact(owner: Any, i: int, rng: random.Random, terms: list[str], orgs: list[Any]) -> Any:
    from nettverk.contacts.models import Contact

    expertise = ""
    if rng.random() < 0.7:
        expertise = rng.choice(TEMPLATES).format(a=rng.choice(terms), b=rng.choice(terms),
                                                 n=rng.randrange(2, 60))
    return Contact(owner=owner, name=f"Person {i}", title=rng.choice(TITLES),
                   organization=rng.choice(orgs), expertise=expertise,
                   notes=rng.choice(FILLER), strength=rng.randrange(101))


def _index(owner: Any, ids: list[int]) -> None:
    from django.db import connection

    from nettverk.ask.index import ensure_current, reindex_contacts

    reindex_contacts(owner, ids)
    ensure_current(owner)
    if connection.vendor == "postgresql":
        # A server's autovacuum analyses a bulk-loaded table within minutes; without planner
        # statistics the first queries on a fresh database plan as if its tables were empty.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


# --- report --------------------------------------------------------------------------------


def _print(quality: dict[str, dict[str, float]], latency: dict[str, dict[str, Any]],
           args: argparse.Namespace) -> None:
    for line in _lines(quality, latency, args):
        print(line)


def _lines(quality: dict[str, dict[str, float]], latency: dict[str, dict[str, Any]],
           args: argparse.Namespace) -> list[str]:
    lines = ["| set | ask recall@5 | ask MRR | BM25 recall@5 | BM25 MRR |", "|---|---|---|---|---|"]
    for name, q in quality.items():
        lines.append(f"| {name} | {q['recall']:.3f} | {q['mrr']:.3f} | "
                     f"{q.get('bm25_recall', float('nan')):.3f} | "
                     f"{q.get('bm25_mrr', float('nan')):.3f} |")
    lines += ["", "| engine | contacts | asks | p50 ms | p95 ms | max ms | generate s | index s |",
              "|---|---|---|---|---|---|---|---|"]
    for result in latency.values():
        lines.append(f"| {result['engine']} | {result['contacts']:,} | {result['asks']} | "
                     f"{result['p50']:.1f} | {result['p95']:.1f} | {result['max']:.1f} | "
                     f"{result['generate_s']:.0f} | {result['index_s']:.0f} |")
    return lines


def _record(quality: dict[str, dict[str, float]], latency: dict[str, dict[str, Any]],
            args: argparse.Namespace) -> None:
    """Appends a dated entry under this benchmark's heading; other benchmarks' sections stay."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    # The machine is shared: the load average says how much of it the run had.
    load = "/".join(f"{x:.1f}" for x in os.getloadavg())
    entry = "\n".join([
        f"### {date.today()} · {platform.python_implementation()} "
        f"{platform.python_version()} · {os.cpu_count()} cores · load {load} · runs {args.runs}",
        "",
        *_lines(quality, latency, args), "",
    ])
    if HEADING not in text:
        text = text.rstrip("\n") + f"\n\n{HEADING}\n\nTargets: p50 < 15 ms, p95 < 50 ms.\n"
    start = text.index(HEADING)
    following = text.find("\n## ", start + len(HEADING))
    cut = len(text) if following == -1 else following + 1
    text = text[:cut].rstrip("\n") + "\n\n" + entry + ("\n" + text[cut:] if following != -1 else "")
    RESULTS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
