"""Parse a networking goal written as a sentence (English, Swedish, Norwegian Bokmål).

    >>> goal = parse_goal("Meet 4 new marketing directors every month this quarter",
    ...                   today=date(2026, 5, 3))
    >>> goal.measure, goal.target, goal.cadence, goal.start.isoformat(), goal.segment.functions
    ('new_contacts', 4, 'month', '2026-04-01', ('marketing',))

A small grammar over the normalised sentence, in this order, each part taking its words out of
what the next part sees:

1. the period phrase ("hele neste kvartal", "by end of June") — `goal_periods`;
2. the cadence phrase ("every week", "i veckan", "månedlig") — `goal_periods`;
3. the why clause ("for å oppnå mersalg", "…, så jeg skal …") — `goal_purpose`;
4. the count in front of a noun phrase ("minst to nye") — `goal_counts`;
5. the segment noun phrases ("beslutningstakere innenfor økonomi og regnskap") —
   `goal_segments`; when the main clause only refers back ("2 slike"), the why clause's;
6. the measure from the verb that governs the count — `goal_counts`.

Then the clarity check (`missing`: segment, target, period) and, when something lacks, a
sharper rewrite in the sentence's language (`goal_suggest`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from nettverk.lib import goal_words as gw
from nettverk.lib.goal_counts import Count, find_measure, find_target
from nettverk.lib.goal_periods import Window, find_cadence, find_period
from nettverk.lib.goal_purpose import Purpose, find_purpose
from nettverk.lib.goal_segments import find_segment
from nettverk.lib.goal_suggest import suggest
from nettverk.lib.goal_text import (
    Span,
    Token,
    detect_language,
    inside,
    lower,
    normalise,
    overlaps,
    tokenize,
)
from nettverk.lib.goal_types import Draft, ParsedGoal, Segment

__all__ = ["ParsedGoal", "Segment", "parse_goal"]

_RECRUIT_RE = re.compile(r"\b(?:candidates?|kandidat\w*|recruit\w*|rekrut\w*|rekryt\w*|hire|"
                         r"hiring|ansette|anställa)\b")


def parse_goal(text: str, *, today: date) -> ParsedGoal:
    """The structured goal a sentence describes, relative to `today`; never raises."""
    draft = read_goal(text, today=today)
    return replace(draft.goal, suggestion=suggest(draft, lambda s, lang: _complete(s, lang, today)))


def _complete(sentence: str, language: str, today: date) -> bool:
    goal = read_goal(sentence, today=today).goal
    return not goal.missing and goal.language == language


def read_goal(text: str, *, today: date) -> Draft:
    """The goal and the user's words for its parts, without the rewrite."""
    norm = normalise(text)
    low, tokens = lower(norm), tokenize(norm)
    lang = detect_language(tokens)
    window = find_period(norm, low, today)
    phrases = [window.span] if window else []
    cadence = find_cadence(low, phrases)
    phrases += [cadence.span] if cadence else []
    purpose, main, count = _clauses(norm, low, tokens, phrases, lang)
    segment, segment_span = _segment(tokens, main, count, purpose)
    excluded = [*phrases, *([purpose.span] if purpose else [])]
    goal = ParsedGoal(
        text=text.strip(),
        purpose=purpose.text if purpose else " ".join(norm.split()),
        measure=find_measure(low, tokens, main, excluded, count),
        target=count.value * (cadence.per if cadence else 1) if count else None,
        cadence=cadence.code if cadence else "period",
        start=window.start if window else None,
        end=window.end if window else None,
        segment=segment,
        missing=_missing(segment, count, window),
        suggestion="",
        language=lang,
    )
    return _draft(goal, norm, low, segment_span, excluded, window, purpose)


def _clauses(norm: str, low: str, tokens: list[Token], phrases: list[Span],
             lang: str) -> tuple[Purpose | None, list[bool], Count | None]:
    """The why clause, the main clause's tokens and its count.

    A "why" that holds the only count is the goal itself: "I want to grow my network with 20
    new CFOs" counts CFOs, it does not explain them.
    """
    purpose = find_purpose(norm, low, phrases)
    main = _outside(tokens, phrases, purpose)
    count = find_target(tokens, main, lang)
    if purpose and count is None:
        whole = _outside(tokens, phrases, None)
        count_in_why = find_target(tokens, whole, lang)
        if count_in_why:
            return None, whole, count_in_why
    return purpose, main, count


def _outside(tokens: list[Token], phrases: list[Span], purpose: Purpose | None) -> list[bool]:
    clause = purpose.span if purpose else None
    return [not overlaps((t.start, t.end), phrases) and not inside((t.start, t.end), clause)
            for t in tokens]


def _segment(tokens: list[Token], main: list[bool], count: Count | None,
             purpose: Purpose | None) -> tuple[Segment, Span | None]:
    """The main clause's segment; the why clause's when the main clause says "2 slike"."""
    active = [on and not (count and count.first <= i <= count.last) for i, on in enumerate(main)]
    segment, span = find_segment(tokens, active, after=tokens[count.last].end if count else 0)
    refers_back = any(on and t.low in gw.ANAPHORS for t, on in zip(tokens, main, strict=True))
    if segment.is_empty() and refers_back and purpose:
        why = [inside((t.start, t.end), purpose.span) for t in tokens]
        return find_segment(tokens, why, from_head=True)[0], None
    return segment, span


def _missing(segment: Segment, count: Count | None, window: Window | None) -> tuple[str, ...]:
    lacks = {"segment": segment.is_empty(), "target": count is None, "period": window is None}
    return tuple(part for part, lacking in lacks.items() if lacking)


def _draft(goal: ParsedGoal, norm: str, low: str, segment_span: Span | None,
           excluded: list[Span], window: Window | None, purpose: Purpose | None) -> Draft:
    reusable = segment_span is not None and not overlaps(segment_span, excluded)
    return Draft(
        goal=goal,
        segment_text=norm[segment_span[0]:segment_span[1]] if segment_span and reusable else "",
        period_text=norm[window.span[0]:window.span[1]] if window else "",
        purpose_text=purpose.text if purpose and not purpose.leads else "",
        recruiting=bool(_RECRUIT_RE.search(low)),
    )
