"""The demo's people as plain data: who they are, where they work, when and where they were met.

Nothing here touches the database; `load.py` turns these into rows. Every choice comes from one
seeded `random.Random` and seeded Faker instances, so a seed always gives the same network.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from faker import Faker

from nettverk.demo.arenas import ARENAS, ArenaSpec, arena_days
from nettverk.demo.expertise import ENTRY_EXPERTISE, EXPERTISE, NEEDS
from nettverk.demo.notes import CONTACT_NOTES
from nettverk.demo.orgs import CITIES, COUNTRY_LANGUAGE, INDUSTRY_FUNCTIONS, ORGANIZATIONS, OrgSpec
from nettverk.demo.roles import FUNCTION_WEIGHTS, TITLES
from nettverk.lib.titles import TitleClass, classify_title

CONTACT_COUNT = 300
FAKER_LOCALES = {"sv": "sv_SE", "nb": "no_NO", "en": "en_GB"}
LANGUAGE_NAMES = {"sv": "Swedish", "nb": "Norwegian", "en": "English"}
# Bigger employers account for more of anyone's network.
SIZE_WEIGHTS = {"1-10": 3, "11-50": 5, "51-200": 7, "201-500": 8}
DEFAULT_SIZE_WEIGHT = 9
OLDEST_FIRST_MET = date(2011, 1, 1)
# Ages by seniority, so no 23-year-old chairs a board.
AGES = {"entry": (22, 29), "professional": (25, 58), "manager": (30, 60), "director": (34, 62)}
SENIOR_AGES = (38, 66)
RECENT_DAYS = 540  # "recently met" means within the window the interactions cover


@dataclass
class Person:
    index: int
    name: str
    lang: str
    org: int
    trade: str  # the function the title was drawn for: what the person really does
    title: str
    role: TitleClass  # what classify_title makes of the title, as stored on the contact
    location: str
    languages: str
    expertise: str = ""
    needs: str = ""
    notes: str = ""
    birthday: date | None = None
    email: str = ""
    phone: str = ""
    linkedin: str = ""
    first_met: date = OLDEST_FIRST_MET
    arena: int = 0
    tags: list[str] = field(default_factory=list)
    band: str = "tail"
    cadence_days: int | None = None
    introducer: int | None = None

    @property
    def first_name(self) -> str:
        return self.name.split()[0]

    @property
    def org_spec(self) -> OrgSpec:
        return ORGANIZATIONS[self.org]

    @property
    def arena_spec(self) -> ArenaSpec:
        return ARENAS[self.arena]


@dataclass
class Draw:
    """The seeded sources of chance, and what has been handed out already."""

    rng: random.Random
    fakers: dict[str, Faker]
    today: date
    names: set[str] = field(default_factory=set)
    emails: set[str] = field(default_factory=set)
    titles: dict[str, TitleClass] = field(default_factory=dict)

    @classmethod
    def seeded(cls, seed: int, today: date) -> Draw:
        fakers = {}
        for lang, locale in FAKER_LOCALES.items():
            fakers[lang] = Faker(locale)
            fakers[lang].seed_instance(seed)
        return cls(random.Random(seed), fakers, today)

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def classify(self, title: str) -> TitleClass:
        # Titles repeat a lot; classifying each distinct one once keeps the load fast.
        if title not in self.titles:
            self.titles[title] = classify_title(title)
        return self.titles[title]


def people_make(draw: Draw) -> list[Person]:
    people = [_person(draw, i, _employer(draw, i)) for i in range(CONTACT_COUNT)]
    _assign_bands(draw, people)
    _assign_introducers(draw, people)
    return people


def _employer(draw: Draw, index: int) -> int:
    # The first pass gives every organization someone, so none shows up empty.
    if index < len(ORGANIZATIONS):
        return index
    weights = [SIZE_WEIGHTS.get(o.size, DEFAULT_SIZE_WEIGHT) for o in ORGANIZATIONS]
    return draw.rng.choices(range(len(ORGANIZATIONS)), weights)[0]


def _person(draw: Draw, index: int, org: int) -> Person:
    spec = ORGANIZATIONS[org]
    lang = _language(draw, spec)
    trade = _trade(draw, spec)
    title = _title(draw, trade, lang)
    person = Person(
        index=index, name=_name(draw, lang), lang=lang, org=org, trade=trade, title=title,
        role=draw.classify(title), location=_location(draw, spec),
        languages=_languages(draw, lang, spec),
    )
    _describe(draw, person)
    _reach(draw, person)
    _meet(draw, person)
    person.tags = _tags(draw, person)
    return person


def _language(draw: Draw, spec: OrgSpec) -> str:
    home = COUNTRY_LANGUAGE[spec.country]
    # Some people work abroad: Swedes in Oslo, Norwegians in London.
    if draw.chance(0.85):
        return home
    return draw.rng.choice([lang for lang in FAKER_LOCALES if lang != home])


def _name(draw: Draw, lang: str) -> str:
    fake = draw.fakers[lang]
    while True:
        first = fake.first_name_female() if draw.chance(0.5) else fake.first_name_male()
        name = f"{first} {fake.last_name()}"
        # Unique names keep `nettverk log "Name"` unambiguous in the demo.
        if name not in draw.names:
            draw.names.add(name)
            return str(name)


def _trade(draw: Draw, spec: OrgSpec) -> str:
    favoured = INDUSTRY_FUNCTIONS.get(spec.industry, ())
    if favoured and draw.chance(0.45):
        return draw.rng.choice(favoured)
    return draw.rng.choices(list(FUNCTION_WEIGHTS), list(FUNCTION_WEIGHTS.values()))[0]


def _title(draw: Draw, trade: str, lang: str) -> str:
    # English titles are common in Scandinavian companies too ("CFO", "Tech Lead").
    title_lang = lang if draw.chance(0.75) else "en"
    return draw.rng.choice(TITLES[trade][title_lang])


def _location(draw: Draw, spec: OrgSpec) -> str:
    return spec.city if draw.chance(0.75) else draw.rng.choice(CITIES[spec.country])


def _languages(draw: Draw, lang: str, spec: OrgSpec) -> str:
    spoken = [LANGUAGE_NAMES[lang]]
    if lang != "en":
        spoken.append("English")
    work = LANGUAGE_NAMES[COUNTRY_LANGUAGE[spec.country]]
    if work not in spoken:
        spoken.append(work)
    extra = draw.rng.choice(["German", "French", "Spanish", "Swedish", "Danish"])
    if draw.chance(0.2) and extra not in spoken:
        spoken.append(extra)
    return ", ".join(spoken)


def _describe(draw: Draw, person: Person) -> None:
    """Expertise for most, needs, notes and a birthday for some."""
    if draw.chance(0.92):
        phrases = draw.rng.sample(_expertise_pool(person), 2)
        chosen = phrases if draw.chance(0.25) else phrases[:1]
        person.expertise = ". ".join(_fill(draw, p) for p in chosen) + "."
    if draw.chance(0.35):
        person.needs = draw.rng.choice(NEEDS[person.lang])
    if draw.chance(0.25):
        person.notes = draw.rng.choice(CONTACT_NOTES[person.lang])
    if draw.chance(0.4):
        person.birthday = _birthday(draw, person.role.seniority)


def _expertise_pool(person: Person) -> tuple[str, ...]:
    if person.role.seniority == "entry":
        return ENTRY_EXPERTISE[person.lang]
    return EXPERTISE[person.trade][person.lang]


def _fill(draw: Draw, phrase: str) -> str:
    return phrase.format(n=draw.rng.randint(3, 40), years=draw.rng.randint(4, 22))


def _birthday(draw: Draw, seniority: str) -> date:
    year = draw.today.year - draw.rng.randint(*AGES.get(seniority, SENIOR_AGES))
    # Day 28 at most: every month has it, so no birthday lands on a date that does not exist.
    return date(year, draw.rng.randint(1, 12), draw.rng.randint(1, 28))


def _reach(draw: Draw, person: Person) -> None:
    """Work email at the employer's domain, a mobile number, and usually a LinkedIn profile."""
    first, last = (_ascii(part) for part in _name_parts(person.name))
    local = f"{first}.{last}"
    address = f"{local}@{person.org_spec.domain}"
    suffix = 2
    while address in draw.emails:
        address = f"{local}{suffix}@{person.org_spec.domain}"
        suffix += 1
    draw.emails.add(address)
    person.email = address
    person.phone = _mobile(draw, person.org_spec.country)
    if draw.chance(0.85):
        tail = f"{draw.rng.getrandbits(24):06x}"
        person.linkedin = f"https://www.linkedin.com/in/{first}-{last}-{tail}"


