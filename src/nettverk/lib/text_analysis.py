"""Text to comparable tokens across English, Swedish and Norwegian, framework-free.

    >>> [t.word for t in tokens("Dataskyddsjurist")]
    ['dataskyddsjurist', 'dataskydd', 'jurist']

1. Normalise: NFKC; symbols that carry meaning become words ("C#" → "csharp", "M&A" → "mna",
   "e-handel" → "ehandel"); accents other than the Nordic letters are dropped ("café" → "cafe").
2. Split into words of letters and digits, lower case. Stopwords stay in the stream, flagged,
   because multi-word vocabulary terms may need them ("si opp"); a stopword written in capitals
   is an acronym and no stopword ("IT", "US").
3. Stem every word with the Snowball stemmers of all three languages: a title or a note is too
   short to tell its language, and where the stemmers disagree a word just has two stems. English
   is skipped for words with å, ä, ö, æ or ø. Stems fold æ→ä and ø→ö, so Norwegian and Swedish
   spellings of one word meet ("kjøp"/"köp" meet, "økonomi"/"ekonomi" still need the
   vocabulary).
4. A long word that is not itself a vocabulary word is split into known components, from the
   left, longest first, with a linking "s" or "e" allowed between two ("dataskydd|s|jurist").
   Its components follow it in the stream as extra tokens, so "Personvernrådgiver" is found
   for "personvern". Where no full split exists, a known head after an unknown stretch
   ("kassa|kreditt") and a long known front before an unknown head ("patent|ansökningar")
   still count.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from nettverk.lib import ask_words, title_words
from nettverk.lib.vocabulary import all_concepts

_STEMMERS = {
    "en": snowballstemmer.stemmer("english"),
    "sv": snowballstemmer.stemmer("swedish"),
    "nb": snowballstemmer.stemmer("norwegian"),
}
# Snowball's English stemmer also strips derivations; these would meet the wrong words
# ("marketing" the market, "production" the product, "customs" a custom build).
_ENGLISH_KEEP = frozenset({
    "marketing", "production", "productivity", "productive", "accounting", "accountant",
    "accountants", "customs", "training", "information", "informal", "relations", "relative",
    "university", "universities", "general", "generation", "security", "securities",
})
_NORDIC_LETTERS = re.compile("[åäöæø]")
_WORD_RE = re.compile(r"[^\W_]+")
_E_PREFIX_RE = re.compile(r"\b([eE])-(?=[^\W\d_]{3})")
_REWRITES = (
    (re.compile(r"(?i)\bc#"), "csharp"),
    (re.compile(r"(?i)\bc\+\+"), "cplusplus"),
    (re.compile(r"(?i)(?<![\w.])\.net\b"), "dotnet"),
    (re.compile(r"(?i)\b(node|next|vue)\.js\b"), r"\1js"),
    (re.compile(r"(?i)\bm&a\b"), "mna"),
    (re.compile(r"(?i)\br&d\b"), "rnd"),
    (re.compile(r"(?i)\bp&l\b"), "pnl"),
    (re.compile(r"(?i)\bfp&a\b"), "fpna"),
    (re.compile(r"(?i)\bd&i\b"), "dni"),
    (re.compile(r"(?i)\bci/cd\b"), "cicd"),
    (re.compile(r"(?i)-in-law\b"), "inlaw"),
)
_SYMBOLS_RE = re.compile(r"[#+&/]|\.net|\.js|-in-law", re.IGNORECASE)
_BOUNDARY_RE = re.compile(r"[.;:!?\n|•·()\[\]]")
_ACCENTS = str.maketrans({
    **dict.fromkeys("éèêë", "e"), **dict.fromkeys("áàâã", "a"), **dict.fromkeys("íìîï", "i"),
    **dict.fromkeys("óòôõ", "o"), **dict.fromkeys("úùûü", "u"), "ý": "y", "ñ": "n", "ç": "c",
    "ß": "ss",
})
_FOLD = str.maketrans({"æ": "ä", "ø": "ö"})
_MIN_SPLIT = 6  # shorter words are not compounds worth splitting
_MIN_PART = 4  # shorter components need to be on the SHORT_COMPONENTS list
_MIN_LOOSE_FRONT = 5  # a known front before an unknown head must be at least this long
_MIN_LOOSE_TAIL = 5  # and so must a known head after an unknown front
_SHORT_COMPONENTS = frozenset({
    "it", "hr", "ux", "ui", "ai", "ki", "pr", "erp", "crm", "seo", "sem", "api", "vd", "ikt",
    "iot", "esg", "lou", "mva", "hms", "lån", "app", "web", "sol", "bil", "fou",
})


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a text: as written (lower case), its stems, and what kind of word it is."""

    word: str
    stems: frozenset[str]
    stop: bool = False
    part: bool = False  # a component of the compound just before it


