"""Whom a goal is about: the segment noun phrases of a goal sentence.

Reads the words left over once counts, periods, cadences and the purpose are taken out:

- a run of adjacent title words ("marketing directors", "daglige ledere", "CFOs") is classified
  as one title by `nettverk.lib.titles`; it gives a function when one of its words names one
  (not a mere hint like "directors"), and a seniority when one of its words says so ("junior",
  "-chef"), leaving out the "professional" that any role noun implies;
- decision-maker words ("beslutningstakere", "directors", "ledere", "C-level") make the segment
  decision-makers;
- industries: a sector word ("banker", "construction"), a stem with a sector ending
  ("byggebransjen", "IT-selskaper") or a stem before a sector noun ("energy sector");
- places: known names ("Oslo", "Norden"), demonyms ("norske") and capitalised words after
  "in"/"i"/"fra";
- expertise keywords: known skills anywhere ("Python"), unknown words after "within"/"innen"/"inom".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from nettverk.lib import goal_words as gw
from nettverk.lib import title_words
from nettverk.lib.goal_text import Span, Token
from nettverk.lib.goal_types import Segment
from nettverk.lib.titles import DECISION_LEVELS, classify_title, function_of_word, seniority_of_word

_INFLECTIONS = ("ene", "erna", "arna", "er", "ar", "en", "et", "s")


@dataclass
class _Found:
    functions: list[str] = field(default_factory=list)
    seniorities: list[str] = field(default_factory=list)
    decision: bool = False
    industries: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    used: list[Token] = field(default_factory=list)
    heads: list[Token] = field(default_factory=list)  # person words: "kandidater", "CFOs"

    def add(self, values: list[str], value: str | None, tokens: Sequence[Token]) -> None:
        if value:
            if value not in values:
                values.append(value)
            self.used.extend(tokens)


@dataclass
class _Reader:
    """Walks the tokens once; `mode` is the last preposition seen ("skill", "place", "arena")."""

    tokens: Sequence[Token]
    active: Sequence[bool]
    found: _Found = field(default_factory=_Found)
    run: list[int] = field(default_factory=list)
    phrases: list[title_words.Cue] = field(default_factory=list)
    mode: str = ""


def find_segment(tokens: Sequence[Token], active: Sequence[bool], *, from_head: bool = False,
                 after: int = 0) -> tuple[Segment, Span | None]:
    """The segment named by the active tokens, and the text span that says it.

    The span runs from the first to the last segment or person word ("personer inom
    marknadsföring"); it is None when no person word heads it ("Grow sales"), as such words
    cannot be reused to name people. Person words before `after` (the count) belong to the
    verb ("få kontakt med 10 …"), not to the segment's words.

    `from_head` skips words before the first person word: in "oppnå mersalg ved å involvere
    beslutningstakere innenfor økonomi", "mersalg" is no segment.
    """
    reader = _Reader(tokens, _from_head(tokens, active) if from_head else active)
    i = 0
    while i < len(tokens):
        i += _step(reader, i)
    _flush(reader)
    found = reader.found
    words = [t for t in [*found.used, *found.heads] if t.start >= after]
    has_head = any(t.start >= after for t in found.heads)
    return _segment(found), _span(words) if has_head else None


def _from_head(tokens: Sequence[Token], active: Sequence[bool]) -> list[bool]:
    head = next((i for i, t in enumerate(tokens) if active[i] and _is_person(t.low)), len(tokens))
    return [on and i >= head for i, on in enumerate(active)]


def _is_person(low: str) -> bool:
    return _is_decision(low) or low in gw.PEOPLE or seniority_of_word(low) is not None


def _step(reader: _Reader, i: int) -> int:
    """Reads the word(s) at i; returns how many tokens were read."""
    token = reader.tokens[i]
    if not reader.active[i]:
        _flush(reader)
        reader.mode = ""
        return 1
    for reading in (_read_industry, _read_place, _read_skill, _read_title, _read_deciders):
        width = reading(reader, i)
        if width:
            return width
    _flush(reader)
    reader.mode = _mode_after(token.low, reader.mode)
    if token.low in gw.PEOPLE and token.low not in gw.ANAPHORS:
        reader.found.heads.append(token)
    return 1


def _read_deciders(reader: _Reader, i: int) -> int:
    """ "decision makers" written as two words."""
    pair = reader.tokens[i:i + 2]
    if len(pair) < 2 or pair[0].low != "decision" or not pair[1].low.startswith("maker"):
        return 0
    _flush(reader)
    reader.found.decision = True
    reader.found.used.extend(pair)
    reader.found.heads.extend(pair)
    return 2


def _mode_after(low: str, mode: str) -> str:
    if low in gw.SKILL_PREPOSITIONS:
        return "skill"
    if low in gw.PLACE_PREPOSITIONS:
        return "place"
    if low in gw.ARENA_PREPOSITIONS:
        return "arena"
    return mode if low in gw.CONJUNCTIONS else ""


def _read_industry(reader: _Reader, i: int) -> int:
    code, width = industry_at(reader.tokens, reader.active, i)
    if code:
        _flush(reader)
        reader.found.add(reader.found.industries, code, reader.tokens[i:i + width])
    return width if code else 0


def industry_at(tokens: Sequence[Token], active: Sequence[bool], i: int) -> tuple[str | None, int]:
    """The industry named at token i and how many tokens name it, or (None, 0)."""
    lows = [t.low for t in tokens[i:i + 3]]
    for size in (3, 2):
        code = gw.INDUSTRY_PHRASES.get(" ".join(lows[:size])) if len(lows) >= size else None
        if code and all(active[i:i + size]):
            return code, size
    low = lows[0].replace("-", "")
    nxt = lows[1] if len(lows) > 1 and active[i + 1] else ""
    if low in gw.INDUSTRY_STEMS and nxt in gw.SECTOR_NOUNS:
        return gw.INDUSTRY_STEMS[low], 2
    code = _strong_industry(low) or _sector_compound(low)
    return (code, 1) if code else (None, 0)


def _strong_industry(low: str) -> str | None:
    if low in gw.INDUSTRY_STRONG:
        return gw.INDUSTRY_STRONG[low]
    for ending in _INFLECTIONS:
        stem = low.removesuffix(ending)
        if stem != low and len(stem) >= 4 and stem in gw.INDUSTRY_STRONG:
            return gw.INDUSTRY_STRONG[stem]
    return None


def _sector_compound(low: str) -> str | None:
    """ "byggebransjen", "fastighetsbolag", "IT-selskaper": a stem before a sector ending."""
    for suffix in gw.SECTOR_SUFFIXES:
        stem = low.removesuffix(suffix)
        if stem == low or not stem:
            continue
        for candidate in (stem, stem[:-1] if stem[-1] in "se" else stem):
            if candidate in gw.INDUSTRY_STEMS:
                return gw.INDUSTRY_STEMS[candidate]
    return None


def _read_place(reader: _Reader, i: int) -> int:
    tokens, token = reader.tokens, reader.tokens[i]
    pair = f"{token.low} {tokens[i + 1].low}" if i + 1 < len(tokens) else ""
    width = 2 if pair in gw.LOCATIONS and reader.active[i + 1] else 1
    name = gw.LOCATIONS[pair] if width == 2 else _place_name(reader, i)
    if name:
        _flush(reader)
        reader.found.add(reader.found.locations, name, tokens[i:i + width])
    return width if name else 0


def _place_name(reader: _Reader, i: int) -> str | None:
    token = reader.tokens[i]
    if token.low in gw.LOCATIONS:
        return gw.LOCATIONS[token.low]
    if token.low in gw.DEMONYMS:
        return gw.DEMONYMS[token.low]
    proper = token.text[:1].isupper() and token.text.replace("-", "").isalpha() and i > 0
    if reader.mode == "place" and proper and _unknown(token.low):
        return token.text
    return None


def _read_skill(reader: _Reader, i: int) -> int:
    pair = " ".join(t.low for t in reader.tokens[i:i + 2])
    if pair in gw.SKILL_PHRASES and all(reader.active[i:i + 2]):
        _flush(reader)
        reader.found.add(reader.found.keywords, pair, reader.tokens[i:i + 2])
        return 2
    low = reader.tokens[i].low
    if low in gw.SKILLS or (reader.mode == "skill" and _unknown(low) and len(low) >= 2):
        _flush(reader)
        reader.found.add(reader.found.keywords, low, reader.tokens[i:i + 1])
        return 1
    return 0


def _unknown(low: str) -> bool:
    """A word no table knows: a candidate for a skill or a place name."""
    known = (low in gw.GRAMMAR_WORDS or low in gw.NOT_SEGMENT or low in gw.COUNT_ADJECTIVES
             or _is_title_word(low) or low in gw.ALL_NUMBERS or not low.replace("-", "").isalpha())
    return not known


def _read_title(reader: _Reader, i: int) -> int:
    if reader.mode == "arena":
        return 0
    width, cue = _phrase_at(reader.tokens, reader.active, i)
    if cue:
        reader.phrases.append(cue)
        reader.run.extend(range(i, i + width))
        return width
    if _is_title_word(reader.tokens[i].low):
        reader.run.append(i)
        return 1
    return 0


def _phrase_at(tokens: Sequence[Token], active: Sequence[bool],
               i: int) -> tuple[int, title_words.Cue | None]:
    """A title phrase ("daglige ledere", "board members") starting at token i."""
    for size in (4, 3, 2):
        if i + size > len(tokens) or not all(active[i:i + size]):
            continue
        words = tuple(t.low for t in tokens[i:i + size])
        for candidate in (words, (*words[:-1], words[-1].removesuffix("s"))):
            if candidate in title_words.PHRASES:
                return size, title_words.PHRASES[candidate]
    return 0, None


def _is_title_word(low: str) -> bool:
    if low in gw.NOT_SEGMENT:
        return False
    return bool(_is_decision(low) or low in gw.SENIORITY_WORDS or function_of_word(low)
                or seniority_of_word(low))


def _is_decision(low: str) -> bool:
    plain = low.replace("-", "")
    if plain in gw.DECISION_WORDS or low in gw.DECISION_WORDS:
        return True
    return plain.endswith(gw.DECISION_SUFFIXES) and not plain.startswith(gw.NOT_DECIDING_FRONTS)


def _flush(reader: _Reader) -> None:
    """Classifies the pending run of title words as one title."""
    if not reader.run:
        return
    run = [reader.tokens[i] for i in reader.run]
    function, seniority, decision = _read_run(run, reader.phrases)
    found = reader.found
    found.add(found.functions, function, run)
    found.add(found.seniorities, seniority, run)
    found.decision = found.decision or decision
    found.used.extend(run)
    if decision or any(seniority_of_word(t.low) for t in run) or reader.phrases:
        found.heads.extend(run)
    reader.run, reader.phrases = [], []


def _read_run(run: Sequence[Token], phrases: Sequence[title_words.Cue]) -> tuple[
        str | None, str | None, bool]:
    title = classify_title(" ".join(t.text for t in run))
    lows = [t.low for t in run]
    named = any(_names_function(w) for w in lows) or any(c.f_weight >= 2 for c in phrases)
    function = title.function if named and title.function != "other" else None
    decision = any(_is_decision(w) for w in lows)
    seniority = _run_seniority(lows, phrases, title.seniority)
    if decision and seniority not in DECISION_LEVELS:
        seniority = None
    return function, seniority, decision


def _run_seniority(lows: Sequence[str], phrases: Sequence[title_words.Cue],
                   level: str) -> str | None:
    """The run's seniority when a word says one; a bare role noun's "professional" is left out."""
    special = next((gw.SENIORITY_WORDS[w] for w in lows if w in gw.SENIORITY_WORDS), None)
    if special:
        return special
    said = [w for w in lows if seniority_of_word(w)]
    if not said and not any(c.seniority for c in phrases):
        return None
    only_level = any(function_of_word(w) is None for w in said)
    if level == "professional" and not only_level and not any(c.seniority for c in phrases):
        return None
    return level


def _names_function(low: str) -> bool:
    function = function_of_word(low)
    if function is None or low in gw.HINT_FUNCTION_WORDS or low in gw.NOT_SEGMENT:
        return False
    # "direktører", "VPs": a level that titles read as general management only as a guess
    return not (function == "executive" and seniority_of_word(low) == "director")


def _segment(found: _Found) -> Segment:
    levels = found.seniorities
    decision = found.decision or bool(levels and all(s in DECISION_LEVELS for s in levels))
    return Segment(
        functions=tuple(found.functions),
        seniorities=tuple(levels),
        decision_maker=True if decision else None,
        industries=tuple(found.industries),
        locations=tuple(found.locations),
        keywords=tuple(found.keywords),
    )


def _span(used: Sequence[Token]) -> Span | None:
    if not used:
        return None
    return min(t.start for t in used), max(t.end for t in used)
