"""The shared evaluation network and the held-out one: recall@5 and MRR as score.py counts them."""

from __future__ import annotations

import pytest

from nettverk.accounts.models import User
from nettverk.ask.services import ask
from tests.ask import heldout
from tests.ask.helpers import EVAL_DIR, eval_queries, load_people, load_vcards, score

pytestmark = pytest.mark.skipif(not EVAL_DIR.exists(), reason=f"no eval set at {EVAL_DIR}")


def _ranked(owner: User, queries: list[tuple[str, list[str]]]) -> list[list[str]]:
    return [[h.contact.name for h in ask(owner, q, limit=5).helpers] for q, _ in queries]


def test_it_finds_the_helpers_of_the_shared_eval(alice: User) -> None:
    """GIVEN the eval network imported WHEN each query is asked THEN the helpers rank on top."""
    load_vcards(alice, EVAL_DIR / "network.vcf")
    queries = eval_queries()
    result = score(_ranked(alice, queries), queries)
    assert result.recall >= 0.85, result.misses
    assert result.mrr >= 0.7, result.misses


def test_it_generalises_to_the_held_out_domains(alice: User) -> None:
    """Tax, export, cloud, recruiting, tenders, patents, layoffs, investors, security, audit."""
    load_people(alice, heldout.NETWORK)
    queries = list(heldout.QUERIES)
    result = score(_ranked(alice, queries), queries)
    assert result.recall >= 0.85, result.misses
    assert result.mrr >= 0.7, result.misses
