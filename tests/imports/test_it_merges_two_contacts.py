"""Merging B into A keeps every email, phone, link, address, note, tag, source, interaction and
reference to B; A's single values win and B's differing ones are kept for the user to take."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_create
from nettverk.dedupe.merge import contact_merge
from nettverk.goals.models import Goal
from nettverk.imports.conflicts import conflicts_open
from nettverk.interactions.models import Interaction
from nettverk.interactions.services import interaction_log

from .pipeline import import_text

CARD = """BEGIN:VCARD
VERSION:3.0
UID:phone-77
FN:Lars Bergstrom
TITLE:CTO
EMAIL:LARS.BERGSTROM@example.se
EMAIL:lars@home.example
TEL:+46 70 111 22 33
URL:https://www.linkedin.com/in/lars-b
ADR;TYPE=home:;;Storgatan 1;Stockholm;;111 22;Sweden
CATEGORIES:finance
NOTE:Met at Nordic Fintech Week.
END:VCARD
"""


def _pair(alice: User) -> tuple[Contact, Contact]:
    keep = contact_create(owner=alice, name="Lars Bergström", title="CFO", notes="Plays golf.",
                          emails=["lars.bergstrom@example.se"], phones=["+46701234567"],
                          organization="Nordbanken AB", tags=["golf"])
    import_text(alice, CARD.replace("LARS.BERGSTROM@example.se", "lb@nordbanken.example"))
    other = Contact.objects.get(name="Lars Bergstrom")
    return keep, other


def test_it_keeps_everything_of_both(alice: User) -> None:
    keep, other = _pair(alice)
    merged = contact_merge(keep, other)
    assert not Contact.objects.filter(pk=other.pk).exists()
    assert sorted(e.address for e in merged.emails.all()) == [
        "lars.bergstrom@example.se", "lars@home.example", "lb@nordbanken.example"]
    assert sorted(p.number for p in merged.phones.all()) == ["+46701112233", "+46701234567"]
    assert [link.url for link in merged.links.all()] == ["https://www.linkedin.com/in/lars-b"]
    assert [a.text for a in merged.addresses.all()] == ["Storgatan 1, 111 22 Stockholm, Sweden"]
    assert sorted(t.name for t in merged.tags.all()) == ["finance", "golf"]
    assert merged.notes == "Plays golf.\n\nMet at Nordic Fintech Week."
    assert [(s.kind, s.key) for s in merged.sources.all()] == [("vcard", "uid:phone-77")]
    assert (merged.name, merged.title, merged.organization.name) == (  # type: ignore[union-attr]
        "Lars Bergström", "CFO", "Nordbanken AB")
    kept = {c.field: (c.kept, c.incoming) for c in conflicts_open(merged)}
    assert kept == {"name": ("Lars Bergström", "Lars Bergstrom"), "title": ("CFO", "CTO")}


def test_it_repoints_interactions_and_introductions(alice: User) -> None:
    keep, other = _pair(alice)
    friend = contact_create(owner=alice, name="Ingrid Haugen")
    both = interaction_log(owner=alice, contacts=[keep, other], kind="meeting")
    only_b = interaction_log(owner=alice, contacts=[other, friend], kind="call")
    friend.introduced_by = other
    friend.save()
    other.introduced_by = friend
    other.save()
    merged = contact_merge(keep, other)
    assert list(both.contacts.all()) == [merged]  # one link, not two
    assert set(only_b.contacts.all()) == {merged, friend}
    assert Interaction.objects.count() == 2
    friend.refresh_from_db()
    assert friend.introduced_by == merged and merged.introduced_by == friend


def test_it_repoints_goals(alice: User) -> None:
    keep, other = _pair(alice)
    goal = Goal.objects.create(owner=alice, sentence="Meet 5 CFOs", buddy_contact=other)
    goal.contacts.add(other, keep)
    merged = contact_merge(keep, other)
    goal.refresh_from_db()
    assert goal.buddy_contact == merged and list(goal.contacts.all()) == [merged]


def test_importing_the_merged_file_again_finds_the_merged_contact(alice: User) -> None:
    keep, other = _pair(alice)
    contact_merge(keep, other)
    again = import_text(alice, CARD.replace("LARS.BERGSTROM@example.se", "lb@nordbanken.example"))
    assert (again.new, again.updated) == (0, 0)


def test_it_refuses_another_users_contact(alice: User, bob: User) -> None:
    keep = contact_create(owner=alice, name="Lars")
    other = contact_create(owner=bob, name="Lars")
    with pytest.raises(ValidationError):
        contact_merge(keep, other)
    assert Contact.objects.filter(pk=other.pk).exists()