# Between two sentences or clauses: no phrase reaches across it ("Energy Engineer. Greenwatt").
BOUNDARY = Token("", frozenset(), stop=True)


def normalise(text: str) -> str:
    """NFKC with meaningful symbols rewritten as words; case is kept for acronym detection."""
    text = unicodedata.normalize("NFKC", text)
    if _SYMBOLS_RE.search(text):  # most texts hold none of the symbols the rewrites look for
        for pattern, replacement in _REWRITES:
            text = pattern.sub(replacement, text)
    return _E_PREFIX_RE.sub(r"\1", text) if "-" in text else text


def tokens(text: str, *, language: str | None = None) -> list[Token]:
    """Every word of `text` in order, each compound followed by its components.

    With a `language` ("en", "sv", "nb") the text is a vocabulary term known to be in that
    language: its words get that language's stem and themselves as written, no compound parts.
    """
    found: list[Token] = []
    text = normalise(text)
    last = 0
    for match in _WORD_RE.finditer(text):
        if found and found[-1] is not BOUNDARY and _BOUNDARY_RE.search(text, last, match.start()):
            found.append(BOUNDARY)
        last = match.end()
        found.extend(_word_tokens(match.group(), language))
    return found


@lru_cache(maxsize=100_000)
def _word_tokens(raw: str, language: str | None) -> tuple[Token, ...]:
    """One written word as tokens: itself, then its compound parts. Cached: names, titles and
    the words of notes repeat across a network."""
    word = raw.lower().translate(_ACCENTS)
    if len(word) < 2 or (word.isdigit() and len(word) < 3):
        return ()
    stop = word in ask_words.STOPWORDS and not _is_acronym(raw, word)
    if language:
        return (Token(word, term_stems(word, language), stop),)
    if stop:
        return (Token(word, stems_of(word), stop),)
    parts = (Token(part, stems_of(part), part=True) for part in split_compound(word))
    return (Token(word, stems_of(word)), *parts)


def _is_acronym(raw: str, word: str) -> bool:
    return raw.isupper() and word in ask_words.KEEP_WHEN_UPPER


@lru_cache(maxsize=200_000)
def stems_of(word: str) -> frozenset[str]:
    """The word's stems in English, Swedish and Norwegian, with æ/ø folded to ä/ö."""
    languages = ("sv", "nb") if _NORDIC_LETTERS.search(word) else ("en", "sv", "nb")
    return frozenset(_stem(word, language) for language in languages)


@lru_cache(maxsize=50_000)
def term_stems(word: str, language: str) -> frozenset[str]:
    """A vocabulary word's stem in its own language, and the word itself: stemmers are not
    idempotent across inflections ("moms" → "mom", "momsen" → "moms")."""
    return frozenset({_stem(word, language), word.translate(_FOLD)})


def _stem(word: str, language: str) -> str:
    if len(word) <= 3 or not word.isalpha() or (language == "en" and _english_kept(word)):
        return word.translate(_FOLD)
    stem = _STEMMERS[language].stemWord(word)
    # A stem this short ("lager" → "lag", "moms" → "mom") meets unrelated words.
    return (stem if len(stem) >= _MIN_PART else word).translate(_FOLD)


def _english_kept(word: str) -> bool:
    # "-isation" words lose too much: "digitalisation" would become "digit", "localisation" local
    return word in _ENGLISH_KEEP or word.endswith(("isation", "ization"))


@lru_cache(maxsize=100_000)
def split_compound(word: str) -> tuple[str, ...]:
    """The known components of a compound word, or () when it is none or is itself known."""
    if len(word) < _MIN_SPLIT or not word.isalpha() or _is_head(word):
        return ()
    full = _split_from(word, 0)
    if full:
        return full
    front = _known_front(word)
    start, tail = _known_tail(word)
    if front and tail and len(front[0]) <= start:
        return (*front, *tail)
    return tail or front


