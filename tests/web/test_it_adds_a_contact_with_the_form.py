"""Adding a contact by form: good input saves; each bad input is shown and saves nothing."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from nettverk.accounts.models import User
from nettverk.arenas.models import Arena
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_create

NEW = reverse("contacts:create")


def _form(**changes: Any) -> dict[str, Any]:
    data = {
        "name": "Ingrid Berg", "emails": "ingrid@nordlys.no, ingrid.berg@example.com",
        "phones": "+47 912 34 567", "title": "CFO", "organization": "Nordlys AS",
        "function": "", "seniority": "", "industry": "Energy", "location": "Oslo",
        "languages": "Norwegian, English", "expertise": "Export financing",
        "needs": "Intros to banks",
        "notes": "Met at the fair.\nLikes sailing.", "first_met": "2026-03-14",
        "arena": "Oslo Tech Meetup", "introduced_by": "", "cadence_days": "60",
        "tags": "finance, sailing", "links": "https://www.linkedin.com/in/ingridberg",
    }
    return {**data, **changes}


def test_it_adds_a_contact_with_every_field(alice: User, alice_client: Client) -> None:
    response = alice_client.post(NEW, _form())
    contact = Contact.objects.get(owner=alice)
    assert response.status_code == 302
    assert response["Location"] == reverse("contacts:detail", args=[contact.pk])
    assert [e.address for e in contact.emails.all()] == ["ingrid@nordlys.no",
                                                        "ingrid.berg@example.com"]
    assert [p.number for p in contact.phones.all()] == ["+4791234567"]
    assert (contact.function, contact.seniority, contact.decision_maker) == ("finance", "c_level",
                                                                           True)
    assert contact.arena == Arena.objects.get(owner=alice, name="Oslo Tech Meetup")
    assert sorted(t.name for t in contact.tags.all()) == ["finance", "sailing"]
    assert contact.first_met.isoformat() == "2026-03-14"  # type: ignore[union-attr]
    assert contact.links.get().kind == "linkedin"
    page = alice_client.get(response["Location"]).content.decode()
    assert "Met at the fair.<br>Likes sailing." in page


def test_it_offers_only_my_contacts_as_introducers(
    alice: User, bob: User, alice_client: Client
) -> None:
    mine = contact_create(owner=alice, name="Kari Nordmann")
    theirs = contact_create(owner=bob, name="Bobs Contact")
    page = alice_client.get(NEW).content.decode()
    assert "Kari Nordmann" in page and "Bobs Contact" not in page
    response = alice_client.post(NEW, _form(introduced_by=str(theirs.pk)))
    assert response.status_code == 400
    assert not Contact.objects.filter(owner=alice, name="Ingrid Berg").exists()
    alice_client.post(NEW, _form(introduced_by=str(mine.pk)))
    assert Contact.objects.get(owner=alice, name="Ingrid Berg").introduced_by == mine


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("emails", "ingrid@nordlys.no, not-an-email", "is not a valid email address"),
        ("phones", "12", "is not a valid phone number"),
        ("first_met", "2026-02-30", "Enter a valid date"),
        ("name", "   ", "This field is required"),
        ("notes", "x" * 1_000_000, "Too long"),
        ("links", "javascript:alert(1)", "is not a valid web address"),
        ("cadence_days", "0", "greater than or equal to 1"),
    ],
)
def test_it_shows_bad_input_next_to_the_field_and_saves_nothing(
    alice: User, alice_client: Client, field: str, value: str, message: str
) -> None:
    response = alice_client.post(NEW, _form(**{field: value}))
    assert response.status_code == 400
    form = response.context["form"]
    assert any(message in error for error in form.errors[field])
    assert message in response.content.decode()
    assert not Contact.objects.filter(owner=alice).exists()
    assert not Arena.objects.filter(owner=alice).exists()
