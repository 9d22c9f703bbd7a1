"""Importing 100,000 LinkedIn connections and 100,000 vCards, and restoring a backup of those
vCards, into a fresh home, against a floor.

    PYTHONPATH=src python bench/imports.py [--count 100000] [--repeat 3] [--only FORMAT]
                                           [--no-record]
    DATABASE_URL=postgresql://…/scratch PYTHONPATH=src python bench/imports.py  # PostgreSQL too

Generates a LinkedIn Connections.csv and a vCard 3.0 file with `--count` people (Scandinavian and
English names from Faker's lists, a few thousand organizations, titles in three languages, an email
for one LinkedIn row in five, a mobile number and the usual fields on every card), and the JSON
backup nettverk itself writes after importing those cards (made once, untimed). Each import runs
`nettverk`'s real pipeline (`imports.pipeline.import_data`: decode, detect, parse, map, match,
store, count suspected duplicates, strength and ask-index hooks) in a fresh process on a fresh
home, migrated before the clock starts; the median of `--repeat` runs is printed.

The same run measures the floor on the same CSV: the standard csv module reading it and one
`executemany` into a bare 7-column SQLite table (on PostgreSQL: psycopg's COPY into a bare table).
Timings on a shared 2-core machine vary with its load, so the ratio to that floor is the number to
compare between runs. Targets (DESIGN.md): LinkedIn under 5 s and vCards under 20 s where the floor
takes about 0.6 s, i.e. ratios under about 8 and 33; peak memory (ru_maxrss of the importing
process) under 1 GiB. Restores have no target; they are measured to see them change. Results are
appended to bench/RESULTS.md unless --no-record, with the machine's load averages as the run began.
On PostgreSQL the database DATABASE_URL names is emptied before and after each import: give it a
scratch database.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from faker.providers.person.en_GB import Provider as English
from faker.providers.person.no_NO import Provider as Norwegian
from faker.providers.person.sv_SE import Provider as Swedish

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "RESULTS.md"
TITLES = [
    "CFO", "Økonomisjef", "Ekonomichef", "Key Account Manager", "Daglig leder", "VD",
    "Utvecklare", "Utvikler", "HR-sjef", "Head of Procurement", "Co-Founder | CTO",
    "Senior Controller", "Innkjøpssjef", "Marknadschef", "Software Engineer", "Advokat",
    "Prosjektleder", "Styreleder", "Sales Director", "Rekrutteringsrådgiver", "IT-chef",
    "Account Executive", "Partner", "Regnskapsfører", "Head of People", "Product Manager",
]
SUFFIXES = ["AS", "AB", "ASA", "Ltd", "Consulting", "Group", "& Co", "Holding AS", "Bank"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _ascii(text: str) -> str:
    """An email local part as people make them: "Bjørn Åsen" → "bjorn.asen"."""
    plain = unicodedata.normalize("NFKD", text.replace("ø", "o").replace("Ø", "O"))
    return plain.encode("ascii", "ignore").decode().lower().replace(" ", "")


def _names(pool: Any) -> list[str]:
    return list(pool.keys() if isinstance(pool, dict) else pool)


GIVEN = sorted({*_names(Norwegian.first_names), *_names(Swedish.first_names),
                *_names(English.first_names)})
FAMILY = sorted({*_names(Norwegian.last_names), *_names(Swedish.last_names),
                 *_names(English.last_names)})


def organizations(rng: random.Random, count: int = 3000) -> list[str]:
    return [f"{rng.choice(FAMILY)} {rng.choice(SUFFIXES)}" for _ in range(count)]


def linkedin_csv(count: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    orgs = organizations(rng)
    out = io.StringIO()
    out.write("Notes:\n\"When exporting your connection data, you may notice ...\"\n\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
                     "Connected On"])
    for i in range(count):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        slug = f"{given}-{family}".lower().replace(" ", "-")
        email = f"{_ascii(given)}.{_ascii(family)}.{i}@example.com" if i % 5 == 0 else ""
        day = f"{1 + i % 28:02d} {MONTHS[i % 12]} {2010 + i % 16}"
        writer.writerow([given, family, f"https://www.linkedin.com/in/{slug}-{i:x}", email,
                         rng.choice(orgs), rng.choice(TITLES), day])
    return out.getvalue()


def vcards(count: int, seed: int = 2) -> str:
    rng = random.Random(seed)
    orgs = organizations(rng)
    cards = []
    for i in range(count):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        email = f"{_ascii(given)}.{_ascii(family)}.{i}@example.com"
        extra = ""
        if i % 3 == 0:
            extra += f"ADR;TYPE=WORK:;;Storgata {i % 200};Oslo;;0150;Norway\r\n"
            extra += f"BDAY:19{50 + i % 50}-{1 + i % 12:02d}-{1 + i % 28:02d}\r\n"
        if i % 4 == 0:
            extra += "NOTE:Met at Oslo Innovation Week\\, talked about export.\r\n"
            extra += "CATEGORIES:Kunder,Oslo\r\n"
        cards.append(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{family};{given};;;\r\nFN:{given} {family}\r\n"
            f"ORG:{rng.choice(orgs)}\r\nTITLE:{rng.choice(TITLES)}\r\n"
            f"EMAIL;TYPE=INTERNET;TYPE=WORK:{email}\r\n"
            f"TEL;TYPE=CELL:+47 9{i % 10_000_000:07d}\r\n{extra}UID:{uuid.UUID(int=i)}\r\n"
            "END:VCARD\r\n"
        )
    return "".join(cards)


# --- the floor --------------------------------------------------------------------------------


def _rows(text: str) -> list[list[str]]:
    start = text.index("First Name,")
    return list(csv.reader(io.StringIO(text[start:])))[1:]


def floor_sqlite(text: str, folder: Path) -> float:
    started = time.perf_counter()
    rows = _rows(text)
    db = sqlite3.connect(folder / "floor.sqlite3")
    db.execute("CREATE TABLE c (a, b, c, d, e, f, g)")
    db.executemany("INSERT INTO c VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    db.commit()
    db.close()
    (folder / "floor.sqlite3").unlink()
    return time.perf_counter() - started


def floor_postgresql(text: str, url: str) -> float:
    import psycopg

    with psycopg.connect(url) as conn:
        conn.execute("CREATE TEMP TABLE c (a text, b text, c text, d text, e text, f text, "
                     "g text)")
        started = time.perf_counter()
        rows = _rows(text)
        with conn.cursor().copy("COPY c FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        conn.commit()
        return time.perf_counter() - started


# --- one import in a fresh process -----------------------------------------------------------


def backup_worker(cards: str, path: str) -> None:
    """Runs in a child: import `cards` into its fresh home and write that network's backup."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "nettverk.settings"
    from nettverk.cli.runtime import current_user, setup

    setup()
    from nettverk.exports.service import export_to
    from nettverk.imports.pipeline import import_data

    owner = current_user()
    result = import_data(owner, Path(cards).read_bytes(), file=Path(cards).name, fmt="vcard")
    assert result.ok, result.error
    with open(path, "w", encoding="utf-8") as out:
        export_to(owner, "json", out)


