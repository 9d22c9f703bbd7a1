"""How many, and of what: the target count and the measure of a goal sentence.

The count is a number (digits, or a number word of the sentence's language, or "a couple of")
in front of a noun phrase: "3 nye", "to nye økonomidirektører", "minst en ekonomichef". Words
that double as articles ("en", "a") count only right before a person. Norwegian "to" is two;
English "to" is a preposition, so the language decides.

The measure comes from the verb or noun that governs the count:

- a counted noun right after the count wins: "2 meetings", "3 introduksjoner";
- else the nearest measure word before the count: "get introduced to" → introductions, "meet"
  → meetings, "get to know"/"hitta" → new_contacts, "keep in touch" → interactions;
- people described as new ("meet 4 new directors") are new contacts unless introductions or
  counted meetings are what is counted;
- nothing said: new_contacts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from nettverk.lib import goal_words as gw
from nettverk.lib.goal_text import Span, Token, overlaps
from nettverk.lib.titles import function_of_word, seniority_of_word

MAX_TARGET = 100_000

_DIGITS_RE = re.compile(r"(\d{1,6})(?:[-\u2013]\d{1,6})?\+?")
_PERCENT = frozenset({"%", "percent", "prosent", "procent", "pct"})


@dataclass(frozen=True)
class Count:
    """The target and the tokens that say it."""

    value: int
    first: int  # index of its first token
    last: int  # index of its last token


def find_target(tokens: Sequence[Token], active: Sequence[bool], lang: str) -> Count | None:
    """The first count in front of a noun phrase, among the active tokens."""
    for i in range(len(tokens)):
        if not active[i]:
            continue
        value, width, weak = _number_at(tokens, i, lang)
        if value and 0 < value <= MAX_TARGET and _counts_something(tokens, active, i + width,
                                                                    weak):
            return Count(value, i, i + width - 1)
    return None


def _number_at(tokens: Sequence[Token], i: int, lang: str) -> tuple[int | None, int, bool]:
    """(value, tokens used, whether it could be an article) for a number starting at i."""
    for size in (3, 2):
        phrase = " ".join(t.low for t in tokens[i:i + size])
        if phrase in gw.NUMBER_PHRASES:
            return gw.NUMBER_PHRASES[phrase], size, False
    low = tokens[i].low
    digits = _DIGITS_RE.fullmatch(low)
    if digits:
        value = int(digits.group(1))
        return (None, 1, False) if 1900 <= value <= 2100 and len(low) == 4 else (value, 1, False)
    words = {**gw.NUMBERS["en"], **gw.NUMBERS[lang]} if lang != "en" else gw.NUMBERS["en"]
    if low in words:
        return words[low], 1, low in gw.ARTICLES
    if lang == "en" and low in ("a", "an"):
        return 1, 1, True
    return None, 1, False


def _counts_something(tokens: Sequence[Token], active: Sequence[bool], j: int,
                      weak: bool) -> bool:
    """Whether the words after a number make it a count: a noun, maybe after "new"."""
    while j < len(tokens) and active[j] and tokens[j].low in gw.COUNT_ADJECTIVES:
        j += 1
    if j >= len(tokens) or not active[j]:
        return not weak and j < len(tokens)
    low = tokens[j].low
    if low in _PERCENT:
        return False
    if _is_person(low) or _MEASURE_NOUN_RE.fullmatch(low):
        return True
    return not weak and low not in gw.GRAMMAR_WORDS


def _is_person(low: str) -> bool:
    return (low in gw.PEOPLE or low in gw.ANAPHORS or low in gw.DECISION_WORDS
            or low.replace("-", "") in gw.DECISION_WORDS
            or function_of_word(low) is not None or seniority_of_word(low) is not None)


_MEASURE_NOUN_RE = re.compile(
    r"meetings?|møter|møtene|möten|mötena|möte|møte|lunch(?:es)?|lunsjer|lunsj|coffees?|kaffe|"
    r"fika|samtaler|samtal|introductions?|intros?|introduksjoner|introduksjon|introduktioner|"
    r"introduktion|times|ganger|gånger|touchpoints?|interactions?|calls?"
)
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (measure, re.compile(pattern)) for measure, pattern in (
        ("introductions",
         r"\b(?:introduc\w*|introduks\w*|introdus\w*|introdukt\w*|intros?|warm\s+intros?|"
         r"presentert\s+for|presenterad\s+för|presenterade\s+för)\b"),
        ("meetings",
         r"\b(?:meet|meeting|meetings|møte|møter|møtes|møt|treffe|treff|träffa|träffar|träff|"
         r"möta|möt|möten|mötas|lunch|lunsj|fika|coffee|kaffe|sit\s+down\s+with)\b"),
        ("new_contacts",
         r"\b(?:get(?:ting)?\s+to\s+know|bli\s+kjent|bli\s+kjend|lära\s+känna|lär\s+känna|"
         r"lære\s+å\s+kjenne|connect(?:ing)?\s+with|find|finne|finn|hitta|recruit\w*|rekrutt\w*|"
         r"rekryt\w*|hire|hiring|ansette|anställa|add|legge\s+til|lägga\s+till|"
         r"new\s+contacts|new\s+connections|nye\s+kontakter|nya\s+kontakter|expand|utvide|"
         r"utöka|network\s+with|knytte\s+kontakt\w*|knyta\s+kontakt\w*|skaffe|skaffa|befriend|"
         r"build\s+relationships?\s+with|bygge\s+relasjoner?\s+med|bygga\s+relationer?\s+med)\b"),
        ("interactions",
         r"\b(?:keep\s+in\s+touch|stay\s+in\s+touch|keep\s+up\s+with|stay\s+in\s+contact|"
         r"keep\s+contact|holde?\s+kontakt(?:en)?|håll(?:a)?\s+kontakt(?:en)?|contact|contacts|"
         r"kontakte|kontakta|kontakt\s+med|in\s+contact|i\s+kontakt|reach\s+out|follow\s+up|"
         r"følge\s+opp|följa\s+upp|touch\s*points?|interact\w*|samhandl\w*|call|calls|ringe|"
         r"ringa|talk\s+to|snakke\s+med|prata\s+med|engage|engasjere|involve|involvere|"
         r"involvera|check\s+in|nurture|pleie|vedlikeholde|underhålla|maintain|reconnect|"
         r"catch\s+up|gjenoppta|återknyta|återuppta|ta\s+opp\s+igjen)\b"),
    )
)


@dataclass(frozen=True)
class _Cue:
    start: int
    measure: str


def find_measure(low: str, tokens: Sequence[Token], active: Sequence[bool],
                 excluded: Sequence[Span], count: Count | None) -> str:
    """The measure the goal counts; see the module docstring for the rules."""
    cues = [_Cue(m.start(), measure) for measure, pattern in _CUES
            for m in pattern.finditer(low) if not overlaps(m.span(), excluded)]
    cues.sort(key=lambda c: c.start)
    counted = _counted_noun(tokens, active, count)
    if counted:
        return counted
    at = tokens[count.first].start if count else len(low)
    before = [c for c in cues if c.start < at]
    cue = before[-1] if before else (cues[0] if cues else None)
    if cue is None:
        return "new_contacts"
    if cue.measure in ("meetings", "interactions") and _says_new(tokens, active, cue.start):
        return "new_contacts"
    return cue.measure


def _counted_noun(tokens: Sequence[Token], active: Sequence[bool], count: Count | None) -> str:
    """ "2 meetings", "3 introduksjoner": the noun right after the count says what is counted."""
    if count is None:
        return ""
    for token, on in zip(tokens[count.last + 1:count.last + 4],
                         active[count.last + 1:count.last + 4], strict=False):
        if not on:
            break
        if _MEASURE_NOUN_RE.fullmatch(token.low) and token.low not in ("times", "ganger",
                                                                          "gånger"):
            return "introductions" if token.low.startswith("intro") else (
                "interactions" if token.low.startswith(("touch", "inter", "call")) else "meetings")
        if token.low not in gw.COUNT_ADJECTIVES:
            break
    return ""


def _says_new(tokens: Sequence[Token], active: Sequence[bool], after: int) -> bool:
    return any(on and t.start >= after and t.low in gw.NEW_WORDS
               for t, on in zip(tokens, active, strict=True))
