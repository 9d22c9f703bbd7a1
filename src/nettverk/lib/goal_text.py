"""Text plumbing for goal sentences: normalising, tokens, spans and the language guess."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from nettverk.lib.goal_words import word_set

# Goals are one or two sentences; the rest of a longer text is ignored, keeping garbage cheap.
MAX_GOAL_CHARS = 1000

Span = tuple[int, int]

_TOKEN_RE = re.compile(r"\.?\w+(?:[-'\u2019.:]\w+)*[+#]*")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

_SHARED_NORDIC = " med av om ha kaffe året år resten eller hos vid"
_LANGUAGE_WORDS: dict[str, frozenset[str]] = {
    "nb": word_set(
        """jeg ikke og til neste hver uke uken uka måned måneden nye skal å bli kjent innen
        innenfor møte treffe før fra slike hele også vil få gjennom løpet nytt hvert ukentlig
        månedlig halvår kontakten holde oppnå dette denne mitt min høst noen flere mye blir
        være ved deres sine etter mellom uten bare alle andre enn nå ønsker møter ledere sjef
        sjefer daglig daglige nyttår ut opp tid rundt kunder gjerne minst snakke finne"""
        + _SHARED_NORDIC
    ),
    "sv": word_set(
        """jag inte och till nästa varje vecka veckan månad månaden nya ska att känna inom
        träffa från före innan sådana hela också vill mitt genom fler hitta lära lär möte
        möten introducerad kvartalsvis veckovis halvåret hålla håll detta denna våren hösten
        några mer efter utan bara alla andra än nu önskar chefer ledare deras sina mellan
        kunder gärna minst prata hitta"""
        + _SHARED_NORDIC
    ),
    "en": word_set(
        """the and to with every each week month new next get meet of at least per a an by
        people year quarter this have keep touch know more from for my will want within who
        in during before end introduced introductions meetings me our we some on their"""
    ),
}
_LETTERS = {"nb": "æøå", "sv": "äöå"}


@dataclass(frozen=True)
class Token:
    """One word as written, lowercased, and where it sits in the normalised text."""

    text: str
    low: str
    start: int
    end: int


def normalise(text: str) -> str:
    """NFKC, control characters out, at most `MAX_GOAL_CHARS` characters."""
    text = unicodedata.normalize("NFKC", text[: MAX_GOAL_CHARS * 2])[:MAX_GOAL_CHARS]
    return _CONTROL_RE.sub(" ", text)


def lower(text: str) -> str:
    """Lowercase that keeps every character's offset ("İ" would otherwise grow)."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def tokenize(text: str) -> list[Token]:
    low = lower(text)
    return [Token(m.group(), low[m.start():m.end()], m.start(), m.end())
            for m in _TOKEN_RE.finditer(text)]


def detect_language(tokens: Sequence[Token]) -> str:
    """ "nb", "sv" or "en" by characteristic words and letters; English when nothing tells."""
    scores = {"en": 0.5, "nb": 0.0, "sv": 0.0}
    for token in tokens:
        for lang, words in _LANGUAGE_WORDS.items():
            scores[lang] += token.low in words
        for lang, letters in _LETTERS.items():
            scores[lang] += 2 * sum(token.low.count(c) for c in letters)
    return max(scores, key=lambda lang: scores[lang])


def overlaps(span: Span, spans: Iterable[Span]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


def inside(span: Span, outer: Span | None) -> bool:
    return outer is not None and outer[0] <= span[0] and span[1] <= outer[1]
