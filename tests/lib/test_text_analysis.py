"""Stems, compounds, needs and the concept vocabulary: the ask's framework-free reading of text."""

from __future__ import annotations

import pytest

from nettverk.lib import ask_words
from nettverk.lib.concepts import ancestors, concepts_by_id, find_concepts, needs_decision_maker
from nettverk.lib.text_analysis import separate_needs, split_compound, tokens
from nettverk.lib.vocabulary import all_concepts


def _concepts(text: str) -> set[str]:
    return {hit.concept for hit in find_concepts(tokens(text))}


@pytest.mark.parametrize(("word", "parts"), [
    ("dataskyddsjurist", ("dataskydd", "jurist")),
    ("personvernrådgiver", ("personvern", "rådgiver")),
    ("upphandlingskonsult", ("upphandling", "konsult")),
    ("styrelsekraft", ("styrelse",)),  # a known front before an unknown head
    ("solglasögon", ()),  # "sol" alone is too short to be a component
])
def test_it_splits_nordic_compounds(word: str, parts: tuple[str, ...]) -> None:
    assert split_compound(word) == parts


@pytest.mark.parametrize(("text", "concept"), [
    ("Dataskyddsjurist", "privacy"),
    ("Personvernrådgiver", "privacy"),
    ("GDPR", "privacy"),
    ("Kjøp og salg av bedrifter", "mna"),  # a phrase across function words
    ("Vi må si opp ansatte", "employment_law"),  # a phrase of function words only
    ("momsen", "vat"),  # a short stem is no stem: "moms" stays itself
    ("IT-systemene", "it"),  # "IT" in capitals is no stopword
    ("Sources electronics in Shenzhen", "china"),
])
def test_it_finds_concepts_in_all_three_languages(text: str, concept: str) -> None:
    assert concept in _concepts(text)


@pytest.mark.parametrize(("text", "concept"), [
    ("intellectual property", "real_estate"),  # a phrase wins over another concept's word
    ("sell my company", "sales"),
    ("Trener håndball for jentelaget", "warehousing"),  # "laget" is not "lager"
    ("Energy Engineer. Greenwatt", "renewables"),  # no phrase across a sentence break
    ("it is what it is", "it"),
    ("Brother-in-law of Mats", "law"),
])
def test_it_avoids_false_friends(text: str, concept: str) -> None:
    assert concept not in _concepts(text)


def test_it_separates_needs_and_meetings_from_expertise() -> None:
    assert separate_needs("Chef; wants to open a second restaurant.") == (
        "Chef", "wants to open a second restaurant")
    assert separate_needs("Träffades på bokmässan.") == ("", "")
    assert separate_needs("Did feasibility studies for wind farms.")[0].startswith("Did")
    assert separate_needs("Studies Finnish literature.") == ("", "Studies Finnish literature")


def test_it_tells_when_a_problem_needs_a_decision_maker() -> None:
    assert needs_decision_maker(tokens("Who approves the budget?"))
    assert needs_decision_maker(tokens("Vi vil møte en beslutningstaker"))
    assert needs_decision_maker(tokens("Introduce me to a CFO"))
    assert not needs_decision_maker(tokens("We need investors"))


def test_the_vocabulary_is_broad_and_sound() -> None:
    concepts = all_concepts()
    ids = [c.id for c in concepts]
    assert len(concepts) >= 150
    assert len(ids) == len(set(ids))
    for concept in concepts:
        assert concept.en and concept.sv and concept.nb, concept.id
        assert all(parent in concepts_by_id() for parent in concept.parents), concept.id
        assert concept.id not in ancestors(concept.id), concept.id
        for term in (*concept.en, *concept.sv, *concept.nb):
            assert term.lower() not in ask_words.STOPWORDS or term.isupper(), (concept.id, term)


def test_every_term_finds_its_own_concept() -> None:
    """A term that the analysis cannot read back (a stopword, a bad split) would never match."""
    for concept in all_concepts():
        for term in (*concept.en, *concept.sv, *concept.nb):
            assert concept.id in _concepts(term), (concept.id, term)
