"""Concepts found in text: the vocabulary of `nettverk.lib.vocabulary`, compiled for matching.

    >>> [hit.concept for hit in find_concepts(tokens("Personvernrådgiver"))]
    ['privacy']

A term's words are compared by stem (`text_analysis.stems_of`), so inflections and the three
languages' spellings meet. A phrase matches when its words occur within a short window, in any
order; its function words are required only when it has fewer than two content words ("si opp").
Where a phrase matched, single words of *other* concepts inside it are dropped: "intellectual
property" is IP, not real estate; "sell my company" is M&A, not sales.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from types import MappingProxyType

from nettverk.lib import ask_words
from nettverk.lib.text_analysis import BOUNDARY, Token, tokens
from nettverk.lib.titles import seniority_of_word
from nettverk.lib.vocabulary import Concept, all_concepts

_SLACK = 2  # a phrase of n words may spread over n + _SLACK tokens
# Titles that name someone who decides; "owner" and "board" words ("investor", "partner",
# "styrelse") name the problem's topic more often than the person wanted.
_DECIDING = frozenset({"c_level", "director"})


@dataclass(frozen=True, slots=True)
class _Word:
    stems: frozenset[str]
    stop: bool


@dataclass(frozen=True, slots=True)
class _Term:
    concept: str
    words: tuple[_Word, ...]


@dataclass(frozen=True, slots=True)
class ConceptHit:
    """One occurrence of a concept: which token positions matched, and those words as written."""

    concept: str
    positions: tuple[int, ...]
    words: tuple[str, ...]


class Matcher:
    """Finds the terms of some concepts in token streams."""

    def __init__(self, concepts: Iterable[Concept]) -> None:
        index: dict[str, list[_Term]] = defaultdict(list)
        for concept in concepts:
            for language, texts in (("en", concept.en), ("sv", concept.sv), ("nb", concept.nb)):
                for text in (*texts, *_verb_forms(texts, language)):
                    term = _compile(concept.id, text, language)
                    for stem in term.words[0].stems if term else ():
                        index[stem].append(term)  # type: ignore[arg-type]
        self._index = {stem: tuple(dict.fromkeys(terms)) for stem, terms in index.items()}

    def find(self, stream: Sequence[Token]) -> list[ConceptHit]:
        """Every concept occurrence in `stream`, phrases winning over other concepts' words."""
        found: dict[tuple[str, tuple[int, ...]], ConceptHit] = {}
        for i, token in enumerate(stream):
            for stem in token.stems:
                for term in self._index.get(stem, ()):
                    positions = _match(stream, i, term)
                    if positions and (term.concept, positions) not in found:
                        words = tuple(stream[p].word for p in positions)
                        found[term.concept, positions] = ConceptHit(term.concept, positions, words)
        return _drop_shadowed(list(found.values()))


# Nordic action nouns and their verbs: "försäkring" is found for "försäkra", "rekruttering" for
# "rekruttere". The stemmers leave the noun's -ing on, so the verb is added as a term.
_VERB_ENDINGS = {
    "sv": (("ering", "era"), ("ning", "a"), ("ing", "a")),
    "nb": (("ering", "ere"), ("ning", "e"), ("ing", "e")),
}
_MIN_NOUN = 7  # "boring", "lading": short nouns give verbs that mean something else
# Derived verbs too common in another sense: "trening" → "tree", "ersättning" → "ersätta"
# (replace), "betaling" → "betale" (pay), "lokalisering" → "lokalisera" (locate).
_NOT_VERBS = frozenset({
    "tree", "ladda", "servere", "rapportera", "rapportere", "source", "ersätta", "inkludera",
    "inkludere", "betale", "stäma", "medla", "bevaka", "lokalisera", "lokalisere", "utrusta",
    "tida",
})


