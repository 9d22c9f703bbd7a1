"""Keeping the ask's index current: one contact, a batch, or an owner's whole network.

    index_contact(contact)                 # after contact_update; contact_delete calls forget
    reindex_contacts(owner, ids)           # after a bulk write (import, merge); gone ids drop out
    with deferred_indexing(): ...          # many contact_update calls, indexed once at the end
    rebuild_index(owner)                   # `nettverk reindex`

Besides the documents and the engine's full-text rows, every write keeps the owner's term
statistics (`AskTerm`) exact: +1 for each distinct token a new document holds, -1 for each its
old version held, plus the totals under "#docs" and "#length". "#version" marks an index built
by this version of the analysis; `ensure_current` rebuilds an index from an older one.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from itertools import chain
from operator import attrgetter
from typing import Any, NamedTuple

from django.db import connection, transaction

from nettverk.accounts.models import User
from nettverk.ask import fulltext, sql
from nettverk.ask.documents import (
    HELPER_FIELDS,
    ContactText,
    contact_text,
    field_texts,
    field_tokens,
)
from nettverk.ask.models import AskDocument, AskTerm
from nettverk.contacts.models import Contact
from nettverk.lib import ask_words
from nettverk.lib.text_analysis import stems_of
from nettverk.lib.vocabulary import all_concepts

DOCS, LENGTH, VERSION = "#docs", "#length", "#version"
BATCH = 500
# Bump when the analysis changes in a way the vocabulary hash does not see.
_ANALYSIS_REVISION = 1
_STEMMER_PROBES = ("consultancies", "organisationer", "rådgivningen", "regnskapsførere",
                   "generously", "försäkringarna", "kjøpesentrene")

_deferred: ContextVar[set[int] | None] = ContextVar("ask_deferred_ids", default=None)


_FIELDS = (*HELPER_FIELDS, "needs")  # a document's field columns, in `_row` order
_field_texts_in_order = attrgetter(*_FIELDS)


class _Field(NamedTuple):
    tokens: tuple[str, ...]
    terms: frozenset[str]
    column: str  # the tokens as the document's column for this field holds them


class _Doc(NamedTuple):  # not a frozen dataclass: quicker to make, and a reindex makes 100,000
    contact_id: int
    owner_id: int
    fields: tuple[_Field, ...]  # in `_FIELDS` order
    terms: frozenset[str]  # of the helper fields
    length: int  # tokens in the helper fields


@lru_cache(maxsize=1)
def analysis_version() -> int:
    """A number that changes whenever the vocabulary, the word lists or the stemmers change
    (PyStemmer and the pure-Python snowballstemmer may be on different Snowball releases)."""
    stems = [sorted(stems_of(w)) for w in _STEMMER_PROBES]
    digest = hashlib.sha256(repr((_ANALYSIS_REVISION, all_concepts(), ask_words.STOPWORDS,
                                  ask_words.COMPONENTS, ask_words.NEED_CUES, stems)).encode())
    return int.from_bytes(digest.digest()[:6], "big")


def index_contact(contact: Contact) -> None:
    """Index one contact now, or at the end of the surrounding `deferred_indexing` block."""
    pending = _deferred.get()
    if pending is not None:
        pending.add(contact.pk)
        return
    _write(contact.owner_id, [_build(contact.pk, contact.owner_id, contact_text(contact))],
           [contact.pk])


def forget_contact(contact: Contact) -> None:
    """Take a contact out of the index; call before deleting it."""
    _write(contact.owner_id, [], [contact.pk])


@contextmanager
def deferred_indexing() -> Iterator[set[int]]:
    """Collect the contacts `index_contact` sees in this block and index them in batches after.

    For bulk paths that go through `contact_update` one contact at a time (an import).
    """
    pending: set[int] = set()
    token = _deferred.set(pending)
    try:
        yield pending
    finally:
        _deferred.reset(token)
    for owner_id, ids in _by_owner(pending).items():
        reindex_contacts(owner_id, ids)


def _by_owner(ids: Iterable[int]) -> dict[int, list[int]]:
    owners: dict[int, list[int]] = {}
    for pk, owner_id in Contact.objects.filter(pk__in=list(ids)).values_list("pk", "owner_id"):
        owners.setdefault(owner_id, []).append(pk)
    return owners


@transaction.atomic
def reindex_contacts(owner: User | int, ids: Iterable[int]) -> None:
    """Re-read these contacts of `owner`; ids that no longer exist leave the index."""
    owner_id = owner if isinstance(owner, int) else owner.pk
    ids = list(dict.fromkeys(ids))
    delta: Counter[str] = Counter()
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        docs = [_build(pk, owner_id, text) for pk, text in _texts(owner_id, chunk)]
        delta += _replace(owner_id, docs, chunk)
    _apply(owner_id, delta)


@transaction.atomic
def rebuild_index(owner: User | int) -> int:
    """Rebuild an owner's whole index from their contacts; returns how many were indexed."""
    owner_id = owner if isinstance(owner, int) else owner.pk
    AskDocument.objects.filter(owner_id=owner_id).delete()
    AskTerm.objects.filter(owner_id=owner_id).delete()
    fulltext.delete_owner(owner_id)
    ids = list(Contact.objects.filter(owner_id=owner_id).values_list("pk", flat=True))
    reindex_contacts(owner_id, ids)
    AskTerm.objects.update_or_create(owner_id=owner_id, term=VERSION,
                                     defaults={"df": analysis_version()})
    return len(ids)


