"""Importing the same file again creates nothing and changes nothing."""

from __future__ import annotations

from typing import Any

import pytest

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.imports.models import ImportConflict

from .pipeline import import_sample, import_text, network, sample_files


@pytest.mark.parametrize("relative", sample_files())
def test_it_changes_nothing_on_a_second_import(alice: User, relative: str) -> None:
    first = import_sample(alice, relative)
    before = network(alice)
    again = import_sample(alice, relative)
    assert (again.new, again.updated, again.conflicts) == (0, 0, 0)
    assert again.unchanged == first.new + first.updated
    assert network(alice) == before


def test_it_changes_nothing_after_every_sample_is_in(alice: User) -> None:
    """GIVEN all samples imported (John Doe is in several vCards, which disagree) WHEN all are
    imported again in the same order THEN nothing is new and the network ends as it was: a
    value one vCard set, a later vCard may refresh, so each file's values return in turn."""
    for relative in sample_files():
        import_sample(alice, relative)
    before, contacts = _without_update_times(network(alice)), Contact.objects.count()
    for relative in sample_files():
        assert import_sample(alice, relative).new == 0, relative
    assert _without_update_times(network(alice)) == before
    assert Contact.objects.count() == contacts


def _without_update_times(document: dict[str, Any]) -> dict[str, Any]:
    for contact in document["contacts"]:
        contact.pop("updated_at")
    return document


def test_it_treats_two_cards_of_one_person_in_one_file_as_one(alice: User) -> None:
    card = "BEGIN:VCARD\nFN:Per Moe\nEMAIL:per@example.no\nTITLE:{}\nEND:VCARD\n"
    text = card.format("CTO") + card.format("CEO")
    assert import_text(alice, text).new == 1
    before = network(alice)
    again = import_text(alice, text)
    assert (again.new, again.conflicts) == (0, 0)
    assert network(alice) == before
    assert Contact.objects.get().title == "CEO"  # the later card wins, as it would on re-import
    assert not ImportConflict.objects.exists()


def test_it_refreshes_what_the_same_source_said_before(alice: User) -> None:
    """A newer LinkedIn export with a new title updates a title LinkedIn set."""
    import_sample(alice, "linkedin/Connections.csv")
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    url = "https://linkedin.com/in/LARS-BERGSTRÖM-77/"  # the same profile, written differently
    row = f"Lars,Bergström,{url},,Nordbanken AB,CEO,21 Jan 2025\n"
    result = import_text(alice, header + row, "Connections.csv")
    assert (result.new, result.updated, result.conflicts) == (0, 1, 0)
    lars = Contact.objects.get(name="Lars Bergström")
    assert (lars.title, lars.seniority) == ("CEO", "c_level")
    assert lars.links.count() == 1  # the same profile, written differently
