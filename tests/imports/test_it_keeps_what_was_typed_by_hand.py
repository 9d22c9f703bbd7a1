"""An import never overwrites what the user typed: it keeps the user's value and records its own."""

from __future__ import annotations

from django.test import Client

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_create, contact_update
from nettverk.imports.conflicts import conflict_use, conflicts_open
from nettverk.imports.models import ImportConflict

from .pipeline import import_sample, import_text, network

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
LARS = "Lars,Bergström,,lars.bergstrom@example.se,Nordbanken AB,{title},21 Jan 2025\n"


def test_it_keeps_a_hand_typed_title_and_records_the_imported_one(alice: User) -> None:
    """GIVEN alice typed Lars's title as CFO WHEN LinkedIn says CTO THEN CFO stays and
    "LinkedIn says title CTO" is recorded for her to take."""
    lars = contact_create(owner=alice, name="Lars Bergström", title="CFO",
                          emails=["lars.bergstrom@example.se"], tags=["golf"])
    assert lars.field_sources["title"] == "manual"
    result = import_text(alice, HEADER + LARS.format(title="CTO"), "Connections.csv")
    assert (result.new, result.updated, result.conflicts) == (0, 1, 1)
    lars.refresh_from_db()
    assert (lars.title, lars.seniority, lars.function) == ("CFO", "c_level", "finance")
    assert lars.first_met is not None and lars.organization is not None  # empty ones are filled
    assert [t.name for t in lars.tags.all()] == ["golf"]
    (conflict,) = conflicts_open(lars)
    assert (conflict.field, conflict.kept, conflict.incoming, conflict.source) == (
        "title", "CFO", "CTO", "linkedin")


def test_it_does_not_ask_twice(alice: User) -> None:
    contact_create(owner=alice, name="Lars Bergström", title="CFO",
                   emails=["lars.bergstrom@example.se"])
    import_text(alice, HEADER + LARS.format(title="CTO"), "Connections.csv")
    before = network(alice)
    again = import_text(alice, HEADER + LARS.format(title="CTO"), "Connections.csv")
    assert (again.updated, again.conflicts) == (0, 0)
    assert network(alice) == before and ImportConflict.objects.count() == 1


def test_using_the_imported_value_makes_it_the_users(alice: User) -> None:
    lars = contact_create(owner=alice, name="Lars Bergström", title="CFO",
                          emails=["lars.bergstrom@example.se"])
    import_text(alice, HEADER + LARS.format(title="CTO"), "Connections.csv")
    conflict_use(conflicts_open(lars).get())
    lars.refresh_from_db()
    assert (lars.title, lars.seniority, lars.field_sources["title"]) == ("CTO", "c_level", "manual")
    assert not conflicts_open(lars).exists()


def test_an_edit_by_hand_protects_a_value_an_import_set(alice: User) -> None:
    import_sample(alice, "linkedin/Connections.csv")
    lars = Contact.objects.get(name="Lars Bergström")
    contact_update(lars, title="Finance director")
    lars.refresh_from_db()
    assert lars.field_sources["title"] == "manual"
    assert lars.field_sources["organization"] == "linkedin"  # untouched fields stay LinkedIn's
    import_text(alice, HEADER + LARS.format(title="CEO"), "Connections.csv")
    lars.refresh_from_db()
    assert lars.title == "Finance director"
    assert conflicts_open(lars).get().incoming == "CEO"


def test_the_contact_page_offers_the_imported_value(alice: User, client: Client) -> None:
    client.force_login(alice)
    lars = contact_create(owner=alice, name="Lars Bergström", title="CFO",
                          emails=["lars.bergstrom@example.se"])
    import_text(alice, HEADER + LARS.format(title="CTO"), "Connections.csv")
    page = client.get(f"/contacts/{lars.pk}/").content.decode()
    assert "LinkedIn says title “CTO” (kept “CFO”)" in page
    conflict = conflicts_open(lars).get()
    response = client.post(f"/import/conflicts/{conflict.pk}/use/")
    assert response.status_code == 302
    lars.refresh_from_db()
    assert lars.title == "CTO"


def test_another_user_cannot_answer_alice_s_conflict(alice: User, bob: User) -> None:
    lars = contact_create(owner=alice, name="Lars Bergström", title="CFO",
                          emails=["lars.bergstrom@example.se"])
    import_text(alice, HEADER + LARS.format(title="CTO"), "Connections.csv")
    conflict = conflicts_open(lars).get()
    client = Client()
    client.force_login(bob)
    assert client.post(f"/import/conflicts/{conflict.pk}/use/").status_code == 404
    lars.refresh_from_db()
    assert lars.title == "CFO"
