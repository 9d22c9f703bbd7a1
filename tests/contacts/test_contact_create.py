"""Adding contacts through the service: what is stored, and what is refused without a trace."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact, Organization, Tag
from nettverk.contacts.services import contact_create, contact_update


def test_it_stores_every_field(alice: User) -> None:
    contact = contact_create(
        owner=alice, name="  Ingrid   Berg ", emails=["Ingrid@Fjord.NO"], phones=["+47 912 34 567"],
        title="Økonomisjef", organization="Fjord Energi", notes="Met at CFO-forum",
        expertise="IFRS, M&A", tags=["mentor", "finance"], first_met="2026-03-14",
        links=["linkedin.com/in/ingridberg"], cadence_days=60,
    )
    contact.refresh_from_db()
    assert contact.name == "Ingrid Berg"
    assert [e.address for e in contact.emails.all()] == ["Ingrid@fjord.no"]
    assert [p.number for p in contact.phones.all()] == ["+4791234567"]
    assert contact.organization is not None and contact.organization.name == "Fjord Energi"
    assert contact.first_met == date(2026, 3, 14)
    assert sorted(t.name for t in contact.tags.all()) == ["finance", "mentor"]
    link = contact.links.get()
    assert (link.url, link.kind) == ("https://linkedin.com/in/ingridberg", "linkedin")
    assert contact.cadence_days == 60


def test_it_classifies_the_title(alice: User) -> None:
    contact = contact_create(owner=alice, name="Per Holm", title="CFO")
    assert (contact.function, contact.seniority, contact.decision_maker) == (
        "finance", "c_level", True)


def test_it_keeps_a_hand_set_function_when_the_title_changes(alice: User) -> None:
    contact = contact_create(owner=alice, name="Per Holm", title="CFO", function="sales")
    contact_update(contact, title="Software Engineer")
    contact.refresh_from_db()
    assert contact.function == "sales"
    assert contact.classification_manual


def test_it_reuses_organizations_and_tags_case_insensitively(alice: User) -> None:
    contact_create(owner=alice, name="A", organization="Acme AB", tags=["Investor"])
    contact_create(owner=alice, name="B", organization="ACME AB", tags=["investor"])
    assert Organization.objects.owned_by(alice).count() == 1
    assert Tag.objects.owned_by(alice).count() == 1


def test_it_keeps_owners_apart(alice: User, bob: User) -> None:
    contact_create(owner=alice, name="A", organization="Acme AB", tags=["x"])
    contact_create(owner=bob, name="B", organization="Acme AB", tags=["x"])
    assert Organization.objects.owned_by(alice).count() == 1
    assert Organization.objects.owned_by(bob).count() == 1


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": "   "}, "name"),
        ({"name": "Ok", "emails": ["not-an-email"]}, "email"),
        ({"name": "Ok", "phones": ["12"]}, "phone"),
        ({"name": "Ok", "phones": ["call me maybe"]}, "phone"),
        ({"name": "Ok", "first_met": "2026-02-30"}, "first_met"),
        ({"name": "Ok", "notes": "x" * 1_000_000}, "notes"),
        ({"name": "x" * 201}, "name"),
        ({"name": "Ok", "cadence_days": "-3"}, "cadence_days"),
        ({"name": "Ok", "function": "wizardry"}, "function"),
        ({"name": "Ok", "links": ["javascript:alert(1)"]}, "url"),
    ],
)
def test_it_refuses_bad_input_and_writes_nothing(
    alice: User, fields: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        contact_create(owner=alice, organization="Half Written AB", tags=["orphan"], **fields)
    assert field in refused.value.message_dict
    assert not Contact.objects.exists()
    assert not Organization.objects.exists()
    assert not Tag.objects.exists()


def test_it_stores_markup_in_a_name_as_plain_text(alice: User) -> None:
    contact = contact_create(owner=alice, name="<script>alert(1)</script>")
    assert Contact.objects.get(pk=contact.pk).name == "<script>alert(1)</script>"


def test_it_refuses_an_introducer_of_another_owner(alice: User, bob: User) -> None:
    bobs = contact_create(owner=bob, name="Bob's friend")
    with pytest.raises(ValidationError) as refused:
        contact_create(owner=alice, name="Kari", introduced_by=bobs)
    assert "introduced_by" in refused.value.message_dict


def test_a_hand_set_function_keeps_the_titles_seniority(alice: User) -> None:
    contact = contact_create(owner=alice, name="Per Holm", title="CFO", function="sales")
    assert (contact.function, contact.seniority, contact.decision_maker) == (
        "sales", "c_level", True)


def test_it_hands_the_classification_back_to_the_title(alice: User) -> None:
    contact = contact_create(owner=alice, name="Per Holm", title="CFO", seniority="entry")
    contact_update(contact, classify_from_title=True)
    contact.refresh_from_db()
    assert (contact.seniority, contact.classification_manual) == ("c_level", False)
