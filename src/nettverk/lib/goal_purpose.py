"""The "why" of a goal sentence: "to achieve upsell", "for å oppnå mersalg", "så att …".

Two shapes are read:

- a purpose clause opened by a marker ("in order to", "to achieve", "for å", "slik at",
  "för att", "så att"), running to the next comma or full stop, or to the period/cadence
  phrase that follows it;
- a leading purpose before ", so I …" / ", så jeg …" / ", så jag …": "Jeg skal oppnå mersalg
  ved å involvere …, så jeg skal oppnå kontakt med minst 2 slike ukentlig".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from nettverk.lib.goal_text import Span
from nettverk.lib.goal_words import word_set

_LEAD_RE = re.compile(
    r",\s*(?:and\s+|og\s+|och\s+)?(?:so|så|therefore|thus|hence|derfor|därför|dermed|därmed)"
    r"\s+(?:i|we|jeg|vi|jag|skal|ska|will|må|måste|must)\b"
)
_MARKER_RE = re.compile(
    r"\b(?:in\s+order\s+to|so\s+that|so\s+as\s+to|so\s+(?:i|we)\s+can|because|"
    r"to\s+(?:achieve|reach|increase|grow|boost|build\s+up|win|land|generate|drive|expand|"
    r"strengthen|improve|secure|create|sell|support|gain|raise|attract|enter|open|close|"
    r"get\s+more|learn\s+about|understand|prepare|position|become|hit)|"
    r"for\s+å|slik\s+at|sånn\s+at|så\s+at|fordi|med\s+(?:mål|sikte)\s+(?:om|på)\s+å|"
    r"i\s+den\s+hensikt\s+å|för\s+att|så\s+att|eftersom|i\s+syfte\s+att|med\s+målet\s+att|"
    r"med\s+mål\s+att)\b"
)
_CLAUSE_END_RE = re.compile(r"[.;!?,:]")
# "want to grow …", "my goal is to meet …": the infinitive is the goal, not its why.
_MAIN_VERBS = word_set(
    """want wants need needs like plan plans planning aim aims aiming hope going have has try
    trying intend intends is am are be will would wish decided decide ønsker vil skal har er
    mål målet vill ska är"""
)


@dataclass(frozen=True)
class Purpose:
    """The why clause as written, where it sits, and whether it leads the sentence."""

    text: str
    span: Span
    leads: bool


def find_purpose(text: str, low: str, phrases: Sequence[Span]) -> Purpose | None:
    """The purpose clause; `phrases` (period, cadence) end a trailing clause."""
    lead = _LEAD_RE.search(low)
    if lead and lead.start() > 0:
        return Purpose(text[:lead.start()].strip(), (0, lead.start()), True)
    marker = next((m for m in _MARKER_RE.finditer(low) if not _after_main_verb(low, m.start())),
                  None)
    if marker is None:
        return None
    start = marker.start()
    ends = [m.start() for m in _CLAUSE_END_RE.finditer(low, marker.end())]
    ends += [s for s, _ in phrases if s > start]
    end = min(ends, default=len(low))
    clause = text[start:end].strip()
    return Purpose(clause, (start, start + len(clause)), False) if clause else None


def _after_main_verb(low: str, pos: int) -> bool:
    before = low[:pos].split()
    return bool(before) and before[-1] in _MAIN_VERBS
