"""A token in most documents never drives the full-text query, but still counts in the score."""

from __future__ import annotations

from typing import Any

import pytest

from nettverk.accounts.models import User
from nettverk.ask import fulltext, retrieval
from nettverk.ask.query import read_question
from nettverk.ask.services import ask
from nettverk.contacts.services import contact_create
from tests.ask.helpers import load_people


def test_it_searches_with_the_rare_tokens_only(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = [{"name": f"Seller {i}", "title": "Sales Manager"} for i in range(30)]
    load_people(alice, [*people, {"name": "Vera VAT", "title": "Sales Manager",
                                  "expertise": "VAT registration for exporters."}])
    ask(alice, "warm up the index")
    searched: list[list[str]] = []
    real = fulltext.match_documents

    def spy(owner_id: int, terms: list[str], limit: int) -> list[tuple[Any, ...]]:
        searched.append(list(terms))
        return real(owner_id, terms, limit)

    monkeypatch.setattr(retrieval, "CANDIDATES", 10)
    monkeypatch.setattr(retrieval.fulltext, "match_documents", spy)
    question = read_question("VAT on our sales")
    found = retrieval.candidates(alice, question, retrieval.load_stats(alice, question))
    assert "c_vat" in searched[0] and "c_sales" not in searched[0]
    assert len(found) == 1
    monkeypatch.undo()
    assert ask(alice, "VAT on our sales").helpers[0].contact.name == "Vera VAT"


def test_it_survives_a_question_of_only_common_words(alice: User) -> None:
    for i in range(5):
        contact_create(owner=alice, name=f"Seller {i}", title="Sales Manager")
    assert len(ask(alice, "sales", limit=3).helpers) == 3
    assert ask(alice, "the and of").helpers == []
