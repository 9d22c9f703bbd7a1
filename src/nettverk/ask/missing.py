"""When the network falls short: the kind of person still missing, who could introduce one,
and in which arenas such people were met before (P7).

A problem is covered when at least `ENOUGH` good helpers exist. Otherwise, for each of its
concepts that fewer than `ENOUGH` good helpers match (specific ones before broad context, and
those some helpers match before those none do),
`missing` describes the person wanted (the concept's function, a decision-maker's
seniority when the problem needs one, the expertise), then ranks possible introducers: contacts
who already introduced people, above all people of that function, and contacts who work in the
function or in a neighbouring field (a broader concept). The arenas are those where the owner
met contacts of that function or expertise.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, NamedTuple

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from nettverk.accounts.models import User
from nettverk.arenas.models import Arena
from nettverk.ask import fulltext
from nettverk.ask.documents import concept_token
from nettverk.ask.query import Question
from nettverk.contacts.models import Contact, Function
from nettverk.lib.concepts import ancestors, concept_label, concepts_by_id, is_general
from nettverk.lib.titles import function_of_word

ENOUGH = 3
MAX_PROFILES = 3
MAX_INTRODUCERS = 3
MAX_ARENAS = 3
_POOL = 300  # contacts near the field (by the index) looked at
_SAMPLE = 2000  # contacts of the function looked at: enough to rank, bounded on a large network


@dataclass(frozen=True)
class Profile:
    concept: str | None
    expertise: str
    function: str
    have: int  # good helpers found for it


def missing_profiles(question: Question, covered: dict[str, int], good: int,
                     language: str) -> list[Profile]:
    """What is missing, given how many good helpers cover each concept (and overall)."""
    if good >= ENOUGH or question.empty:
        return []
    if question.concepts:
        # The concepts the helpers found do match are most likely the problem's subject.
        lacking = sorted((c for c in question.concepts if covered.get(c, 0) < ENOUGH),
                         key=lambda c: (is_general(c), -covered.get(c, 0)))
        return [Profile(c, concept_label(c, language), concepts_by_id()[c].function,
                        covered.get(c, 0)) for c in lacking[:MAX_PROFILES]]
    words = [g.label for g in question.groups if g.kind == "word"]
    function = next((f for f in map(function_of_word, words) if f), Function.OTHER)
    return [Profile(None, " ".join(words[:4]), function, good)]


def describe(owner: User, question: Question, profile: Profile,
             helper_ids: Collection[int]) -> dict[str, Any]:
    function_label = str(dict(Function.choices).get(profile.function, profile.function))
    seniority = "director" if question.decision else None
    related = _related_ids(owner, profile)
    people = _people(owner, profile, related)
    return {
        "concept": profile.concept,
        "expertise": profile.expertise,
        "function": profile.function,
        "function_label": function_label,
        "seniority": seniority,
        "decision_maker": question.decision,
        "have": profile.have,
        "description": _description(profile, function_label, question.decision),
        "introducers": _introducers(owner, profile, people, related, helper_ids),
        "arenas": _arenas(owner, people),
    }


def _description(profile: Profile, function_label: str, decision: bool) -> str:
    values = {"function": function_label, "expertise": profile.expertise}
    if decision:
        return _("%(function)s: a decision-maker who knows %(expertise)s") % values
    return _("%(function)s: someone who knows %(expertise)s") % values


def _related_ids(owner: User, profile: Profile) -> list[int]:
    """Contacts whose text names the concept or a broader one: they work near the field."""
    if profile.concept is None:
        return []
    tokens = [concept_token(c) for c in (profile.concept, *ancestors(profile.concept))]
    return fulltext.match(owner.pk, tokens, _POOL)


class _Person(NamedTuple):
    pk: int
    name: str
    function: str
    strength: int
    introduced_by: int | None
    arena: int | None


def _people(owner: User, profile: Profile, related: list[int]) -> list[_Person]:
    """Contacts in the function or near the field; a bounded sample on a large network."""
    columns = ("pk", "name", "function", "strength", "introduced_by_id", "arena_id")
    mine = Contact.objects.filter(owner=owner).order_by()
    # Two queries, not one with OR: each can use its own index on a large network.
    people = {row[0]: _Person(*row) for row in mine.filter(pk__in=related).values_list(*columns)}
    for row in mine.filter(function=profile.function).values_list(*columns)[:_SAMPLE]:
        people.setdefault(row[0], _Person(*row))
    return list(people.values())


def _introducers(owner: User, profile: Profile, people: list[_Person], related: list[int],
                 helper_ids: Collection[int]) -> list[dict[str, Any]]:
    """Who introduced people of that function before, or works in or near it, strongest first."""
    introduced = Counter(p.introduced_by for p in people
                         if p.introduced_by and p.function == profile.function)
    known = {p.pk: p for p in people}
    missing_ids = [pk for pk in introduced if pk not in known]
    for row in Contact.objects.filter(owner=owner, pk__in=missing_ids).values_list(
            "pk", "name", "function", "strength", "introduced_by_id", "arena_id"):
        known[row[0]] = _Person(*row)
    near = set(related)
    candidates = [p for p in known.values() if p.pk not in helper_ids]
    candidates.sort(key=lambda p: (-_introducer_score(p, profile, introduced, near), p.name))
    return [{"id": p.pk, "name": p.name, "strength": p.strength,
             "reason": _introducer_reason(p, profile, introduced, near)}
            for p in candidates[:MAX_INTRODUCERS]]


def _introducer_score(person: _Person, profile: Profile, introduced: Counter[int],
                      near: set[int]) -> float:
    return (3.0 * introduced[person.pk] + 2 * (person.function == profile.function)
            + 2 * (person.pk in near) + person.strength / 50)


def _introducer_reason(person: _Person, profile: Profile, introduced: Counter[int],
                       near: set[int]) -> str:
    if introduced[person.pk]:
        return ngettext("introduced %(n)d person in that function before",
                        "introduced %(n)d people in that function before",
                        introduced[person.pk]) % {"n": introduced[person.pk]}
    if person.pk in near:
        return _("works near %(expertise)s") % {"expertise": profile.expertise}
    return _("works in the same function")


def _arenas(owner: User, people: list[_Person]) -> list[dict[str, Any]]:
    counts = Counter(p.arena for p in people if p.arena)
    names = dict(Arena.objects.filter(owner=owner, pk__in=list(counts)).values_list("pk", "name"))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], names.get(item[0], "")))
    return [{"id": pk, "name": names[pk], "contacts": n}
            for pk, n in ranked[:MAX_ARENAS] if pk in names]