def _name_parts(name: str) -> tuple[str, str]:
    first, _space, last = name.partition(" ")
    return first, last


def _ascii(text: str) -> str:
    # ø and æ do not decompose into a letter and a mark, so they are spelled out first.
    text = text.lower().replace("ø", "o").replace("æ", "ae")
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in plain if c.isalnum() or c == "-")


def _mobile(draw: Draw, country: str) -> str:
    """A mobile number in E.164, as the contact services store phones."""
    digits = "".join(str(draw.rng.randint(0, 9)) for _ in range(7))
    if country == "SE":
        return f"+467{draw.rng.choice('02369')}{digits}"
    if country == "NO":
        return f"+47{draw.rng.choice('49')}{digits}"
    # Ofcom keeps 07700 900000-900999 for drama, so no real Briton gets a demo call.
    return f"+447700900{digits[:3]}"


def _meet(draw: Draw, person: Person) -> None:
    weights = [_arena_weight(spec, person) for spec in ARENAS]
    person.arena = draw.rng.choices(range(len(ARENAS)), weights)[0]
    person.first_met = _first_met(draw, person.arena_spec)


def _arena_weight(spec: ArenaSpec, person: Person) -> float:
    weight = spec.weights.get(person.lang, 0.0)
    return weight * 3 if person.trade in spec.functions else weight


