"""A problem in plain words, read as weighted groups of index tokens.

    "We need a bank loan to buy new machines"
    → concept loans (1.0), concept machinery (1.0), broader funding/banking/... (0.3),
      the words "bank", "loan" (covered by a concept: 0.25) and "buy" (0.8)

A broad concept next to a specific one is the problem's context, not its subject, and weighs
less: in "VAT on sales to other EU countries" the subject is VAT.

A group matches a document when any of its tokens is there: a concept token stands for all its
terms in all three languages (the query is expanded by the vocabulary), a word group for the
word's stems. Words a concept already covers count little on their own, so a contact who wrote
"lån" is not far behind one who wrote "loan".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from nettverk.ask.documents import concept_token
from nettverk.lib.concepts import (
    ancestors,
    decision_cues,
    find_concepts,
    is_general,
    needs_decision_maker,
)
from nettverk.lib.text_analysis import tokens

MAX_QUERY_CHARS = 1000  # a problem is a sentence or two; this keeps pasted essays cheap
CONCEPT_WEIGHT = 1.0
GENERAL_WEIGHT = 0.6  # a broad concept beside a specific one is context: "VAT on *sales*"
BROADER_WEIGHT = 0.3
WORD_WEIGHT = 0.8
PART_WEIGHT = 0.5  # a component of a compound in the question
COVERED_WEIGHT = 0.25  # a word inside a concept's match

GroupKind = Literal["concept", "broader", "word"]


@dataclass(frozen=True, eq=False)  # hashed by identity: each question makes its groups once
class Group:
    tokens: tuple[str, ...]
    weight: float
    kind: GroupKind
    label: str  # the concept id, or the word as written


@dataclass(frozen=True)
class Question:
    text: str
    groups: tuple[Group, ...]
    concepts: tuple[str, ...]  # the problem's own concepts, in order of appearance
    decision: bool  # the problem wants someone who decides

    @property
    def empty(self) -> bool:
        return not self.groups


def read_question(text: str) -> Question:
    text = " ".join(text.split())[:MAX_QUERY_CHARS]
    stream = tokens(text)
    # "who approves the budget" asks for a decision-maker; it is not a topic to find.
    asking = {p for hit in decision_cues(stream) for p in hit.positions}
    hits = [hit for hit in find_concepts(stream) if not asking & set(hit.positions)]
    concepts = tuple(dict.fromkeys(hit.concept for hit in hits))
    covered = {p for hit in hits for p in hit.positions} | asking
    groups: dict[tuple[str, ...], Group] = {}
    specific = any(not is_general(c) for c in concepts)
    for concept in concepts:
        weight = GENERAL_WEIGHT if specific and is_general(concept) else CONCEPT_WEIGHT
        _add(groups, Group((concept_token(concept),), weight, "concept", concept))
    for concept in concepts:
        for broader in ancestors(concept):
            if broader not in concepts:
                _add(groups, Group((concept_token(broader),), BROADER_WEIGHT, "broader", broader))
    for position, token in enumerate(stream):
        if token.stop or position in asking:
            continue
        weight = COVERED_WEIGHT if position in covered else (
            PART_WEIGHT if token.part else WORD_WEIGHT)
        _add(groups, Group(tuple(sorted(token.stems)), weight, "word", token.word))
    return Question(text, tuple(groups.values()), concepts, needs_decision_maker(stream))


def _add(groups: dict[tuple[str, ...], Group], group: Group) -> None:
    """One group per set of tokens, the heaviest: a word's stem may also be a concept's."""
    if group.tokens not in groups or groups[group.tokens].weight < group.weight:
        groups[group.tokens] = group
