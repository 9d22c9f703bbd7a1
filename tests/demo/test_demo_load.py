"""`demo_load`: a believable example network for `demo`, loaded once, touching no one else."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.db.models import Count

from nettverk.accounts.models import User
from nettverk.arenas.models import Arena
from nettverk.contacts.models import (
    DECISION_MAKER_SENIORITIES,
    Contact,
    ContactEmail,
    ContactLink,
    ContactPhone,
    Function,
    Organization,
    Tag,
)
from nettverk.contacts.services import contact_create
from nettverk.contacts.validation import clean_email, clean_phone
from nettverk.demo.load import DEMO_USERNAME, demo_load
from nettverk.demo.people import Draw, people_make
from nettverk.interactions.models import Interaction, Kind
from nettverk.interactions.services import interaction_log
from nettverk.lib.titles import classify_title

TODAY = date(2026, 5, 1)
SUMMARY = re.compile(
    r"^Demo network: (\d+) contacts, (\d+) organizations, (\d+) arenas, ([\d,]+) interactions "
    r"for user 'demo'\.$"
)


@pytest.fixture
def demo(db: None) -> User:
    """GIVEN the demo network loaded as of TODAY."""
    demo_load(today=TODAY)
    return User.objects.get(username=DEMO_USERNAME)


def test_it_says_what_it_loaded(db: None) -> None:
    summary = demo_load(today=TODAY)
    found = SUMMARY.match(summary)
    assert found, summary
    contacts, orgs, arenas, interactions = found.groups()
    assert 280 <= int(contacts) <= 320
    assert 35 <= int(orgs) <= 45
    assert 8 <= int(arenas) <= 12
    assert 2_000 <= int(interactions.replace(",", "")) <= 4_000


def test_it_spreads_contacts_over_every_function_and_seniority(demo: User) -> None:
    contacts = Contact.objects.owned_by(demo)
    assert set(contacts.values_list("function", flat=True)) == set(Function.values)
    assert len(set(contacts.values_list("seniority", flat=True))) >= 5
    assert contacts.filter(decision_maker=True).count() >= 30


def test_it_stores_what_the_services_would(demo: User) -> None:
    for contact in Contact.objects.owned_by(demo):
        guess = classify_title(contact.title)
        assert (contact.function, contact.seniority) == (guess.function, guess.seniority)
        assert contact.decision_maker == (contact.seniority in DECISION_MAKER_SENIORITIES)
        assert not contact.classification_manual


def test_it_uses_scandinavian_and_english_names(demo: User) -> None:
    names = list(Contact.objects.owned_by(demo).values_list("name", flat=True))
    assert any(set(name) & set("åäöÅÄÖ") for name in names)
    assert any(set(name) & set("øæØÆ") for name in names)
    english = Contact.objects.owned_by(demo).filter(emails__address__endswith=".co.uk")
    assert english.count() >= 40
    assert len(set(names)) == len(names)


def test_it_gives_contacts_work_emails_phones_and_profiles(demo: User) -> None:
    contacts = Contact.objects.owned_by(demo).select_related("organization")
    for contact in contacts.prefetch_related("emails", "phones"):
        assert contact.organization is not None
        domain = contact.organization.website.removeprefix("https://www.")
        assert [e.address.split("@")[1] for e in contact.emails.all()] == [domain]
        assert all(clean_email(e.address) == e.address for e in contact.emails.all())
        for phone in contact.phones.all():
            assert phone.number[:3] in ("+46", "+47", "+44")
            assert clean_phone(phone.number) == phone.number
    linkedin = ContactLink.objects.filter(contact__owner=demo, kind="linkedin")
    assert linkedin.count() >= 0.7 * contacts.count()
    introduced = contacts.filter(introduced_by__isnull=False).count()
    assert 0.08 * contacts.count() <= introduced <= 0.25 * contacts.count()


def test_it_logs_every_kind_over_eighteen_months(demo: User) -> None:
    interactions = Interaction.objects.owned_by(demo)
    assert set(interactions.values_list("kind", flat=True)) == set(Kind.values)
    days = sorted(interactions.values_list("occurred_on", flat=True))
    assert days[-1] <= TODAY
    assert (days[-1] - days[0]).days >= 17 * 30
    assert interactions.filter(kind="event", arena__isnull=False).exists()
    assert any(i.contacts.count() >= 3 for i in interactions.filter(kind="meeting"))


def test_it_keeps_a_close_core_and_a_long_tail(demo: User) -> None:
    counts = sorted(
        Contact.objects.owned_by(demo).annotate(n=Count("interactions")).values_list("n", flat=True)
    )
    assert sum(1 for n in counts if n >= 15) >= 20
    assert sum(1 for n in counts if n <= 1) >= 60


def test_every_row_belongs_to_the_demo_user(demo: User) -> None:
    for model in (Contact, Organization, Tag, Arena, Interaction):
        assert model.objects.exclude(owner=demo).count() == 0, model.__name__
    assert not Interaction.contacts.through.objects.exclude(contact__owner=demo).exists()
    assert not Contact.tags.through.objects.exclude(tag__owner=demo).exists()
    assert Contact.objects.owned_by(demo).exclude(introduced_by__owner=demo).filter(
        introduced_by__isnull=False).count() == 0
    assert not ContactEmail.objects.exclude(contact__owner=demo).exists()
    assert not ContactPhone.objects.exclude(contact__owner=demo).exists()


def test_a_second_load_creates_nothing(demo: User) -> None:
    before = [model.objects.count() for model in (User, Contact, Organization, Arena, Interaction)]
    summary = demo_load(today=TODAY)
    after = [model.objects.count() for model in (User, Contact, Organization, Arena, Interaction)]
    assert after == before
    assert summary.startswith("Demo network already loaded: 300 contacts")


def test_it_leaves_another_users_network_alone(alice: User) -> None:
    ingrid = contact_create(owner=alice, name="Ingrid Berg", organization="Fjord Energi",
                            tags=["mentor"], title="Økonomisjef")
    interaction_log(owner=alice, contacts=[ingrid], kind="meeting", occurred_on="2026-03-01")
    demo_load(today=TODAY)
    assert list(Contact.objects.owned_by(alice)) == [ingrid]
    assert Organization.objects.owned_by(alice).count() == 1
    assert Tag.objects.owned_by(alice).count() == 1
    assert Interaction.objects.owned_by(alice).count() == 1
    demo = User.objects.get(username=DEMO_USERNAME)
    assert not Contact.objects.owned_by(demo).filter(pk=ingrid.pk).exists()
    assert not Interaction.objects.owned_by(demo).filter(contacts=ingrid).exists()


def test_a_seed_always_gives_the_same_people() -> None:
    first = people_make(Draw.seeded(7, TODAY))
    again = people_make(Draw.seeded(7, TODAY))
    other = people_make(Draw.seeded(8, TODAY))
    assert [(p.name, p.title, p.first_met) for p in first] == [
        (p.name, p.title, p.first_met) for p in again]
    assert [p.name for p in first] != [p.name for p in other]
