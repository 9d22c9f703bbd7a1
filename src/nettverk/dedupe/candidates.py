"""Pairs of contacts that are probably one person, with reasons and a score; never merged here.

Comparing every pair of 100,000 contacts is 5 billion comparisons, so people are first put in
blocks that a duplicate would share: the folded family name with the given name's initial
("bergstrom|l"), also taken from email local parts ("lars.bergstrom@…"). Within a block, sorted
by folded name, each person is compared with the next `WINDOW` ones only (the sorted-neighbourhood
method), so a block of a thousand namesakes costs a thousand comparisons times `WINDOW`, not a
million. A pair is suggested when its score reaches `THRESHOLD`: name similarity (rapidfuzz on
folded names, so "Bergström" and "Bergstrom" are equal), raised by the same organization, an
email that spells the other's name or a shared phone, lowered by two different organizations.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from django.utils.translation import gettext as _
from rapidfuzz import fuzz

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact, ContactEmail, ContactPhone
from nettverk.dedupe.models import DuplicateDismissal
from nettverk.lib.names import (
    comparable_name,
    email_name_words,
    fold,
    name_parts,
    organization_key,
)

WINDOW = 8
THRESHOLD = 0.75
MIN_NAME_SIMILARITY = 0.85


class Person(NamedTuple):
    """What duplicate detection needs to know about one contact. A tuple because an import
    makes one for each new contact, and a tuple is made in a third of a frozen dataclass's time."""

    id: int
    name: str
    organization: str
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    given: str = ""
    family: str = ""


@dataclass(slots=True)
class _Seen:
    """A person with the folded forms comparisons use, worked out once."""

    person: Person
    folded: str
    parts: tuple[str, str]
    organization: str
    email_words: list[tuple[str, list[str]]]
    # "first last" word of each email's local part, and of the name `_spells_name` looks for
    # (empty without a family name): an email can spell a name only if these agree.
    email_ends: frozenset[str]
    name_ends: str


@dataclass(frozen=True)
class Candidate:
    first: int
    second: int
    score: float
    reasons: tuple[str, ...]


def person(pk: int, name: str, organization: str = "", emails: Iterable[str] = (),
           phones: Iterable[str] = (), given: str = "", family: str = "") -> Person:
    return Person(pk, name, organization, tuple(emails), tuple(phones), given, family)


def people_of(owner: User, exclude: set[int] | None = None) -> list[Person]:
    """Every contact of `owner` (but `exclude`) as a Person, in three queries."""
    skip = exclude or set()
    emails: dict[int, list[str]] = defaultdict(list)
    for pk, address in ContactEmail.objects.filter(contact__owner=owner).values_list(
            "contact_id", "address").iterator(chunk_size=5000):
        emails[pk].append(address)
    phones: dict[int, list[str]] = defaultdict(list)
    for pk, number in ContactPhone.objects.filter(contact__owner=owner).values_list(
            "contact_id", "number").iterator(chunk_size=5000):
        phones[pk].append(number)
    rows = Contact.objects.owned_by(owner).values_list(
        "pk", "name", "organization__name", "given_name", "family_name")
    return [person(pk, name, org or "", emails.get(pk, ()), phones.get(pk, ()), given, family)
            for pk, name, org, given, family in rows.iterator(chunk_size=5000) if pk not in skip]


def dismissed_pairs(owner: User) -> set[tuple[int, int]]:
    rows = DuplicateDismissal.objects.owned_by(owner).values_list("first_id", "second_id")
    return {(a, b) for a, b in rows}


def duplicate_candidates(people: list[Person], *,
                         dismissed: set[tuple[int, int]] | None = None) -> list[Candidate]:
    """Suggested pairs, best first."""
    skip = dismissed or set()
    found: dict[tuple[int, int], Candidate] = {}
    for a, b in _neighbours(people):
        pair = _pair(a, b)
        if pair in found or pair in skip:
            continue
        candidate = compare(a, b)
        if candidate is not None:
            found[pair] = candidate
    return sorted(found.values(), key=lambda c: (-c.score, c.first, c.second))


def suspected(people: list[Person], new: set[int],
              dismissed: set[tuple[int, int]] | None = None) -> set[int]:
    """Which of the `new` people look like someone else: stops comparing a pair's members
    once both are known suspects, so even a crowd of namesakes is one pass."""
    skip = dismissed or set()
    found: set[int] = set()
    for a, b in _neighbours(people):
        first, second = a.person.id, b.person.id
        if (first in found or first not in new) and (second in found or second not in new):
            continue
        if _pair(a, b) not in skip and _evidence(a, b) is not None:
            found.update(pk for pk in (first, second) if pk in new)
    return found


def _pair(a: _Seen, b: _Seen) -> tuple[int, int]:
    first, second = a.person.id, b.person.id
    return (first, second) if first < second else (second, first)


def _blocks(people: list[Person]) -> Iterator[list[_Seen]]:
    """Each block of two or more people, sorted by folded name."""
    blocks: dict[str, list[_Seen]] = defaultdict(list)
    for someone in people:
        seen = _seen(someone)
        for key in block_keys(seen):
            blocks[key].append(seen)
    for members in blocks.values():
        if len(members) > 1:
            members.sort(key=lambda s: (s.folded, s.person.id))
            yield members


