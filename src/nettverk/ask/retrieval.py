"""How well each contact fits a question: candidates from the full-text index, BM25F in Python.

1. The owner's document frequencies for the question's tokens come from `AskTerm`, one query.
2. Candidates: the question's tokens, rarest (per weight) first, are added to one OR query for
   as long as their document counts fit `CANDIDATES`. A token in most documents never drives
   the search (the issue measured 7 ms for a rare FTS5 term and 322 ms for one in most rows),
   but it still counts in the score of the candidates the rarer tokens found.
3. Each candidate is scored with BM25F over its stored fields: a group's term frequency is the
   weighted sum over fields of its best token's count, saturated with k1, length-normalised
   with b, times the group's weight and inverse document frequency. Scoring in Python on our own
   statistics makes SQLite and PostgreSQL rank identically.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from nettverk.accounts.models import User
from nettverk.ask import fulltext, sql
from nettverk.ask.documents import FIELD_WEIGHTS, HELPER_FIELDS
from nettverk.ask.index import DOCS, LENGTH, VERSION
from nettverk.ask.query import Group, Question

CANDIDATES = 160
K1, B = 1.2, 0.75
# Coverage reads inverse document frequencies as if the network had at least this many
# contacts: in a network of five, a word everybody has would otherwise count for nothing.
COVERAGE_MIN_DOCS = 100


@dataclass(frozen=True)
class Stats:
    docs: int
    avg_length: float
    df: dict[str, int]
    version: int | None = None  # of the analysis that built the index

    def group_df(self, group: Group) -> int:
        # The documents holding any of a group's tokens: at least the largest single count.
        return max(self.df.get(t, 0) for t in group.tokens)

    def idf(self, group: Group, *, min_docs: int = 0) -> float:
        df = self.group_df(group)
        docs = max(self.docs, min_docs)
        return math.log(1 + (docs - df + 0.5) / (df + 0.5))


@dataclass
class Fit:
    """A candidate's fit: BM25F score, the share of the question it covers, and where."""

    contact_id: int
    score: float = 0.0
    coverage: float = 0.0
    matched: dict[Group, str] = field(default_factory=dict)  # group → the field it was best in


def load_stats(owner: User, question: Question) -> Stats:
    terms = {t for g in question.groups for t in g.tokens} | {DOCS, LENGTH, VERSION}
    rows = sql.term_counts(owner.pk, sorted(terms))
    docs = max(rows.pop(DOCS, 0), 0)
    length = rows.pop(LENGTH, 0)
    return Stats(docs, length / docs if docs else 1.0, rows, rows.pop(VERSION, None))


def candidates(owner: User, question: Question, stats: Stats) -> list[tuple[Any, ...]]:
    """Documents holding the question's rarer tokens, at most `CANDIDATES` of them."""
    weight = {t: g.weight for g in question.groups for t in g.tokens}
    present = sorted((t for t in weight if stats.df.get(t, 0) > 0),
                     key=lambda t: stats.df[t] / weight[t])
    chosen: list[str] = []
    total = 0
    for term in present:
        if chosen and total + stats.df[term] > CANDIDATES:
            break
        chosen.append(term)
        total += stats.df[term]
    return fulltext.match_documents(owner.pk, chosen, CANDIDATES)


def score_candidates(question: Question, stats: Stats,
                     documents: list[tuple[Any, ...]]) -> list[Fit]:
    """Fits of the candidates that match anything, best first."""
    mass = {g: g.weight * stats.idf(g, min_docs=COVERAGE_MIN_DOCS) for g in question.groups}
    total = sum(mass.values()) or 1.0
    idf = {g: g.weight * stats.idf(g) for g in question.groups}
    groups_of: dict[str, list[Group]] = {}
    for group in question.groups:
        for token in group.tokens:
            groups_of.setdefault(token, []).append(group)
    fits = []
    for pk, length, *fields in documents:
        fit = _score(pk, length, _best_counts(fields, groups_of), idf, stats.avg_length)
        if fit.score > 0:
            fit.coverage = sum(mass[g] for g in fit.matched) / total
            fits.append(fit)
    fits.sort(key=lambda f: (-f.score, f.contact_id))
    return fits


def _best_counts(fields: list[str],
                 groups_of: dict[str, list[Group]]) -> dict[Group, dict[str, int]]:
    """For each group a document touches, per field (in `HELPER_FIELDS` order) the count of
    its most frequent token there. Set intersection finds the few tokens present in C; only
    those are counted, and only the groups they belong to are visited."""
    best: dict[Group, dict[str, int]] = {}
    wanted = groups_of.keys()
    for name, text in zip(HELPER_FIELDS, fields, strict=True):
        if not text:
            continue
        words = text.split()
        for token in wanted & words:
            count = words.count(token)
            for group in groups_of[token]:
                counts = best.setdefault(group, {})
                if count > counts.get(name, 0):
                    counts[name] = count
    return best


def _score(pk: int, length: int, best: dict[Group, dict[str, int]], idf: dict[Group, float],
           avg_length: float) -> Fit:
    """BM25F of one document over the groups it touches, each with weight times idf."""
    norm = K1 * (1 - B + B * length / avg_length)
    fit = Fit(pk)
    for group, counts in best.items():
        tf, top, field = 0.0, 0.0, ""
        for name, count in counts.items():  # in field order: the earlier field wins a tie
            weighted = FIELD_WEIGHTS[name] * count
            tf += weighted
            if weighted > top:
                top, field = weighted, name
        fit.score += idf[group] * tf * (K1 + 1) / (tf + norm)
        fit.matched[group] = field  # where the group weighs most
    return fit
