"""When the network falls short, the answer describes the person missing, who could introduce
one, and where such people were met before."""

from __future__ import annotations

from nettverk.accounts.models import User
from nettverk.arenas.services import arena_get_or_create
from nettverk.ask.services import ask
from nettverk.contacts.services import contact_create


def test_it_describes_the_missing_person_and_the_way_to_them(alice: User) -> None:
    law_club = arena_get_or_create(alice, "Juristklubben")
    mia = contact_create(owner=alice, name="Mia Mingel", title="Eventansvarig")
    contact_create(owner=alice, name="Leo Jus", title="Advokat", expertise="Arbetsrätt.",
                   arena=law_club, introduced_by=mia)
    contact_create(owner=alice, name="Lisa Jus", title="Bolagsjurist", arena=law_club,
                   introduced_by=mia)
    contact_create(owner=alice, name="Kai Kode", title="Utvikler")
    missing = ask(alice, "We must make our app GDPR compliant").missing
    gdpr = next(m for m in missing if m["concept"] == "privacy")
    assert gdpr["function"] == "legal" and gdpr["expertise"] == "GDPR"
    assert gdpr["have"] == 0
    assert gdpr["description"] == "Legal: someone who knows GDPR"
    assert gdpr["introducers"][0]["name"] == "Mia Mingel"
    assert "introduced 2 people" in gdpr["introducers"][0]["reason"]
    assert gdpr["arenas"] == [{"id": law_club.pk, "name": "Juristklubben", "contacts": 2}]


def test_it_says_nothing_is_missing_when_enough_can_help(alice: User) -> None:
    for name in ("Anna", "Bo", "Cai"):
        contact_create(owner=alice, name=f"{name} Revisor", title="Auktoriserad revisor")
    result = ask(alice, "We need an auditor")
    assert len(result.helpers) == 3
    assert result.missing == []


def test_it_asks_for_a_decision_maker_when_the_problem_needs_one(alice: User) -> None:
    missing = ask(alice, "Who decides on buying an ERP system?").missing
    assert missing[0]["decision_maker"] is True
    assert missing[0]["seniority"] == "director"
    assert missing[0]["function"] == "it"