@contextmanager
def fresh_home() -> Iterator[dict[str, str]]:
    """The environment for a child process working in a fresh home of its own, removed after;
    none of this process's nettverk, Django or database settings."""
    home = Path(tempfile.mkdtemp(prefix="nvimportbench-home-"))
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("NETTVERK_", "DJANGO_")) and k != "DATABASE_URL"}
    try:
        yield {**env, "NETTVERK_HOME": str(home)}
    finally:
        shutil.rmtree(home, ignore_errors=True)


def make_backup(cards: Path, path: Path) -> None:
    with fresh_home() as env:
        subprocess.run([sys.executable, __file__, "--backup", str(cards), str(path)], check=True,
                       env=env)


def worker(fmt: str, path: str) -> None:
    """Runs in the child: migrate (untimed), then import `path` and print what it took."""
    import resource

    os.environ["DJANGO_SETTINGS_MODULE"] = "nettverk.settings"
    from nettverk.cli.runtime import current_user, setup

    setup()
    from nettverk.imports import hooks, pipeline, restore

    phases: dict[str, float] = {}
    _time_phases(pipeline, hooks, restore, phases)
    owner = current_user()
    data = Path(path).read_bytes()
    started = time.perf_counter()
    result = pipeline.import_data(owner, data, file=Path(path).name, fmt=fmt)
    seconds = time.perf_counter() - started
    assert result.ok, result.error
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "new": result.new, "maxrss_mb": maxrss,
                      "suspected": result.suspected, "phases": phases}))


