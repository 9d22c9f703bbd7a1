"""Naming a contact on the command line: by id, email or an unambiguous name."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from nettverk.accounts.models import User
from nettverk.contacts.services import contact_create, contact_find, contacts_search


@pytest.fixture
def network(alice: User) -> None:
    contact_create(owner=alice, name="Ingrid Berg", emails=["ingrid@fjord.no"], title="CFO")
    contact_create(owner=alice, name="Ingrid Dahl", title="Utvikler", tags=["python"])
    contact_create(owner=alice, name="Per Holm", title="VD", organization="Holm AS")


def test_it_finds_by_id_email_and_name(alice: User, network: None) -> None:
    berg = contact_find(alice, "ingrid@fjord.no")
    assert contact_find(alice, str(berg.pk)) == berg
    assert contact_find(alice, "ingrid berg") == berg
    assert contact_find(alice, "Holm").name == "Per Holm"


def test_it_names_the_candidates_when_ambiguous(alice: User, network: None) -> None:
    with pytest.raises(ValidationError, match=r"Ingrid Berg.*Ingrid Dahl"):
        contact_find(alice, "Ingrid")


def test_it_never_finds_another_owners_contact(alice: User, bob: User, network: None) -> None:
    berg = contact_find(alice, "ingrid@fjord.no")
    for ref in (str(berg.pk), "ingrid@fjord.no", "Ingrid Berg"):
        with pytest.raises(ValidationError):
            contact_find(bob, ref)


def test_it_searches_and_filters(alice: User, bob: User, network: None) -> None:
    contact_create(owner=bob, name="Ingrid Bob-side", title="CFO")
    assert [c.name for c in contacts_search(alice, query="ingrid")] == [
        "Ingrid Berg", "Ingrid Dahl"]
    assert [c.name for c in contacts_search(alice, function="it")] == ["Ingrid Dahl"]
    decision_makers = contacts_search(alice, decision_maker=True)
    assert [c.name for c in decision_makers] == ["Ingrid Berg", "Per Holm"]
    assert [c.name for c in contacts_search(alice, tag="Python")] == ["Ingrid Dahl"]
    assert [c.name for c in contacts_search(alice, query="holm as")] == ["Per Holm"]