def ensure_current(owner: User) -> None:
    """Rebuild the owner's index if an older analysis built it, or contacts were never indexed
    (created before the ask existed); cheap when the index is current."""
    version = AskTerm.objects.filter(owner=owner, term=VERSION).values_list("df", flat=True)
    if version.first() == analysis_version():
        return
    contacts = Contact.objects.filter(owner=owner).count()
    if version.first() is None and AskDocument.objects.filter(owner=owner).count() == contacts:
        AskTerm.objects.get_or_create(owner=owner, term=VERSION,
                                      defaults={"df": analysis_version()})
        return
    rebuild_index(owner)


def _texts(owner_id: int, ids: Sequence[int]) -> list[tuple[int, ContactText]]:
    """The owner's contacts among `ids` as plain rows: building model instances for a bulk
    reindex cost more than reading their words."""
    tags = sql.tag_names(ids)
    texts = []
    for pk, title, expertise, notes, needs, department, industry, org, org_industry in (
            sql.contact_texts(owner_id, ids)):
        texts.append((pk, ContactText(title, expertise, notes, needs, department, industry,
                                      org, org_industry, tuple(tags[pk]))))
    return texts


def _build(contact_id: int, owner_id: int, text: ContactText) -> _Doc:
    fields = tuple(map(_analysed, _field_texts_in_order(field_texts(text))))
    helpers = fields[:len(HELPER_FIELDS)]
    return _Doc(contact_id, owner_id, fields, frozenset().union(*[f.terms for f in helpers]),
                sum([len(f.tokens) for f in helpers]))


@lru_cache(maxsize=20_000)
def _analysed(text: str) -> _Field:
    """A field's tokens, their set and its column, once per distinct text: a bulk reindex
    meets the same titles, organizations and tags thousands of times."""
    tokens = field_tokens(text)
    return _Field(tokens, frozenset(tokens), " ".join(tokens))


@transaction.atomic
def _write(owner_id: int, docs: Sequence[_Doc], ids: Sequence[int]) -> None:
    """Replace the documents of `ids` by `docs` (a subset: the rest are gone) and fix the stats."""
    _apply(owner_id, _replace(owner_id, docs, ids))


def _replace(owner_id: int, docs: Sequence[_Doc], ids: Sequence[int]) -> Counter[str]:
    """Write the new documents; return how the owner's term counts change."""
    delta: Counter[str] = Counter()
    for body, length in sql.document_bodies(ids):
        delta.subtract(dict.fromkeys(body.split(), 1))
        delta.subtract({DOCS: 1, LENGTH: length})
    delta.update(chain.from_iterable(new.terms for new in docs))  # counted in C, not per doc
    delta.update({DOCS: len(docs), LENGTH: sum(new.length for new in docs)})
    sql.delete_documents(ids)
    rows = [_row(doc) for doc in docs]
    sql.insert_documents(rows)
    kept = {d.contact_id for d in docs}
    fulltext.delete_rows([pk for pk in ids if pk not in kept])
    fulltext.write_rows((row[0], owner_id, row[2]) for row in rows)
    return delta


def _row(doc: _Doc) -> tuple[Any, ...]:
    """A document row in `sql.DOCUMENT_COLUMNS` order."""
    return (doc.contact_id, doc.owner_id, " ".join(sorted(doc.terms)), doc.length,
            *(f.column for f in doc.fields))


def _apply(owner_id: int, delta: Counter[str]) -> None:
    """Add `delta` to the owner's counts in one upsert, which SQLite and PostgreSQL both run
    atomically per row, so concurrent writers each add to what is there."""
    rows = [(owner_id, term, d) for term, d in delta.items() if d]
    if not rows:
        return
    table = AskTerm._meta.db_table
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} (owner_id, term, df) VALUES (%s, %s, %s) "
            f"ON CONFLICT (owner_id, term) DO UPDATE SET df = {table}.df + excluded.df", rows,
        )
