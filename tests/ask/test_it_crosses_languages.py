"""A problem in one language finds expertise written in another, in every direction."""

from __future__ import annotations

import pytest

from nettverk.accounts.models import User
from nettverk.ask.services import ask
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_create


def _names(owner: User, problem: str) -> list[str]:
    return [h.contact.name for h in ask(owner, problem, limit=5).helpers]


def test_it_finds_nordic_privacy_experts_for_an_english_gdpr_problem(
    alice: User, privacy_experts: dict[str, Contact]
) -> None:
    names = _names(alice, "We need to make our customer database GDPR compliant")
    assert names[:2] == ["Sven Lind", "Kari Moe"] or names[:2] == ["Kari Moe", "Sven Lind"]
    assert "Ola Salg" not in names


@pytest.mark.parametrize(("problem", "expected"), [
    ("Hvem kan hjelpe oss med skatt og merverdiavgift?", "Emma Tax"),  # nb → en
    ("Hur kommer vi in på den tyska marknaden?", "Jonas Export"),  # sv → en
    ("We need a bank loan for new machines", "Anders Bank"),  # en → nb
    ("Vi söker riskkapital till vårt bolag", "Ingvild Fond"),  # sv → nb
    ("Trenger revisor til årsregnskapet", "Gustav Revisor"),  # nb → sv
    ("Who can help us with public procurement?", "Anna Anbud"),  # en → sv
])
def test_it_matches_across_languages(alice: User, problem: str, expected: str) -> None:
    for name, title, expertise in [
        ("Emma Tax", "Tax Advisor", "VAT registration and transfer pricing."),
        ("Jonas Export", "Export Manager", "Built the sales channel to German distributors."),
        ("Anders Bank", "Bedriftsrådgiver", "Gir lån og kassakreditt til små bedrifter."),
        ("Ingvild Fond", "Investeringsdirektør", "Såkornfond som investerer i oppstartsselskaper."),
        ("Gustav Revisor", "Auktoriserad revisor", "Granskar årsredovisningar."),
        ("Anna Anbud", "Upphandlingskonsult", "Skriver anbud enligt LOU."),
        ("Per Plain", "Snickare", "Bygger kök."),
    ]:
        contact_create(owner=alice, name=name, title=title, expertise=expertise)
    assert _names(alice, problem)[0] == expected


def test_it_gives_the_concept_behind_a_cross_language_match(
    alice: User, privacy_experts: dict[str, Contact]
) -> None:
    helpers = ask(alice, "Who knows GDPR?").helpers
    sven = next(h for h in helpers if h.contact.name == "Sven Lind")
    assert "title: Dataskydd ≈ GDPR" in sven.reasons