def _neighbours(people: list[Person]) -> Iterator[tuple[_Seen, _Seen]]:
    """Neighbours in a block that `_evidence` might find alike. Most neighbours share only a
    family name and an initial; the tests here rule them out for a fraction of its cost and
    never rule out a pair it would score: a name that can reach `MIN_NAME_SIMILARITY` needs
    a given name that does, and an email that spells a name starts and ends as it does."""
    close = _GivenNamesClose()
    for members in _blocks(people):
        for i, a in enumerate(members):
            for b in members[i + 1 : i + 1 + WINDOW]:
                if (a.folded == b.folded or close[a.parts[0], b.parts[0]]
                        or b.name_ends in a.email_ends or a.name_ends in b.email_ends):
                    yield a, b


class _GivenNamesClose(dict[tuple[str, str], bool]):
    """Whether two folded given names can reach `MIN_NAME_SIMILARITY`, asked once per pair of
    names: a block holds the same few given names over and over."""

    def __missing__(self, names: tuple[str, str]) -> bool:
        self[names] = close = _given_similarity(*names) >= MIN_NAME_SIMILARITY
        return close


def _seen(someone: Person) -> _Seen:
    words = [(address, email_name_words(address)) for address in someone.emails]
    parts = _parts(someone)
    # Given and family names repeat, whole names rarely: folding the parts hits the cache.
    folded = f"{parts[0]} {parts[1]}" if someone.given and someone.family \
        else comparable_name(someone.name)
    email_ends = frozenset([f"{local[0]} {local[-1]}" for _address, local in words if local]) \
        if words else _NO_EMAILS
    return _Seen(someone, folded, parts,
                 organization_key(someone.organization) if someone.organization else "", words,
                 email_ends, _name_ends(parts))


_NO_EMAILS: frozenset[str] = frozenset()


def _name_ends(parts: tuple[str, str]) -> str:
    given, family = parts  # folded: words apart by single spaces
    if not family:
        return ""
    return f"{(given or family).partition(' ')[0]} {family.rpartition(' ')[2]}"


def _parts(someone: Person) -> tuple[str, str]:
    """Folded (given, family); for a contact named by an email, from its local part."""
    if someone.given or someone.family:  # the common case: each part's fold is cached
        return fold(someone.given), fold(someone.family)
    words = email_name_words(someone.name) if "@" in someone.name else None
    if words and len(words) > 1:
        return words[0], words[-1]
    given, family = name_parts(someone.name)
    return given, family


def block_keys(seen: _Seen) -> set[str]:
    """Blocks a duplicate of this person would share: family name and initial."""
    given, family = seen.parts
    keys = {f"{family}|{given[:1]}" if family else f"{given}|"} if given or family else set()
    for _address, words in seen.email_words:
        if len(words) > 1:
            keys.add(f"{words[-1]}|{words[0][:1]}")
    return keys


# What a comparison found: (score, name similarity, the email that spells a name, organizations
# "same"/"different"/"", a shared phone); words are put to it only for pairs shown to a user.
Evidence = tuple[float, float, str, str, bool]


def compare(a: _Seen, b: _Seen) -> Candidate | None:
    """The pair as a suggestion with its reasons, or None when it is not likely enough."""
    evidence = _evidence(a, b)
    if evidence is None:
        return None
    score, similarity, spelled, organizations, phone = evidence
    reasons = [_name_reason(a.person, b.person, similarity)]
    if spelled:
        reasons.append(_("%(email)s spells the other's name") % {"email": spelled})
    if organizations == "same":
        reasons.append(_("both at %(organization)s") % {"organization": a.person.organization})
    elif organizations == "different":
        reasons.append(_("at different organizations: %(a)s, %(b)s")
                       % {"a": a.person.organization, "b": b.person.organization})
    if phone:
        reasons.append(_("same phone number"))
    first, second = _pair(a, b)
    return Candidate(first, second, score, tuple(reasons))


def _evidence(a: _Seen, b: _Seen) -> Evidence | None:
    similarity = 1.0 if a.folded == b.folded else name_similarity(a.parts, b.parts)
    spelled = _spells_name(a, b) or _spells_name(b, a)
    if similarity < MIN_NAME_SIMILARITY and not spelled:
        return None
    organizations = ""
    if a.organization and b.organization:
        organizations = "same" if a.organization == b.organization else "different"
    phone = bool(a.person.phones and set(a.person.phones) & set(b.person.phones))
    score = similarity + (0.1 if spelled else 0.0) + (0.15 if phone else 0.0) + \
        {"same": 0.1, "different": -0.2}.get(organizations, 0.0)
    score = round(min(1.0, max(0.0, score)), 2)
    if score < THRESHOLD:
        return None
    return score, similarity, spelled, organizations, phone


def name_similarity(a: tuple[str, str], b: tuple[str, str]) -> float:
    """The weaker of given-name and family-name similarity: "Jon"/"John Smith" are close,
    "Lars"/"Lisa Bergström" are not; an initial matches a name it starts ("L." and "Lars")."""
    return min(_given_similarity(a[0], b[0]), fuzz.ratio(a[1], b[1]) / 100)


def _given_similarity(a: str, b: str) -> float:
    if a and b and (len(a) == 1 or len(b) == 1):
        return 0.9 if a[0] == b[0] else 0.0
    return fuzz.ratio(a, b) / 100


def _name_reason(a: Person, b: Person, similarity: float) -> str:
    if a.name == b.name:
        return _("same name")
    if similarity == 1.0:
        return _("same name apart from accents or case")
    return _("similar names (%(percent)d%%)") % {"percent": round(similarity * 100)}


def _spells_name(owner: _Seen, other: _Seen) -> str:
    """An email of `owner` whose local part is `other`'s given and family name."""
    given, family = other.parts
    if not family or not owner.email_words:
        return ""
    wanted = [*given.split(), *family.split()]
    for address, words in owner.email_words:
        if words and (words == wanted or words == [wanted[0], wanted[-1]]):
            return address
    return ""