def _first_met(draw: Draw, spec: ArenaSpec) -> date:
    today = draw.today
    if spec.kind == "alumni":
        start, end = date(2006, 8, 1), date(2012, 6, 30)
    elif spec.kind == "work":
        start, end = date(2013, 1, 1), date(2019, 12, 31)
    elif draw.chance(0.35):
        start, end = today - timedelta(days=RECENT_DAYS), today - timedelta(days=3)
    else:
        start, end = OLDEST_FIRST_MET, today - timedelta(days=RECENT_DAYS + 1)
    days = arena_days(spec, start, end)
    if days:
        return draw.rng.choice(days)
    return start + timedelta(days=draw.rng.randint(0, (end - start).days))


def _tags(draw: Draw, person: Person) -> list[str]:
    tags = [tag for tag, chance in _tag_chances(person).items() if draw.chance(chance)]
    return sorted(tags)


def _tag_chances(person: Person) -> dict[str, float]:
    arena, role = person.arena_spec, person.role
    investor = (person.org_spec.industry == "venture capital" and role.decision_maker
                and person.trade in ("executive", "finance"))
    return {
        "investor": 1.0 if investor else 0.02 if role.decision_maker else 0.0,
        "mentor": 0.1 if role.decision_maker else 0.0,
        "alumni KTH": 1.0 if arena.name == "KTH Alumni" else 0.0,
        "alumni NTNU": 1.0 if arena.name == "NTNU Alumni" else 0.0,
        "former colleague": 1.0 if arena.kind == "work" else 0.0,
        "golf": 0.7 if arena.kind == "club" else 0.0,
        "speaker": 0.2 if arena.kind == "conference" else 0.0,
        "board network": 0.8 if role.seniority == "board" else 0.0,
        "customer": 0.12,
        "partner": 0.07,
        "prospect": 0.1 if role.decision_maker else 0.03,
    }


def _assign_bands(draw: Draw, people: list[Person]) -> None:
    """A core of about 30 close contacts, a middle band, and a long tail."""
    # Closeness takes time, so the core comes from people known for over a year.
    known = [p for p in people if p.first_met < draw.today - timedelta(days=365)]
    core = draw.rng.sample(known, 30)
    for person in core:
        person.band, person.cadence_days = "core", draw.rng.choice([14, 30, 30, 45])
    rest = [p for p in people if p.band != "core"]
    for person in draw.rng.sample(rest, 110):
        person.band = "middle"
        if draw.chance(0.3):
            person.cadence_days = draw.rng.choice([60, 90, 90, 180])


def _assign_introducers(draw: Draw, people: list[Person]) -> None:
    """About 15% were introduced by someone the user already knew."""
    by_date = sorted(people, key=lambda p: p.first_met)
    for rank, person in enumerate(by_date):
        earlier = by_date[: rank]
        if len(earlier) < 10 or person.arena_spec.kind in ("alumni", "work"):
            continue
        if draw.chance(0.19):
            same_lang = [p for p in earlier if p.lang == person.lang] or earlier
            person.introducer = draw.rng.choice(same_lang).index