def _split_from(word: str, start: int) -> tuple[str, ...] | None:
    """word[start:] as known components, the last one possibly inflected; None if impossible."""
    if start > 0 and _is_head(word[start:]):
        return (word[start:],)
    for end in range(len(word) - 2, start + 1, -1):
        piece = word[start:end]
        if not _is_component(piece):
            continue
        for link in ("", "s", "e"):
            if not word.startswith(link, end):
                continue
            rest = _split_from(word, end + len(link)) if end + len(link) < len(word) - 1 else None
            if rest:
                return (piece, *rest)
    return None


def _known_tail(word: str) -> tuple[int, tuple[str, ...]]:
    """Where the known components after an unknown front of three or more letters start, and
    the components: "kassa|kreditt"."""
    for start in range(3, len(word) - _MIN_LOOSE_TAIL + 1):
        rest = _split_from(word, start)
        if (rest and len(rest) > 1) or (rest and _is_component(rest[0])):
            return start, rest
    return len(word), ()


def _known_front(word: str) -> tuple[str, ...]:
    """A long known front before an unknown head of four or more letters: "sökmotor|optimerare"."""
    for end in range(len(word) - _MIN_PART, _MIN_LOOSE_FRONT - 1, -1):
        if _is_component(word[:end]):
            return (word[:end],)
    return ()


def _is_component(piece: str) -> bool:
    if len(piece) < _MIN_PART and piece not in _SHORT_COMPONENTS:
        return False
    return piece in _components()


def _is_head(piece: str) -> bool:
    """A known last component, also when inflected ("förordningen", "rådgivere")."""
    if _is_component(piece):
        return True
    return len(piece) >= _MIN_PART and bool(stems_of(piece) & _component_stems())


@lru_cache(maxsize=1)
def _components() -> frozenset[str]:
    """Words that may stand inside a compound: the vocabulary's words and generic nouns."""
    words: set[str] = set(ask_words.COMPONENTS)
    words.update(title_words.STEMS, title_words.SUFFIXES)
    for concept in all_concepts():
        for term in (*concept.en, *concept.sv, *concept.nb):
            words.update(w.lower().translate(_ACCENTS) for w in _WORD_RE.findall(normalise(term)))
    words = {w for w in words if w.isalpha() and w not in ask_words.STOPWORDS}
    return frozenset(words | {s for w in words for s in stems_of(w) if len(s) >= _MIN_PART})


@lru_cache(maxsize=1)
def _component_stems() -> frozenset[str]:
    return frozenset(s for w in _components() if len(w) >= _MIN_PART for s in stems_of(w))


def split_clauses(text: str) -> list[str]:
    """Sentences and comma-separated clauses, the units a need or a meeting note spans."""
    return [c.strip() for c in re.split(r"[.;!?\n]+|,\s|\s[-\u2013\u2014]\s", text) if c.strip()]


def separate_needs(text: str) -> tuple[str, str]:
    """(what the text says someone knows, what it says they want), dropping where we met.

    "Chef; wants to open a second restaurant" → ("Chef", "open a second restaurant").
    """
    if not _ANY_CUE.search(text):
        return text, ""
    known: list[str] = []
    wanted: list[str] = []
    for clause in split_clauses(text):
        cut = _cue_start(clause)
        if cut is None:
            known.append(clause)
            continue
        at, kind = cut
        known.append(clause[:at].strip())
        if kind == "need":
            wanted.append(clause[at:])
    return ". ".join(k for k in known if k.strip()), ". ".join(wanted)


def _cue_start(clause: str) -> tuple[int, str] | None:
    """Where a need or meeting cue opens (part of) the clause, and which kind it is."""
    spans = [(m.start(), m.group().lower()) for m in _WORD_RE.finditer(clause)]
    words = [w for _, w in spans]
    for index in range(len(words)):
        if index > 1 and words[index - 1] not in ask_words.CLAUSE_JOINERS:
            continue
        kind = _cue_at(words, index)
        if kind:
            return spans[index][0], kind
    return None


def _cue_at(words: list[str], index: int) -> str | None:
    for cue, kind in _CUES.get(words[index], ()):
        if tuple(words[index:index + len(cue)]) == cue:
            return kind
    return None


def _cue_table() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for kind, cues in (("need", ask_words.NEED_CUES), ("met", ask_words.MEETING_CUES)):
        for cue in cues:
            words = tuple(cue.split())
            table.setdefault(words[0], []).append((words, kind))
    return table


_CUES = _cue_table()
# Most notes hold no cue at all; one search tells, before any clause is looked at.
_CUE_WORDS = "|".join(sorted(map(re.escape, _CUES), key=len, reverse=True))
_ANY_CUE = re.compile(rf"(?i)\b(?:{_CUE_WORDS})\b")
