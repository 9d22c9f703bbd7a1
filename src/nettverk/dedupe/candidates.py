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

from django.utils.translation import gettext as _
from rapidfuzz import fuzz

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact, ContactEmail, ContactPhone
from nettverk.dedupe.models import DuplicateDismissal
from nettverk.lib.names import comparable_name, email_name_words, name_parts, organization_key

WINDOW = 8
THRESHOLD = 0.75
MIN_NAME_SIMILARITY = 0.85


@dataclass(frozen=True, slots=True)
class Person:
    """What duplicate detection needs to know about one contact."""

    id: int
    name: str
    organization: str
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    given: str = ""
    family: str = ""

    @property
    def folded(self) -> str:
        return comparable_name(self.name)


@dataclass(frozen=True)
class Candidate:
    first: int
    second: int
    score: float
    reasons: tuple[str, ...]


def person(pk: int, name: str, organization: str = "", emails: Iterable[str] = (),
           phones: Iterable[str] = (), given: str = "", family: str = "") -> Person:
    return Person(pk, name, organization, tuple(emails), tuple(phones), given, family)


def people_of(owner: User) -> list[Person]:
    """Every contact of `owner` as a Person, in three queries."""
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
            for pk, name, org, given, family in rows.iterator(chunk_size=5000)]


def dismissed_pairs(owner: User) -> set[tuple[int, int]]:
    rows = DuplicateDismissal.objects.owned_by(owner).values_list("first_id", "second_id")
    return {(a, b) for a, b in rows}


def duplicate_candidates(people: list[Person], *, involving: set[int] | None = None,
                         dismissed: set[tuple[int, int]] | None = None) -> list[Candidate]:
    """Suggested pairs, best first; only pairs with a member in `involving` when given."""
    skip = dismissed or set()
    found: dict[tuple[int, int], Candidate] = {}
    for a, b in _neighbours(people):
        pair = (a.id, b.id) if a.id < b.id else (b.id, a.id)
        if pair in found or pair in skip:
            continue
        if involving is not None and a.id not in involving and b.id not in involving:
            continue
        candidate = compare(a, b)
        if candidate is not None:
            found[pair] = candidate
    return sorted(found.values(), key=lambda c: (-c.score, c.first, c.second))


def _neighbours(people: list[Person]) -> Iterator[tuple[Person, Person]]:
    blocks: dict[str, list[Person]] = defaultdict(list)
    for someone in people:
        for key in block_keys(someone):
            blocks[key].append(someone)
    for members in blocks.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda p: (p.folded, p.id))
        for i, a in enumerate(members):
            for b in members[i + 1 : i + 1 + WINDOW]:
                yield a, b


def parts_of(someone: Person) -> tuple[str, str]:
    """Folded (given, family); for a contact named by an email, from its local part."""
    words = email_name_words(someone.name) if "@" in someone.name else None
    if words and len(words) > 1:
        return words[0], words[-1]
    return tuple(name_parts(someone.name, someone.given, someone.family))  # type: ignore[return-value]


def block_keys(someone: Person) -> set[str]:
    """Blocks a duplicate of this person would share: family name and initial."""
    keys = set()
    parts = parts_of(someone)
    if parts[1]:
        keys.add(f"{parts[1]}|{parts[0][:1]}")
    elif parts[0]:
        keys.add(f"{parts[0]}|")
    for address in someone.emails:
        local = email_name_words(address)
        if len(local) > 1:
            keys.add(f"{local[-1]}|{local[0][:1]}")
    return keys


def compare(a: Person, b: Person) -> Candidate | None:
    """The pair as a suggestion, or None when it is not likely enough."""
    similarity = 1.0 if a.folded == b.folded else name_similarity(parts_of(a), parts_of(b))
    spelled = _spells_name(a, b) or _spells_name(b, a)
    if similarity < MIN_NAME_SIMILARITY and not spelled:
        return None
    reasons = [_name_reason(a, b, similarity)]
    score = similarity
    if spelled:
        score += 0.1
        reasons.append(_("%(email)s spells the other's name") % {"email": spelled})
    score += _organization(a, b, reasons)
    if set(a.phones) & set(b.phones):
        score += 0.15
        reasons.append(_("same phone number"))
    score = round(min(1.0, max(0.0, score)), 2)
    if score < THRESHOLD:
        return None
    first, second = (a, b) if a.id < b.id else (b, a)
    return Candidate(first.id, second.id, score, tuple(reasons))


def name_similarity(a: tuple[str, str], b: tuple[str, str]) -> float:
    """The weaker of given-name and family-name similarity: "Jon"/"John Smith" are close,
    "Lars"/"Lisa Bergström" are not; an initial matches a name it starts ("L." and "Lars")."""
    family = fuzz.ratio(a[1], b[1]) / 100
    if a[0] and b[0] and (len(a[0]) == 1 or len(b[0]) == 1):
        given = 0.9 if a[0][0] == b[0][0] else 0.0
    else:
        given = fuzz.ratio(a[0], b[0]) / 100
    return min(given, family)


def _name_reason(a: Person, b: Person, similarity: float) -> str:
    if a.name == b.name:
        return _("same name")
    if similarity == 1.0:
        return _("same name apart from accents or case")
    return _("similar names (%(percent)d%%)") % {"percent": round(similarity * 100)}


def _organization(a: Person, b: Person, reasons: list[str]) -> float:
    if not (a.organization and b.organization):
        return 0.0
    if organization_key(a.organization) == organization_key(b.organization):
        reasons.append(_("both at %(organization)s") % {"organization": a.organization})
        return 0.1
    reasons.append(_("at different organizations: %(a)s, %(b)s")
                   % {"a": a.organization, "b": b.organization})
    return -0.2


def _spells_name(owner: Person, other: Person) -> str:
    """An email of `owner` whose local part is `other`'s given and family name."""
    parts = name_parts(other.name, other.given, other.family)
    if not parts.family:
        return ""
    wanted = [*parts.given.split(), *parts.family.split()]
    for address in owner.emails:
        words = email_name_words(address)
        if words and (words == wanted or words == [wanted[0], wanted[-1]]):
            return address
    return ""