def _verb_forms(texts: Iterable[str], language: str) -> list[str]:
    verbs = []
    for text in texts:
        if " " in text or len(text) < _MIN_NOUN:
            continue
        for noun_end, verb_end in _VERB_ENDINGS.get(language, ()):
            verb = text[: -len(noun_end)] + verb_end
            if text.endswith(noun_end):
                if verb not in _NOT_VERBS:
                    verbs.append(verb)
                break
    return verbs


def _compile(concept: str, text: str, language: str) -> _Term | None:
    """A term's required words; None for a lone function word, which would match everywhere."""
    words = tokens(text, language=language)
    content = [t for t in words if not t.stop]
    required = content if len(content) >= 2 else words
    if not required or (all(t.stop for t in required) and len(required) < 2):
        return None
    return _Term(concept, tuple(_Word(t.stems, t.stop) for t in required))


def _fits(token: Token, word: _Word) -> bool:
    """A content word never matches a function word, even one with the same stem elsewhere."""
    return bool(token.stems & word.stems) and (word.stop or not token.stop)


def _match(stream: Sequence[Token], start: int, term: _Term) -> tuple[int, ...] | None:
    if not _fits(stream[start], term.words[0]):
        return None
    if len(term.words) == 1:
        return (start,)
    span = len(term.words) + _SLACK
    low, high = max(0, start - span + 1), min(len(stream), start + span)
    used = [start]
    for word in term.words[1:]:
        at = next((j for j in range(low, high) if j not in used and _fits(stream[j], word)), None)
        if at is None:
            return None
        used.append(at)
    used.sort()
    if used[-1] - used[0] >= span or BOUNDARY in stream[used[0]:used[-1]]:
        return None
    return tuple(used)


def _drop_shadowed(hits: list[ConceptHit]) -> list[ConceptHit]:
    claimed: dict[int, set[str]] = defaultdict(set)
    for hit in hits:
        if len(hit.positions) > 1:
            for position in hit.positions:
                claimed[position].add(hit.concept)
    return [
        hit for hit in hits
        if len(hit.positions) > 1 or not claimed[hit.positions[0]] - {hit.concept}
    ]


@lru_cache(maxsize=1)
def _vocabulary() -> Matcher:
    return Matcher(all_concepts())


@lru_cache(maxsize=1)
def _decision_cues() -> Matcher:
    cues = ask_words.DECISION_CUES
    return Matcher([Concept("decision", "executive", cues, (), ())])


def find_concepts(stream: Sequence[Token]) -> list[ConceptHit]:
    """The vocabulary's concepts in a token stream."""
    return _vocabulary().find(stream)


def decision_cues(stream: Sequence[Token]) -> list[ConceptHit]:
    """Where a problem asks for someone who decides: "who approves the budget", "beslutsfattare"."""
    return _decision_cues().find(stream)


def needs_decision_maker(stream: Sequence[Token]) -> bool:
    """Whether a problem asks for someone who decides: "who approves", "CFO", "styreleder"."""
    if decision_cues(stream):
        return True
    return any(seniority_of_word(t.word) in _DECIDING for t in stream if not t.stop)


@lru_cache(maxsize=1)
def concepts_by_id() -> Mapping[str, Concept]:
    return MappingProxyType({c.id: c for c in all_concepts()})


@cache
def ancestors(concept_id: str) -> tuple[str, ...]:
    """Every broader concept, nearest first, without repeats."""
    found: list[str] = []
    for parent in concepts_by_id()[concept_id].parents:
        for broader in (parent, *ancestors(parent)):
            if broader not in found:
                found.append(broader)
    return tuple(found)


@lru_cache(maxsize=1)
def _general() -> frozenset[str]:
    return frozenset(parent for c in all_concepts() for parent in c.parents)


def is_general(concept_id: str) -> bool:
    """Whether narrower concepts exist below this one ("sales" above "export")."""
    return concept_id in _general()


def concept_label(concept_id: str, language: str) -> str:
    return concepts_by_id()[concept_id].label(language)
