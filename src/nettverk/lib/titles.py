"""Classify a job title into a business function and a seniority, framework-free.

    >>> classify_title("Økonomisjef").function
    'finance'
    >>> classify_title("Co-Founder | CTO").seniority
    'c_level'

How it reads a title (English, Swedish, Norwegian Bokmål and mixtures):

1. Normalise: NFKC, lowercase, at most `MAX_TITLE_CHARS` characters (titles are short; this keeps
   garbage input cheap), a few rewrites ("r&d" → "rnd").
2. Split into parts on "|", "/", ",", " - ", "&", "and"/"och"/"og" and the like. Within a part,
   the words after "at", "@", "i", "på", "hos", "to", "for" … name an organisation or a topic: that
   tail only lends a function when the role itself names none ("Leder i IT-avdelingen").
3. Each word gives evidence (`title_words`): exact words and phrases first, then Nordic compounds
   segmented into known components from the left, longest first, with a linking "s" or "e"
   allowed between two ("bedrift|s|advokat", "affärsområde|s|chef"), trying plural and definite
   endings too ("ekonomichefer" → "ekonomichef"). A stem counts only as a whole component, so
   "drift" inside "bedrift" does not. The last component, the head, sets the seniority and may name
   a function ("-jurist"); the components in front add the function when the head names none or
   only a generic one ("Produktutvecklare"), and may lift the head ("chefs|jurist" → director,
   "styre|leder" → board). When no full split exists, the one with the fewest unknown letters
   is used, each unknown stretch at least three letters long ("sykepleier" → "syke?|pleier").
4. Within a part, the heaviest function wins (ties: the later word, the head of an English or
   Nordic compound); the heaviest seniority wins (ties: the more senior).
5. Across parts, the most senior part wins (board > c_level > owner > director > manager >
   professional > entry); ties go to a part that names a function over one with only a hint, then
   to the earlier part ("VD och koncernchef", "Innkjøper / Logistikk"). A part naming only a
   function borrows its neighbour's seniority ("Sales & Marketing Director"); a winner whose
   function is only a hint ("Partner") takes a clearly named function from another part
   ("Partner, Advokatfirma").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, replace
from functools import lru_cache
from types import MappingProxyType
from typing import Literal

from nettverk.lib import title_words as words

FUNCTIONS = (
    "executive", "finance", "hr", "it", "sales", "marketing", "operations", "legal",
    "procurement", "communications", "product", "research", "other",
)
SENIORITIES = ("board", "c_level", "owner", "director", "manager", "professional", "entry")
DECISION_LEVELS = frozenset({"board", "c_level", "owner", "director"})
MAX_TITLE_CHARS = 200

_RANK = {level: len(SENIORITIES) - i for i, level in enumerate(SENIORITIES)}
_SPLIT_RE = re.compile(r"\s[-\u2010-\u2015]+\s|[|/,;:()\[\]{}&+\u2022\u00b7\\]")
_CXO_RE = re.compile(r"c[a-z]o")
_LINKS = "se"  # linking letters between compound components: "salg|s|sjef", "kund|e|service"
_MIN_UNKNOWN = 3  # shortest unknown stretch in a compound: "be|drift" must not read as "drift"
_MIN_LOOSE = 4  # components shorter than this ("it", "hr") may not touch an unknown stretch
# English role nouns that end a compound: "HR-director", "IT-konsultant" is not, "Teamleader" is.
_WORD_HEADS = MappingProxyType({
    w: c for w, c in words.WORDS.items()
    if c.seniority and len(w) >= 5 and w not in words.SUFFIXES
})
_COMPONENTS = frozenset({*words.STEMS, *words.SUFFIXES, *words.MODIFIERS, *_WORD_HEADS})
_MAX_COMPONENT = max(map(len, _COMPONENTS))


@dataclass(frozen=True)
class TitleClass:
    """What a title says: function, seniority, whether that person decides, and why."""

    function: str
    seniority: str
    decision_maker: bool
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class _Evidence:
    axis: Literal["function", "seniority"]
    value: str
    weight: int
    pos: int
    reason: str


@dataclass(frozen=True)
class _Piece:
    """One component of a compound, or an unknown stretch of it (`known` False)."""

    pos: int
    text: str
    known: bool


@dataclass(frozen=True)
class _Part:
    function: str | None
    f_weight: int
    seniority: str | None
    reasons: tuple[str, ...]


def classify_title(title: str) -> TitleClass:
    """Classify one job title; never raises, unknown or empty titles are other/professional."""
    roles, tails = _analyse(normalise(title))
    if not roles:
        return _finish(None, None, ("no known title words",))
    roles = _borrow_seniority(roles)
    best = max(range(len(roles)), key=lambda i: (_rank(roles[i]), min(roles[i].f_weight, 2), -i))
    winner = roles[best]
    if winner.f_weight <= 1:
        winner = _stronger_function(winner, [*roles[:best], *roles[best + 1:], *tails])
    return _finish(winner.function, winner.seniority, winner.reasons)


def function_of_word(word: str) -> str | None:
    """The function one word names, inflection-tolerant: "regnskap", "ekonomichefer" → finance.

    For callers that hold single words rather than titles (a goal-sentence parser).
    """
    return _resolve(_word_cues(_clean_word(word), True)).function


def seniority_of_word(word: str) -> str | None:
    """The seniority one word names, or None: "sjefer" → manager, "CFOs" → c_level."""
    return _resolve(_word_cues(_clean_word(word), True)).seniority


def normalise(title: str) -> str:
    """NFKC, lowercase, cut to `MAX_TITLE_CHARS`, with the `REWRITES` applied."""
    text = unicodedata.normalize("NFKC", title[: MAX_TITLE_CHARS * 2])[:MAX_TITLE_CHARS].lower()
    for old, new in words.REWRITES.items():
        text = text.replace(old, new)
    return re.sub(r"[\u2010-\u2015]", "-", text).replace("@", " @ ")


def _finish(function: str | None, seniority: str | None, reasons: tuple[str, ...]) -> TitleClass:
    level = seniority or "professional"
    if function is None and level in ("board", "c_level", "owner"):
        function, reasons = "executive", (*reasons, f"{level} role → executive")
    return TitleClass(function or "other", level, level in DECISION_LEVELS, reasons)


def _analyse(text: str) -> tuple[list[_Part], list[_Part]]:
    """Role parts (those with any evidence) and the function-only readings of their tails."""
    roles: list[_Part] = []
    tails: list[_Part] = []
    for head, tail in _parts(text):
        role = _resolve(_part_evidence(head))
        if role.function or role.seniority:
            roles.append(role)
        if tail:
            tails.append(_resolve(_part_evidence(tail)))
    return roles, tails


def _parts(text: str) -> Iterator[tuple[list[str], list[str]]]:
    """Token lists per role part, split into the role and its organisation/topic tail."""
    groups = _groups(text)
    for i, group in enumerate(groups):
        tokens = [t.replace("-", "") for t in group]
        tokens = [t for t in tokens if t]
        if group[-1].endswith("-") and i + 1 < len(groups):
            # "Marknads- och kommunikationschef": the dangling stem shares the next role suffix.
            tokens[-1] += _role_suffix(groups[i + 1][-1].replace("-", ""))
        cut = _tail_start(tokens)
        yield tokens[:cut], tokens[cut:]


def _groups(text: str) -> list[list[str]]:
    """Raw tokens grouped by separators and conjunctions; dangling hyphens are kept."""
    groups: list[list[str]] = []
    for chunk in _SPLIT_RE.split(text):
        current: list[str] = []
        for token in re.sub(r"[^\w\s@-]", " ", chunk).split():
            if token in words.CONJUNCTIONS:
                groups.append(current)
                current = []
            elif token.strip("-"):
                current.append(token.lstrip("-"))
        groups.append(current)
    return [g for g in groups if g]


def _tail_start(tokens: Sequence[str]) -> int:
    for i, token in enumerate(tokens[1:], start=1):
        rest = [t for t in tokens[i + 1:] if t != "the"]
        if token in words.ORG_MARKERS and not (rest and rest[0] in words.BOARD_WORDS):
            return i
    return len(tokens)


def _role_suffix(token: str) -> str:
    for form in _forms(token):
        suffix = _longest_suffix(form)
        if suffix:
            return suffix
    return ""


def _clean_word(word: str) -> str:
    return re.sub(r"[^\w]", "", unicodedata.normalize("NFKC", word[:MAX_TITLE_CHARS]).lower())


def _rank(part: _Part) -> int:
    return _RANK[part.seniority] if part.seniority else 0


def _borrow_seniority(parts: list[_Part]) -> list[_Part]:
    """A function-only part takes the seniority of the nearest part that has one, right first."""
    out = list(parts)
    for i, part in enumerate(parts):
        if part.seniority is None:
            order = [*parts[i + 1:], *reversed(parts[:i])]
            lender = next((p for p in order if p.seniority), None)
            if lender:
                out[i] = replace(part, seniority=lender.seniority,
                                 reasons=(*part.reasons, *_level_reasons(lender)))
    return out


def _level_reasons(part: _Part) -> tuple[str, ...]:
    return tuple(r for r in part.reasons if r.endswith(f"→ {part.seniority}"))


def _stronger_function(winner: _Part, others: Sequence[_Part]) -> _Part:
    """A hint-only function ("partner" → executive) yields to a function named elsewhere."""
    rival = max(others, key=lambda p: p.f_weight, default=None)
    if rival is None or rival.f_weight < 2:
        return winner
    reasons = tuple(r for r in rival.reasons if r.endswith(f"→ {rival.function}"))
    return replace(winner, function=rival.function, f_weight=rival.f_weight,
                   reasons=(*winner.reasons, *reasons))


def _resolve(evidence: Sequence[_Evidence]) -> _Part:
    """Heaviest function (ties: later word) and heaviest seniority (ties: more senior)."""
    funcs = [e for e in evidence if e.axis == "function"]
    levels = [e for e in evidence if e.axis == "seniority"]
    func = max(funcs, key=lambda e: (e.weight, e.pos), default=None)
    level = max(levels, key=lambda e: (e.weight, _RANK[e.value]), default=None)
    chosen = {(e.axis, e.value) for e in (func, level) if e}
    reasons = dict.fromkeys(e.reason for e in evidence if (e.axis, e.value) in chosen)
    return _Part(func.value if func else None, func.weight if func else 0,
                 level.value if level else None, tuple(reasons))


def _part_evidence(tokens: Sequence[str]) -> list[_Evidence]:
    evidence, used = _phrase_evidence(tokens)
    free = [i for i in range(len(tokens)) if i not in used]
    for i in free:
        cues = _word_cues(tokens[i], i == free[-1])
        evidence.extend(replace(e, pos=e.pos + 100 * i) for e in cues)
    return evidence


def _phrase_evidence(tokens: Sequence[str]) -> tuple[list[_Evidence], set[int]]:
    evidence: list[_Evidence] = []
    used: set[int] = set()
    _chief_officer(tokens, evidence, used)
    for i in range(len(tokens)):
        for size in (4, 3, 2):
            span = range(i, i + size)
            phrase = _phrase_at(tokens, i, size)
            if phrase and not used.intersection(span):
                label = " ".join(phrase)
                evidence.extend(_cue_evidence(words.PHRASES[phrase], label, 100 * i))
                used.update(span)
    return evidence, used


def _phrase_at(tokens: Sequence[str], i: int, size: int) -> tuple[str, ...] | None:
    """The phrase at tokens[i:i+size]; its last word may carry an English plural -s."""
    span = tuple(tokens[i:i + size])
    if len(span) < size:
        return None
    for candidate in (span, (*span[:-1], span[-1].removesuffix("s"))):
        if candidate in words.PHRASES:
            return candidate
    return None


def _chief_officer(tokens: Sequence[str], evidence: list[_Evidence], used: set[int]) -> None:
    """ "Chief <anything> Officer": c_level; the words between still name the function."""
    for i, token in enumerate(tokens):
        end = next((j for j in range(i + 1, min(i + 5, len(tokens)))
                    if tokens[j] in ("officer", "officers")), None)
        if token == "chief" and end is not None:
            evidence.append(_Evidence("seniority", "c_level", 5, 100 * i,
                                      "'chief … officer' → c_level"))
            used.update((i, end))


def _cue_evidence(cue: words.Cue, label: str, pos: int) -> list[_Evidence]:
    found = []
    if cue.function:
        found.append(_Evidence("function", cue.function, cue.f_weight, pos,
                               f"'{label}' → {cue.function}"))
    if cue.seniority:
        found.append(_Evidence("seniority", cue.seniority, cue.s_weight, pos,
                               f"'{label}' → {cue.seniority}"))
    return found


@lru_cache(maxsize=4096)
def _word_cues(token: str, last: bool) -> tuple[_Evidence, ...]:
    """Evidence from one word: known word, else a full compound split, trying inflected forms in
    turn; failing those, the best partial split of any form."""
    partial: tuple[_Piece, ...] = ()
    partial_cost = len(token) + 1
    for form in _forms(token):
        found = _known_word(form, last)
        if found:
            return tuple(found)
        pieces = _segment(form)
        cost = sum(len(p.text) for p in pieces if not p.known)
        if pieces and cost == 0:
            return tuple(_compound(pieces))
        if pieces and cost < partial_cost:
            partial, partial_cost = pieces, cost
    return tuple(_compound(partial))


def _forms(token: str) -> Iterator[str]:
    yield token
    for ending, singular in words.INFLECTIONS:
        if token.endswith(ending) and len(token) - len(ending) >= 2:
            yield token[: -len(ending)] + singular


def _known_word(form: str, last: bool) -> list[_Evidence]:
    cue = (words.HEAD_WORDS.get(form) if last else None) or words.WORDS.get(form)
    if cue is None and (form in words.CXO or _CXO_RE.fullmatch(form)):
        function = words.CXO.get(form, "executive")
        cue = words.Cue(function, 4 if form in words.CXO else 1, "c_level", 5)
    return _cue_evidence(cue, form, 0) if cue else []


def _longest_suffix(form: str) -> str | None:
    fits = [s for s in words.SUFFIXES if form.endswith(s) and len(form) - len(s) != 1]
    return max(fits, key=len, default=None)


_Cost = tuple[int, int, int]
_Split = tuple[_Cost, tuple[_Piece, ...]]


@lru_cache(maxsize=4096)
def _segment(form: str) -> tuple[_Piece, ...]:
    """The best split of a word into known components and unknown stretches, or () if none.

    Best means the fewest unknown letters, then the fewest pieces, then the longest first piece
    (longest match from the left). A linking "s" or "e" may follow a component when more follows.
    Unknown stretches are at least `_MIN_UNKNOWN` letters and never touch a component shorter than
    `_MIN_LOOSE` ("aud|it|chef" is no IT role). Dynamic programming from the right, per position:
    the best split starting with a long known, a short known, or an unknown piece.
    """
    n = len(form)
    end: _Split = ((0, 0, 0), ())
    long_known: list[_Split | None] = [None] * n + [end]
    short_known: list[_Split | None] = [None] * n + [end]
    unknown: list[_Split | None] = [None] * (n + 1)

    def best(*options: _Split | None) -> _Split | None:
        return min((o for o in options if o), key=lambda o: o[0], default=None)

    def prepend(piece: _Piece, rest: _Split | None) -> _Split | None:
        if rest is None:
            return None
        (gaps, count, _), pieces = rest
        gap = 0 if piece.known else len(piece.text)
        return (gaps + gap, count + 1, -len(piece.text)), (piece, *pieces)

    for i in range(n - 1, -1, -1):
        for j in range(i + 2, min(n, i + _MAX_COMPONENT) + 1):
            text = form[i:j]
            if text not in _COMPONENTS:
                continue
            loose = len(text) >= _MIN_LOOSE
            nexts = [j] + ([j + 1] if j + 1 < n and form[j] in _LINKS else [])
            rests = [best(long_known[k], short_known[k], unknown[k] if loose else None)
                     for k in nexts]
            option = prepend(_Piece(i, text, True), best(*rests))
            if loose:
                long_known[i] = best(long_known[i], option)
            else:
                short_known[i] = best(short_known[i], option)
        for j in range(i + _MIN_UNKNOWN, n + 1):
            if long_known[j] is not None:
                unknown[i] = best(unknown[i], prepend(_Piece(i, form[i:j], False), long_known[j]))
    found = best(long_known[0], short_known[0], unknown[0])
    if found is None or not any(p.known for p in found[1]):
        return ()
    return found[1]


def _compound(pieces: Sequence[_Piece]) -> list[_Evidence]:
    """Evidence from a split compound: the head's role, lifted by its modifiers, and the
    function of the modifiers in front of it."""
    if not pieces:
        return []
    head = pieces[-1]
    role = words.SUFFIXES.get(head.text) if head.known else None
    word_head = _WORD_HEADS.get(head.text) if head.known and role is None else None
    fronts = pieces[:-1] if role or word_head else pieces
    stems = [(p.pos, p.text) for p in fronts if p.known and p.text in words.STEMS]
    # A stem before an unknown stretch may be the start of an unknown word ("sales|force").
    gaps = [p.pos for p in fronts if not p.known]
    doubtful = {p.pos for p in fronts if any(g > p.pos for g in gaps)}
    found = _stem_evidence(stems, bonus=1 if role or word_head else 0, doubtful=doubtful)
    if word_head:
        found.extend(_cue_evidence(word_head, head.text, 99))
    if role is None:
        return found
    before = fronts[-1] if fronts and fronts[-1].known else None
    adjacent = words.STEMS.get(before.text) if before else None
    level, weight, why = _compound_level(role, [words.STEMS[s] for _, s in stems], adjacent)
    found.append(_Evidence("seniority", level, weight, 99, f"'-{head.text}'{why} → {level}"))
    if role.function:
        found.append(_Evidence("function", role.function, role.f_weight, 99,
                               f"'-{head.text}' → {role.function}"))
    for piece in fronts:
        mod = words.MODIFIERS.get(piece.text) if piece.known else None
        if mod and _modifies(mod, role):
            found.append(_Evidence("seniority", mod.seniority, mod.weight, piece.pos,
                                   f"'{piece.text}-' → {mod.seniority}"))
    return found


def _modifies(mod: words.Modifier, role: words.Suffix) -> bool:
    """A chief modifier lifts only a plain specialist ("chefs|jurist", not "chefs|assistent")."""
    return not mod.chief or (role.kind == "plain" and role.seniority == "professional")


def _compound_level(
    rule: words.Suffix, stems: Sequence[words.Stem], adjacent: words.Stem | None
) -> tuple[str, int, str]:
    """The suffix's seniority and weight as changed by its stems, and a note on why.

    Only the stem right before the suffix lifts it: "styre|leder" leads the board, but a
    "koncern|redovisnings|chef" heads group accounting, not the group.
    """
    lifted = adjacent.level if adjacent else None
    if lifted and rule.kind in ("boss", "lead", "dir", "member", "chair"):
        return lifted, 5, " after a board/group/unit stem"
    top = any(s.top for s in stems)
    if rule.kind == "boss" and top:
        return "director", rule.weight, " of a department"
    if rule.kind == "resp" and top:
        return "manager", rule.weight, " for a department"
    if rule.kind == "partner" and any(s.function not in (None, "executive") for s in stems):
        return "professional", rule.weight, " to a function"
    return rule.seniority, rule.weight, ""


def _stem_evidence(
    stems: Sequence[tuple[int, str]], *, bonus: int, doubtful: Set[int] = frozenset()
) -> list[_Evidence]:
    """Function evidence per stem; `bonus` favours stems bound to a role suffix, stems at a
    `doubtful` position (before an unknown stretch) lose a point."""
    found = []
    for pos, stem in stems:
        rule = words.STEMS[stem]
        if rule.function:
            weight = rule.weight + bonus - (pos in doubtful)
            found.append(_Evidence("function", rule.function, max(weight, 1), pos,
                                   f"'{stem}' → {rule.function}"))
    return found


def _function_words() -> Mapping[str, str]:
    table = {s: r.function for s, r in words.STEMS.items() if r.function}
    table.update({w: c.function for w, c in words.WORDS.items() if c.function and c.f_weight >= 2})
    return MappingProxyType(table)


# Words and compound stems that name a function, for reuse elsewhere ("regnskap" → finance).
# Inflected forms and compounds are better served by `function_of_word`.
FUNCTION_WORDS: Mapping[str, str] = _function_words()
