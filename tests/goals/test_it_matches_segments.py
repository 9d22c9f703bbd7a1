"""A goal's segment as a query: any value within a part, every part together."""

from __future__ import annotations

from django.db.models import QuerySet

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact, Organization
from nettverk.goals.segments import goal_contacts, segment_q
from tests.goals.conftest import goal_make, person


def names(found: QuerySet[Contact]) -> set[str]:
    return {c.name for c in found}


def test_cfos_or_other_decision_makers_in_finance(alice: User) -> None:
    goal = goal_make(alice, functions=["finance"], seniorities=["c_level"], decision_maker=True)
    person(alice, "Ingrid CFO", title="CFO")
    person(alice, "Kari Finance Director", title="Finance director")
    person(alice, "Per Accountant", title="Accountant")
    person(alice, "Ola CEO", title="CEO")
    assert names(goal_contacts(goal)) == {"Ingrid CFO", "Kari Finance Director"}


def test_industry_matches_the_contact_or_the_organization(alice: User) -> None:
    goal = goal_make(alice, industries=["energy", "fintech"])
    person(alice, "On Contact", industry="Renewable Energy")
    person(alice, "On Organization", organization="Fjord Kraft")
    Organization.objects.filter(name="Fjord Kraft").update(industry="energy")
    person(alice, "Elsewhere", industry="retail")
    assert names(goal_contacts(goal)) == {"On Contact", "On Organization"}


def test_keywords_match_expertise_title_or_tags(alice: User) -> None:
    goal = goal_make(alice, functions=["it"], keywords=["python"])
    person(alice, "By Expertise", title="Developer", expertise="Django and Python since 2010")
    person(alice, "By Title", title="Python developer")
    person(alice, "By Tag", title="Developer", tags=["Python"])
    person(alice, "Rust Only", title="Developer", expertise="Rust")
    person(alice, "Python Seller", title="Sales manager", expertise="Python")
    assert names(goal_contacts(goal)) == {"By Expertise", "By Title", "By Tag"}


def test_locations_and_tags_narrow_the_segment(alice: User) -> None:
    goal = goal_make(alice, locations=["Oslo", "Bergen"], tags=["investor"])
    person(alice, "Oslo Investor", location="Oslo, Norway", tags=["investor"])
    person(alice, "Bergen Angel", location="Bergen", tags=["Investor"])
    person(alice, "Oslo Friend", location="Oslo")
    person(alice, "Stockholm Investor", location="Stockholm", tags=["investor"])
    assert names(goal_contacts(goal)) == {"Oslo Investor", "Bergen Angel"}


def test_an_empty_segment_is_no_filter_and_never_crosses_owners(alice: User,
                                                                 bob: User) -> None:
    goal = goal_make(alice)
    assert segment_q(goal).children == []
    person(alice, "Mine")
    person(bob, "Bob's")
    assert names(goal_contacts(goal)) == {"Mine"}
