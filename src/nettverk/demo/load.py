"""`nettverk demo`: load a believable example network for the user `demo`, once.

    >>> demo_load(today=date(2026, 5, 1))
    "Demo network: 300 contacts, 40 organizations, 11 arenas, 2,395 interactions for user 'demo'."

Rows are written in bulk: the per-row services would take far longer for ~300 contacts and
thousands of interactions. Titles still go through `classify_title`, and decision-makers follow
the same rule as `contact_update`, so every row is what the services would have stored.
"""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.utils import timezone

from nettverk.accounts.models import User
from nettverk.accounts.services import user_create
from nettverk.arenas.models import Arena
from nettverk.contacts.models import (
    DECISION_MAKER_SENIORITIES,
    Contact,
    ContactEmail,
    ContactLink,
    ContactPhone,
    Organization,
    Tag,
)
from nettverk.demo.arenas import ARENAS
from nettverk.demo.goals import demo_goals
from nettverk.demo.orgs import ORGANIZATIONS
from nettverk.demo.people import Draw, Person, people_make
from nettverk.demo.relationships import demo_relationships
from nettverk.demo.timeline import Touch, timeline_make
from nettverk.interactions.models import Interaction

DEMO_USERNAME = "demo"
SOURCE = "demo"


def demo_load(*, seed: int = 2026, today: date | None = None) -> str:
    """Create the demo user and their network; a second call changes nothing."""
    with transaction.atomic():
        user = User.objects.filter(username__iexact=DEMO_USERNAME).first()
        if user is not None and Contact.objects.owned_by(user).exists():
            return _summary(user, "Demo network already loaded")
        user = user or user_create(username=DEMO_USERNAME, language="en")
        draw = Draw.seeded(seed, today or timezone.localdate())
        people = people_make(draw)
        arenas = Arena.objects.bulk_create([_arena(user, i) for i in range(len(ARENAS))])
        contacts = _write_people(user, people, arenas)
        _write_interactions(user, timeline_make(draw, people), contacts, arenas)
        demo_goals(user, draw.today)
        demo_relationships(user, draw.today)
        return _summary(user, "Demo network")


def _summary(user: User, lead: str) -> str:
    counts = [
        (Contact.objects.owned_by(user).count(), "contacts"),
        (Organization.objects.owned_by(user).count(), "organizations"),
        (Arena.objects.owned_by(user).count(), "arenas"),
        (Interaction.objects.owned_by(user).count(), "interactions"),
    ]
    listed = ", ".join(f"{count:,} {noun}" for count, noun in counts)
    return f"{lead}: {listed} for user '{user.username}'."


def _write_people(user: User, people: list[Person], arenas: list[Arena]) -> list[Contact]:
    orgs = Organization.objects.bulk_create(
        [_organization(user, i) for i in range(len(ORGANIZATIONS))])
    contacts = Contact.objects.bulk_create([_contact(user, p, orgs, arenas) for p in people])
    _link_introducers(people, contacts)
    _write_reach(people, contacts)
    _write_tags(user, people, contacts)
    return contacts


def _arena(user: User, index: int) -> Arena:
    spec = ARENAS[index]
    return Arena(owner=user, name=spec.name, kind=spec.kind, location=spec.location,
                 notes=spec.notes, hours_spent=spec.hours_spent, money_spent=spec.money_spent)


def _organization(user: User, index: int) -> Organization:
    spec = ORGANIZATIONS[index]
    return Organization(owner=user, name=spec.name, industry=spec.industry, size=spec.size,
                        location=spec.city, website=spec.website)


def _contact(user: User, person: Person, orgs: list[Organization], arenas: list[Arena]) -> Contact:
    role = person.role
    return Contact(
        owner=user, name=person.name, organization=orgs[person.org], title=person.title,
        function=role.function, seniority=role.seniority,
        decision_maker=role.seniority in DECISION_MAKER_SENIORITIES,
        industry=person.org_spec.industry, location=person.location, languages=person.languages,
        expertise=person.expertise, needs=person.needs, notes=person.notes,
        first_met=person.first_met, arena=arenas[person.arena], birthday=person.birthday,
        cadence_days=person.cadence_days, source=SOURCE,
    )


def _link_introducers(people: list[Person], contacts: list[Contact]) -> None:
    # A self-reference needs the introducer's id, so it is set once every contact has one.
    introduced = [p for p in people if p.introducer is not None]
    for person in introduced:
        contacts[person.index].introduced_by = contacts[person.introducer or 0]
    Contact.objects.bulk_update([contacts[p.index] for p in introduced], ["introduced_by"])


def _write_reach(people: list[Person], contacts: list[Contact]) -> None:
    pairs = list(zip(people, contacts, strict=True))
    ContactEmail.objects.bulk_create(
        [ContactEmail(contact=c, address=p.email, label="work") for p, c in pairs])
    ContactPhone.objects.bulk_create(
        [ContactPhone(contact=c, number=p.phone, label="mobile") for p, c in pairs])
    ContactLink.objects.bulk_create(
        [ContactLink(contact=c, url=p.linkedin, kind="linkedin") for p, c in pairs if p.linkedin])


def _write_tags(user: User, people: list[Person], contacts: list[Contact]) -> None:
    names = sorted({name for p in people for name in p.tags})
    tags = {t.name: t for t in Tag.objects.bulk_create([Tag(owner=user, name=n) for n in names])}
    through = Contact.tags.through
    through.objects.bulk_create([
        through(contact_id=contacts[p.index].pk, tag_id=tags[name].pk)
        for p in people for name in p.tags
    ])


def _write_interactions(
    user: User, touches: list[Touch], contacts: list[Contact], arenas: list[Arena]
) -> None:
    rows = Interaction.objects.bulk_create([
        Interaction(owner=user, kind=t.kind, direction=t.direction, occurred_on=t.day,
                    note=t.note, arena=arenas[t.arena] if t.arena is not None else None)
        for t in touches
    ])
    through = Interaction.contacts.through
    through.objects.bulk_create([
        through(interaction_id=row.pk, contact_id=contacts[i].pk)
        for row, touch in zip(rows, touches, strict=True) for i in touch.people
    ])
