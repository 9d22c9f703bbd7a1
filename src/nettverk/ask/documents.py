"""A contact's text as the ask searches it: per field, stems plus the concepts found there.

Fields and their weight as evidence that someone can help (`FIELD_WEIGHTS`): expertise and
title say most, then tags, then organization and industry, then free notes. What a note says
someone *wants* ("wants to learn about GDPR") moves to `needs`, which is never a helper signal;
where we met ("met at the book fair") is dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from nettverk.contacts.models import Contact
from nettverk.lib.concepts import ConceptHit, ancestors, find_concepts
from nettverk.lib.text_analysis import Token, separate_needs, tokens

FIELD_WEIGHTS = {"strong": 3.0, "tags": 2.0, "org": 1.5, "notes": 1.0}
HELPER_FIELDS = tuple(FIELD_WEIGHTS)
CONCEPT_PREFIX = "c_"


class FieldTexts(NamedTuple):  # not a frozen dataclass: a bulk reindex makes 100,000
    """The raw text behind each field, as `field_texts` gathers it from a contact."""

    strong: str
    tags: str
    org: str
    notes: str
    needs: str

    def get(self, field: str) -> str:
        return str(getattr(self, field))


@dataclass(frozen=True)
class ContactCard:
    """What the ask shows and explains of one helper: read with one query for all of them."""

    pk: int
    name: str
    title: str
    organization: str | None
    strength: int
    decision_maker: bool
    introduced_by: str | None
    text: ContactText


def concept_token(concept_id: str) -> str:
    return CONCEPT_PREFIX + concept_id


class ContactText(NamedTuple):  # not a dataclass: an import makes 100,000 and hashes them
    """The words of a contact the ask reads, in the order `sql.contact_texts` selects them."""

    title: str
    expertise: str
    notes: str
    needs: str
    department: str
    industry: str
    org_name: str | None
    org_industry: str | None
    tags: tuple[str, ...] = ()


def contact_text(contact: Contact, tags: Iterable[str] | None = None) -> ContactText:
    """Expects `organization` loaded; reads the tags unless their names are given. Tags are
    sorted by code point, as `sql.tag_names` sorts them, whatever the database's collation."""
    if tags is None:
        tags = [tag.name for tag in contact.tags.all()]
    organization = contact.organization
    return ContactText(
        contact.title, contact.expertise, contact.notes, contact.needs, contact.department,
        contact.industry, organization.name if organization else None,
        organization.industry if organization else None, tuple(sorted(tags)),
    )


def field_texts(text: ContactText) -> FieldTexts:
    return FieldTexts(*map(field_text, field_parts(text)))


def field_parts(text: ContactText) -> tuple[tuple[str, ...], ...]:
    """The values each field joins, in `FieldTexts` order: they say what a field holds as well
    as its text does, without joining it (the index caches its analysis by them)."""
    # Most contacts have no expertise or notes: skip their analysis (a bulk reindex reads
    # 100,000 contacts).
    expertise, expertise_needs = separate_needs(text.expertise) if text.expertise else ("", "")
    notes, notes_needs = separate_needs(text.notes) if text.notes else ("", "")
    return ((text.title, expertise), text.tags,
            (text.org_name or "", text.org_industry or "", text.department, text.industry),
            (notes,), (text.needs, expertise_needs, notes_needs))


def field_text(parts: Iterable[str]) -> str:
    # Sentence breaks between parts, so no phrase is read across two fields' values; a part
    # that strips to nothing (empty or only spaces) is left out, tested in C.
    return ". ".join(filter(str.strip, parts))


@lru_cache(maxsize=20_000)
def field_tokens(text: str) -> tuple[str, ...]:
    """The index tokens of one field: stems of every content word, then its concepts.

    Cached: titles, organizations and tags repeat across a network, and a bulk import reads
    the same few hundred of them thousands of times.
    """
    stream = tokens(text)
    return (*stem_tokens(stream), *concept_tokens(find_concepts(stream)))


def stem_tokens(stream: Iterable[Token]) -> list[str]:
    return [stem for token in stream if not token.stop for stem in sorted(token.stems)]


def concept_tokens(hits: Iterable[ConceptHit]) -> list[str]:
    """Each hit's concept and every broader one: a VAT expert also counts for "tax"."""
    return [concept_token(c) for hit in hits for c in (hit.concept, *ancestors(hit.concept))]
