"""How fast the contact-file parsers read generated 100,000-contact files.

    PYTHONPATH=src python bench/parse_speed.py [--count 100000] [--repeat 3]

Prints cards/s for vCard (a typical 8-line phone-export card, and a full 14-line one) and rows/s
for each CSV format, best of `--repeat` runs, parsing only: the import benchmark adds database
writes on top. Timings on a shared machine vary, so when vobject is installed the vCard cases are
also run through it on 2,000 cards, in the same process, and the ratio printed. No Django needed.
"""

from __future__ import annotations

import argparse
import importlib
import random
import resource
import time
from collections.abc import Callable

from nettverk.imports.formats import (
    ContactRecord,
    parse_google,
    parse_linkedin,
    parse_outlook,
    parse_vcards,
)

_GIVEN = ["Ingrid", "Lars", "Sofia", "Erik", "Maja", "James", "Kari", "Anders", "Åsa", "Olav"]
_FAMILY = ["Haugen", "Bergström", "Lind", "Dahl", "Ek", "Taylor", "Nordmann", "Johansson", "Moe"]
_ORGS = ["Fjordkraft AS", "Nordbanken AB", "Kodverket AB", "Harbour Bank", "Bygg Nord AS"]
_TITLES = ["CFO", "Økonomisjef", "Key Account Manager", "Daglig leder", "Utvecklare", "HR-sjef"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def typical_vcards(count: int, rng: random.Random) -> str:
    cards = []
    for i in range(count):
        given, family = rng.choice(_GIVEN), rng.choice(_FAMILY)
        cards.append(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{family};{given};;;\r\nFN:{given} {family}\r\n"
            f"ORG:{rng.choice(_ORGS)}\r\nTITLE:{rng.choice(_TITLES)}\r\n"
            f"EMAIL;TYPE=INTERNET;TYPE=WORK:{given.lower()}.{i}@example.com\r\n"
            f"TEL;TYPE=CELL:+47 9{i % 10_000_000:07d}\r\nEND:VCARD\r\n"
        )
    return "".join(cards)


def vcards(count: int, rng: random.Random) -> str:
    cards = []
    for i in range(count):
        given, family = rng.choice(_GIVEN), rng.choice(_FAMILY)
        cards.append(
            "BEGIN:VCARD\r\nVERSION:3.0\r\n"
            f"N:{family};{given};;;\r\nFN:{given} {family}\r\n"
            f"ORG:{rng.choice(_ORGS)};Finance\r\nTITLE:{rng.choice(_TITLES)}\r\n"
            f"EMAIL;TYPE=INTERNET;TYPE=WORK:{given.lower()}.{i}@example.com\r\n"
            f"TEL;TYPE=CELL:+47 9{i % 10_000_000:07d}\r\n"
            f"ADR;TYPE=WORK:;;Storgata {i % 200};Oslo;;0150;Norway\r\n"
            f"URL:https://www.linkedin.com/in/{given.lower()}-{i}\r\n"
            f"BDAY:19{50 + i % 50}-0{1 + i % 9}-1{i % 10}\r\n"
            "CATEGORIES:Kunder,Oslo\r\n"
            f"NOTE:Met at Oslo Innovation Week\\, talked about MVA.\r\nUID:{i:032x}\r\n"
            "END:VCARD\r\n"
        )
    return "".join(cards)


def linkedin(count: int, rng: random.Random) -> str:
    lines = ["Notes:", '"When exporting your connection data, …"', ""]
    lines.append("First Name,Last Name,URL,Email Address,Company,Position,Connected On")
    for i in range(count):
        given, family = rng.choice(_GIVEN), rng.choice(_FAMILY)
        day = f"{1 + i % 28:02d} {rng.choice(_MONTHS)} {2010 + i % 16}"
        email = f"{given.lower()}.{i}@example.com" if i % 5 == 0 else ""
        lines.append(
            f"{given},{family},https://www.linkedin.com/in/{given.lower()}-{i},{email},"
            f'"{rng.choice(_ORGS)}",{rng.choice(_TITLES)},{day}'
        )
    return "\n".join(lines) + "\n"


def google(count: int, rng: random.Random) -> str:
    header = (
        "First Name,Middle Name,Last Name,Organization Name,Organization Title,Birthday,"
        "Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value"
    )
    lines = [header]
    for i in range(count):
        given, family = rng.choice(_GIVEN), rng.choice(_FAMILY)
        lines.append(
            f"{given},,{family},{rng.choice(_ORGS)},{rng.choice(_TITLES)},1604-03-12,"
            f"Met in Oslo,* myContacts ::: Kunder,* Work,{given.lower()}.{i}@example.com,"
            f"Mobile,+47 9{i % 10_000_000:07d}"
        )
    return "\r\n".join(lines) + "\r\n"


def outlook(count: int, rng: random.Random) -> str:
    header = (
        "First Name,Middle Name,Last Name,E-mail Address,Business Phone,Mobile Phone,"
        "Company,Job Title,Department,Business City,Birthday,Notes,Categories"
    )
    lines = [header]
    for i in range(count):
        given, family = rng.choice(_GIVEN), rng.choice(_FAMILY)
        lines.append(
            f"{given},,{family},{given.lower()}.{i}@example.com,,+46 70 {i:07d},"
            f"{rng.choice(_ORGS)},{rng.choice(_TITLES)},Finance,Bergen,0/0/00,,Kunder"
        )
    return "\r\n".join(lines) + "\r\n"


def measure(
    parser: Callable[..., list[ContactRecord]], text: str, repeat: int
) -> tuple[int, float]:
    best = float("inf")
    found = 0
    for _ in range(repeat):
        started = time.perf_counter()
        found = len(parser(text, file="bench"))
        best = min(best, time.perf_counter() - started)
    return found, best


def vobject_rate(text: str) -> float | None:
    """Cards/s for vobject on `text`, None when it is not installed."""
    try:
        vobject = importlib.import_module("vobject")  # optional: not a dependency
    except ImportError:
        return None
    started = time.perf_counter()
    found = sum(1 for _ in vobject.readComponents(text))
    return found / (time.perf_counter() - started)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--count", type=int, default=100_000)
    options.add_argument("--repeat", type=int, default=3)
    args = options.parse_args()
    rng = random.Random(2026)
    cases = (
        ("vCard typical", "cards", typical_vcards, parse_vcards),
        ("vCard full", "cards", vcards, parse_vcards),
        ("LinkedIn CSV", "rows", linkedin, parse_linkedin),
        ("Google CSV", "rows", google, parse_google),
        ("Outlook CSV", "rows", outlook, parse_outlook),
    )
    for title, unit, generate, parser in cases:
        text = generate(args.count, rng)
        found, seconds = measure(parser, text, args.repeat)
        rate = found / seconds
        print(f"{title:13} {found:>8} {unit} in {seconds:6.2f} s: {rate:>9,.0f} {unit}/s", end="")
        print(f" ({len(text) / 1e6:.1f} MB)")
        if parser is parse_vcards:
            baseline = vobject_rate(generate(2000, rng))
            if baseline:
                ratio = rate / baseline
                print(f"{'':13} vobject: {baseline:,.0f} cards/s; this parser is {ratio:.0f}x")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:,.0f} MB")


if __name__ == "__main__":
    main()
