"""Reasons say why (expertise ≈ concept, a strong tie, who introduced them, decision-maker),
and reach reorders people who fit equally well."""

from __future__ import annotations

from datetime import date, timedelta

from nettverk.accounts.models import User
from nettverk.ask.services import ask
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_create
from nettverk.interactions.services import interaction_log

TODAY = date(2026, 6, 1)


def _two_tax_advisors(alice: User) -> tuple[Contact, Contact]:
    per = contact_create(owner=alice, name="Per Intro", title="Konsult")
    stranger = contact_create(owner=alice, name="Stina Skatt", title="Skatterådgivare")
    friend = contact_create(owner=alice, name="Frida Skatt", title="Skatterådgivare",
                            introduced_by=per)
    return stranger, friend


def test_it_prefers_the_stronger_tie_among_equals(alice: User) -> None:
    _stranger, friend = _two_tax_advisors(alice)
    for weeks in (2, 10, 20, 30):
        interaction_log(owner=alice, contacts=[friend], kind="meeting",
                        occurred_on=TODAY - timedelta(weeks=weeks))
    Contact.objects.filter(pk=friend.pk).update(strength=75)
    helpers = ask(alice, "Who can help with corporate tax?", today=TODAY).helpers
    assert [h.contact.name for h in helpers] == ["Frida Skatt", "Stina Skatt"]
    reasons = helpers[0].reasons
    assert "title: Skatterådgivare ≈ tax" in reasons
    assert "strong tie: 4 meetings this year" in reasons
    assert "introduced by Per Intro" in reasons
    assert "last contact 14 days ago" in reasons
    assert "no interactions logged yet" in helpers[1].reasons


def test_it_favours_a_decision_maker_when_the_problem_needs_one(alice: User) -> None:
    contact_create(owner=alice, name="Ivar IT", title="IT Consultant",
                   expertise="Cloud migration to Azure.")
    contact_create(owner=alice, name="Cecilie CIO", title="CIO",
                   expertise="Cloud migration to Azure.")
    helpers = ask(alice, "Who approves the budget for our cloud migration?").helpers
    assert helpers[0].contact.name == "Cecilie CIO"
    assert "decision-maker" in helpers[0].reasons


def test_it_speaks_the_users_language(alice: User) -> None:
    from django.utils import translation

    contact_create(owner=alice, name="Kari Moe", title="Personvernrådgiver")
    with translation.override("sv"):
        reasons = ask(alice, "GDPR").helpers[0].reasons
    assert any("≈ dataskydd" in r for r in reasons), reasons