def _time_phases(pipeline: Any, hooks: Any, restore: Any, phases: dict[str, float]) -> None:
    """Wrap the pipeline's steps so the child can say where the time went."""
    def timed(module: Any, name: str, label: str) -> None:
        original = getattr(module, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                phases[label] = phases.get(label, 0.0) + time.perf_counter() - started
        setattr(module, name, wrapper)

    timed(pipeline, "split", "split")
    timed(pipeline, "incoming_from_text", "parse+map")
    timed(pipeline, "plan", "match+names")
    timed(pipeline, "write", "write")
    timed(pipeline, "suspected_counter", "suspects (reads)")
    timed(hooks, "strength_recompute", "strength")
    timed(hooks, "reindex_contacts", "ask index")
    timed(hooks, "write_new", "ask index")
    timed(pipeline.Pending, "result", "waiting for the other core")
    timed(restore, "contact_incoming", "read+check")
    timed(restore, "store", "write")


def run_import(fmt: str, path: Path, database_url: str | None) -> dict[str, Any]:
    if database_url:
        _empty(database_url)
    try:
        with fresh_home() as env:
            if database_url:
                env["DATABASE_URL"] = database_url
            done = subprocess.run([sys.executable, __file__, "--worker", fmt, str(path)],
                                  env=env, capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(f"the {fmt} import failed:\n{done.stderr}")
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        return result
    finally:
        if database_url:
            _empty(database_url)


def _empty(url: str) -> None:
    """A fresh home on a server: the given database emptied (no other database is touched, as
    the server may be shared)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")


# --- the report -------------------------------------------------------------------------------


def measure(backend: str, files: dict[str, Path], text: str, repeat: int,
            database_url: str | None) -> list[dict[str, Any]]:
    folder = Path(tempfile.mkdtemp(prefix="nvimportbench-floor-"))
    floors = [floor_postgresql(text, database_url) if database_url
              else floor_sqlite(text, folder) for _ in range(repeat)]
    floor = statistics.median(floors)
    rows = []
    for fmt, path in files.items():
        runs = [run_import(fmt, path, database_url) for _ in range(repeat)]
        seconds = statistics.median(r["seconds"] for r in runs)
        phases = {k: statistics.median(r["phases"].get(k, 0.0) for r in runs)
                  for k in runs[0]["phases"]}
        rows.append({"backend": backend, "format": fmt, "new": runs[0]["new"],
                     "seconds": seconds, "floor": floor, "ratio": seconds / floor,
                     "maxrss_mb": max(r["maxrss_mb"] for r in runs),
                     "suspected": runs[0]["suspected"], "phases": phases,
                     "runs": [round(r["seconds"], 2) for r in runs]})
        print(_line(rows[-1]), flush=True)
    return rows


def _line(row: dict[str, Any]) -> str:
    phases = ", ".join(f"{k} {v:.2f}" for k, v in row["phases"].items())
    return (f"{row['backend']:10} {row['format']:8} {row['new']:>7} new  {row['seconds']:6.2f} s "
            f"(runs {row['runs']})  floor {row['floor']:.2f} s  ratio {row['ratio']:5.1f}  "
            f"peak {row['maxrss_mb']:.0f} MB  [{phases}]")


def record(rows: list[dict[str, Any]], count: int, load: str) -> None:
    lines = [
        f"\n## Imports, {date.today().isoformat()} ({count:,} contacts; "
        f"{os.cpu_count()} cores, load {load}, Python {platform.python_version()})\n",
        "`bench/imports.py`: the real import pipeline into a fresh home, median of runs, against "
        "the floor (csv + executemany into a bare SQLite table; COPY on PostgreSQL) in the same "
        "run. Targets: LinkedIn ratio ≲ 8 (5 s at a 0.6 s floor), vCard ≲ 33 (20 s), peak < 1 GiB; "
        "none for restoring the backup (json).\n",
        "| backend | file | seconds | floor | ratio | peak MB | where the time went |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        phases = ", ".join(f"{k} {v:.2f}" for k, v in row["phases"].items())
        lines.append(f"| {row['backend']} | {row['format']} | {row['seconds']:.2f} | "
                     f"{row['floor']:.2f} | {row['ratio']:.1f} | {row['maxrss_mb']:.0f} | "
                     f"{phases} |")
    with RESULTS.open("a", encoding="utf-8") as out:
        if RESULTS.stat().st_size == 0:
            out.write("# Benchmark results\n")
        out.write("\n".join(lines) + "\n")


def _load() -> str:
    """The machine's load averages (1, 5, 15 minutes): timings here depend on them."""
    return "/".join(f"{value:.1f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", choices=["linkedin", "vcard", "json"])
    parser.add_argument("--no-record", action="store_true")
    parser.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--backup", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(*args.worker)
        return
    if args.backup:
        backup_worker(*args.backup)
        return
    load = _load()  # before this run adds its own
    print(f"load {load}", flush=True)
    folder = Path(tempfile.mkdtemp(prefix="nvimportbench-files-"))
    text = linkedin_csv(args.count)
    files = {"linkedin": folder / "Connections.csv", "vcard": folder / "contacts.vcf"}
    files["linkedin"].write_text(text, encoding="utf-8")
    files["vcard"].write_text(vcards(args.count), encoding="utf-8", newline="")
    if args.only in (None, "json"):
        files["json"] = folder / "backup.json"
        make_backup(files["vcard"], files["json"])
    if args.only:
        files = {args.only: files[args.only]}
    rows = measure("sqlite", files, text, args.repeat, None)
    if os.environ.get("DATABASE_URL"):
        rows += measure("postgresql", files, text, args.repeat, os.environ["DATABASE_URL"])
    shutil.rmtree(folder, ignore_errors=True)
    if not args.no_record:
        RESULTS.touch()
        record(rows, args.count, load)


if __name__ == "__main__":
    main()
