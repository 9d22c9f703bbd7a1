"""Why a helper is on the list, in the user's language.

    "expertise: dataskyddsförordningen ≈ GDPR", "strong tie: 4 meetings this year",
    "introduced by Per", "decision-maker"

The index holds stems; the words a reason quotes come from reading the contact's own text again,
which is cheap for the few helpers shown.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from django.utils.translation import gettext, gettext_lazy, gettext_noop, ngettext

from nettverk.ask.documents import ContactCard, FieldTexts
from nettverk.ask.query import COVERED_WEIGHT, Group, Question
from nettverk.ask.reach import Tie
from nettverk.lib.concepts import ConceptHit, ancestors, concept_label, find_concepts
from nettverk.lib.text_analysis import tokens

MAX_TOPIC_REASONS = 3
STRONG_TIE = 60
RECENT_DAYS = 90

FIELD_LABELS = {
    "title": gettext_lazy("title"),
    "strong": gettext_lazy("expertise"),
    "tags": gettext_lazy("tags"),
    "org": gettext_lazy("organization"),
    "notes": gettext_lazy("notes"),
}


def topic_reasons(
    contact: ContactCard, matched: dict[Group, str], texts: FieldTexts, language: str,
    weights: dict[Group, float],
) -> list[str]:
    """The question's concepts and words this contact's text holds, most telling first."""
    reasons: list[str] = []
    # A broader concept ("sales" behind "lead generation") explains only when nothing else does.
    direct = [g for g in matched if g.kind != "broader"] or list(matched)
    for group in sorted(direct, key=lambda g: -weights.get(g, 0.0)):
        reason = _topic_reason(contact, group, matched[group], texts, language)
        if reason and reason not in reasons:
            reasons.append(reason)
        if len(reasons) == MAX_TOPIC_REASONS:
            break
    return reasons


def _topic_reason(
    contact: ContactCard, group: Group, field: str, texts: FieldTexts, language: str
) -> str | None:
    if group.kind == "word":
        if group.weight <= COVERED_WEIGHT:  # part of a concept, which says it better
            return None
        return _local(language, gettext_noop("%(field)s: %(word)s")) % {
            "field": _label(language, field), "word": group.label}
    hit = _hit_for(group.label, texts.get(field))
    if hit is None:
        return None
    words = " ".join(_as_written(word, texts.get(field)) for word in hit.words)
    where = "title" if field == "strong" and _in_title(words, contact.title) else field
    label = concept_label(hit.concept, language)
    if words.casefold() == label.casefold():
        return _local(language, gettext_noop("%(field)s: %(concept)s")) % {
            "field": _label(language, where), "concept": label}
    return _local(language, gettext_noop("%(field)s: %(words)s ≈ %(concept)s")) % {
        "field": _label(language, where), "words": words, "concept": label}


@lru_cache(maxsize=256)
def _local(language: str, message: str) -> str:
    """`message` in `language`, the active one: looked up once per process, because each
    gettext call reads the active language from a context-local, which costs about as much
    as building the rest of a reason."""
    return gettext(message)


@lru_cache(maxsize=64)
def _label(language: str, field: str) -> str:
    return str(FIELD_LABELS[field])  # as `_local`: `language` is the active one


def _hit_for(concept: str, text: str) -> ConceptHit | None:
    """The first place `text` names `concept` or a narrower one."""
    for hit in _hits(text):
        if hit.concept == concept or concept in ancestors(hit.concept):
            return hit
    return None


@lru_cache(maxsize=2048)
def _hits(text: str) -> tuple[ConceptHit, ...]:
    return tuple(find_concepts(tokens(text)))


def _as_written(word: str, text: str) -> str:
    """The word with the case it has in the contact's text ("GDPR", not "gdpr")."""
    found = re.search(re.escape(word), text, re.IGNORECASE)
    return text[found.start():found.end()] if found else word


def _in_title(words: str, title: str) -> bool:
    return all(w in title.casefold() for w in words.casefold().split())


def tie_reasons(contact: ContactCard, tie: Tie, question: Question, today: date,
                language: str) -> list[str]:
    """What the relationship says; `language` is the active one (see `_local`)."""
    reasons = []
    if tie.strength >= STRONG_TIE and tie.meetings_this_year >= 2:
        reasons.append(ngettext("strong tie: %(n)d meeting this year",
                                "strong tie: %(n)d meetings this year",
                                tie.meetings_this_year) % {"n": tie.meetings_this_year})
    elif tie.strength >= STRONG_TIE:
        reasons.append(_local(language, gettext_noop("strong tie (strength %(n)d)"))
                       % {"n": tie.strength})
    elif tie.this_year >= 2:
        reasons.append(ngettext("%(n)d interaction this year", "%(n)d interactions this year",
                                tie.this_year) % {"n": tie.this_year})
    if tie.last is not None and (today - tie.last).days <= RECENT_DAYS:
        days = max((today - tie.last).days, 0)
        reasons.append(ngettext("last contact %(n)d day ago", "last contact %(n)d days ago",
                                days) % {"n": days})
    elif tie.last is None:
        reasons.append(_local(language, gettext_noop("no interactions logged yet")))
    if contact.introduced_by is not None:
        reasons.append(_local(language, gettext_noop("introduced by %(name)s"))
                       % {"name": contact.introduced_by})
    if question.decision and contact.decision_maker:
        reasons.append(_local(language, gettext_noop("decision-maker")))
    return reasons
