"""Likely duplicates are listed with reasons and a score, never merged on their own."""

from __future__ import annotations

import json

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_create
from nettverk.dedupe.candidates import duplicate_candidates, person
from nettverk.dedupe.services import dismiss_pair, duplicate_pairs
from tests.conftest import Cli

from .pipeline import import_text

LARS_CARD = "BEGIN:VCARD\nFN:Lars Bergstrom\nORG:Nordbanken\nEND:VCARD\n"


def test_it_finds_lars_written_two_ways_and_merges_nothing(alice: User) -> None:
    """GIVEN "Lars Bergström" with lars.bergstrom@… and "Lars Bergstrom" at Nordbanken WHEN they
    arrive THEN the import calls one a suspected duplicate, dedupe lists the pair, both stay."""
    contact_create(owner=alice, name="Lars Bergström", emails=["lars.bergstrom@example.se"])
    result = import_text(alice, LARS_CARD)
    assert (result.new, result.suspected) == (1, 1)
    (pair,) = duplicate_pairs(alice)
    assert {pair["first"]["name"], pair["second"]["name"]} == {"Lars Bergström", "Lars Bergstrom"}
    assert pair["score"] >= 0.9
    assert "same name apart from accents or case" in pair["reasons"]
    assert "lars.bergstrom@example.se spells the other's name" in pair["reasons"]
    assert Contact.objects.owned_by(alice).count() == 2


def test_the_same_organization_counts_despite_its_legal_form(alice: User) -> None:
    contact_create(owner=alice, name="Lars Bergström", organization="Nordbanken AB")
    import_text(alice, LARS_CARD)
    (pair,) = duplicate_pairs(alice)
    assert "both at Nordbanken AB" in pair["reasons"]


def test_namesakes_at_two_companies_score_lower_than_one_at_the_same(alice: User) -> None:
    erik = person(1, "Erik Dahl", "Bygg AS")
    same = duplicate_candidates([erik, person(2, "Erik Dahl", "Bygg")])
    apart = duplicate_candidates([erik, person(2, "Erik Dahl", "Kyst")])
    assert same[0].score > apart[0].score


def test_different_people_are_not_suggested(alice: User) -> None:
    people = [person(1, "Lars Bergström"), person(2, "Lisa Bergström"), person(3, "Per Moe"),
              person(4, "john.doe@company.com"), person(5, "jane.doe@company.com")]
    assert duplicate_candidates(people) == []


def test_an_email_that_spells_the_name_lifts_a_nickname_over_the_threshold() -> None:
    kalle = person(1, "Kalle Anka", emails=["karl.anka@example.se"], given="Kalle", family="Anka")
    karl = person(2, "Karl Anka", given="Karl", family="Anka")
    (pair,) = duplicate_candidates([kalle, karl])
    assert pair.reasons == ("similar names (67%)", "karl.anka@example.se spells the other's name")
    assert duplicate_candidates([person(1, "Kalle Anka", given="Kalle", family="Anka"), karl]) == []


def test_an_initial_matches_the_name_it_starts() -> None:
    (pair,) = duplicate_candidates([person(1, "L. Bergström", given="L.", family="Bergström"),
                                    person(2, "Lars Bergstrom", given="Lars", family="Bergstrom")])
    assert pair.reasons == ("similar names (90%)",)


def test_blocking_keeps_a_big_crowd_of_namesakes_cheap() -> None:
    """5,000 people with one name: compared with a bounded number of neighbours each, not all."""
    crowd = [person(i, "Anna Berg", f"Firma {i}") for i in range(5000)]
    found = duplicate_candidates(crowd)
    assert 0 < len(found) <= 5000 * 8


def test_a_dismissed_pair_is_not_suggested_again(alice: User) -> None:
    first = contact_create(owner=alice, name="Lars Bergström", emails=["lars.bergstrom@example.se"])
    import_text(alice, LARS_CARD)
    second = Contact.objects.get(name="Lars Bergstrom")
    dismiss_pair(alice, second, first)
    assert duplicate_pairs(alice) == []
    assert import_text(alice, LARS_CARD).new == 0  # a name at an organization finds him again


def test_the_cli_lists_pairs_as_json(cli: Cli) -> None:
    cli("contact", "add", "Lars Bergström", "--email", "lars.bergstrom@example.se")
    cli("contact", "add", "Lars Bergstrom", "--org", "Nordbanken")
    result = cli("dedupe", "--json")
    assert result.returncode == 0, result.stderr
    (pair,) = json.loads(result.stdout)
    assert pair["first"]["name"] == "Lars Bergström" and pair["second"]["organization"] == (
        "Nordbanken")
    merged = cli("merge", str(pair["first"]["id"]), str(pair["second"]["id"]), "--json")
    assert merged.returncode == 0, merged.stderr
    assert json.loads(merged.stdout)["organization"] == "Nordbanken"
    assert json.loads(cli("dedupe", "--json").stdout) == []
