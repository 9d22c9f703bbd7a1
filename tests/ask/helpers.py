"""Networks for the ask's tests and benchmark: the shared eval, the held-out one, scoring."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nettverk.accounts.models import User
from nettverk.ask.index import deferred_indexing
from nettverk.contacts.services import contact_create
from nettverk.imports.formats import parse_vcards
from tests.conftest import shared_dir

EVAL_DIR = shared_dir() / "eval" / "ask"


def load_vcards(owner: User, path: Path) -> int:
    """The cards as an importer stores them: NOTE in notes, CATEGORIES as tags."""
    records = parse_vcards(path.read_text(encoding="utf-8"), file=path.name)
    with deferred_indexing():
        for record in records:
            contact_create(owner=owner, name=record.name, title=record.title,
                           organization=record.organization, notes=record.notes,
                           tags=record.tags)
    return len(records)


def load_people(owner: User, people: Iterable[dict[str, Any]]) -> None:
    with deferred_indexing():
        for person in people:
            contact_create(owner=owner, **person)


def eval_queries() -> list[tuple[str, list[str]]]:
    rows = json.loads((EVAL_DIR / "queries.json").read_text(encoding="utf-8"))
    return [(row["query"], row["helpers"]) for row in rows]


@dataclass
class Score:
    recall: float
    mrr: float
    misses: list[str]


def score(ranked: Sequence[Sequence[str]], queries: Sequence[tuple[str, list[str]]]) -> Score:
    """Recall@5 (over min(len(wanted), 5)) and MRR, exactly as shared/eval/score.py counts."""
    recall = mrr = 0.0
    misses = []
    for names, (query, wanted) in zip(ranked, queries, strict=True):
        top = list(names)[:5]
        hits = [n for n in top if n in wanted]
        recall += len(hits) / min(len(wanted), 5)
        mrr += next((1 / (i + 1) for i, n in enumerate(top) if n in wanted), 0.0)
        if len(hits) < len(wanted):
            misses.append(f"{query[:50]}: {len(hits)}/{len(wanted)} {top}")
    return Score(recall / len(queries), mrr / len(queries), misses)
