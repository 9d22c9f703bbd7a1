"""Keeping the ask's index current: one contact, a batch, or an owner's whole network.

    index_contact(contact)                 # after contact_update; contact_delete calls forget
    reindex_contacts(owner, ids)           # after a bulk write (import, merge); gone ids drop out
    write_new(owner, new_documents(owner, texts))  # contacts an import creates, from its values
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
from typing import Any, NamedTuple

from django.db import connection, transaction

from nettverk.accounts.models import User
from nettverk.ask import fulltext, sql
from nettverk.ask.documents import (
    ContactText,
    contact_text,
    field_parts,
    field_text,
    field_tokens,
)
from nettverk.ask.models import AskDocument, AskTerm
from nettverk.contacts.models import Contact
from nettverk.lib import ask_words
from nettverk.lib.text_analysis import stems_of
from nettverk.lib.vocabulary import all_concepts

DOCS, LENGTH, VERSION = "#docs", "#length", "#version"
BATCH = 500  # contacts per read: bounded IN lists
NEW_BATCH = 5000  # new contacts per write: nothing to read, so fewer and larger statements
# Bump when the analysis changes in a way the vocabulary hash does not see.
_ANALYSIS_REVISION = 1
_STEMMER_PROBES = ("consultancies", "organisationer", "rådgivningen", "regnskapsførere",
                   "generously", "försäkringarna", "kjøpesentrene")

_deferred: ContextVar[set[int] | None] = ContextVar("ask_deferred_ids", default=None)


class _Field(NamedTuple):
    tokens: tuple[str, ...]
    terms: frozenset[str]
    column: str  # the tokens as the document's column for this field holds them


class _Words(NamedTuple):
    """What a contact's words decide of its document: all but its contact and owner ids."""

    terms: frozenset[str]  # of the helper fields
    body: str  # those terms sorted: what the full-text index reads
    length: int  # tokens in the helper fields
    columns: tuple[str, ...]  # one per field, in `FieldTexts` order


_Doc = tuple[int, _Words]  # (contact id, its words)


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
    _write(contact.owner_id, [(contact.pk, _words(contact_text(contact)))], [contact.pk])


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
        # update, not +=, which would drop what the old documents take away (negative counts)
        delta.update(_replace(owner_id, _docs(_texts(owner_id, chunk)), chunk))
    _apply(owner_id, delta)


class NewDocuments(NamedTuple):
    """Documents of contacts that have none yet, ready to write (`write_new`)."""

    rows: list[tuple[Any, ...]]  # in `sql.DOCUMENT_COLUMNS` order
    delta: Counter[str]  # what they add to the owner's term counts


def new_documents(owner: User | int, texts: Iterable[tuple[int, ContactText]]) -> NewDocuments:
    """The documents of contacts of `owner` that have none yet (an import is creating them),
    from the words the caller holds: nothing to read back, nothing old to take out. Pure work,
    no database: an import makes them on its other core while it writes the contacts."""
    owner_id = owner if isinstance(owner, int) else owner.pk
    return _new(owner_id, _docs(texts))


def _new(owner_id: int, docs: Sequence[_Doc]) -> NewDocuments:
    delta = Counter(chain.from_iterable(words.terms for _pk, words in docs))  # counted in C
    delta.update({DOCS: len(docs), LENGTH: sum([words.length for _pk, words in docs])})
    return NewDocuments([(pk, owner_id, words.body, words.length, *words.columns)
                         for pk, words in docs], delta)


@transaction.atomic
def write_new(owner: User | int, documents: NewDocuments) -> None:
    """Store `new_documents`' rows and add their counts to the owner's."""
    owner_id = owner if isinstance(owner, int) else owner.pk
    for start in range(0, len(documents.rows), NEW_BATCH):
        _store(documents.rows[start:start + NEW_BATCH])
    _apply(owner_id, documents.delta)


@transaction.atomic
def rebuild_index(owner: User | int) -> int:
    """Rebuild an owner's whole index from their contacts; returns how many were indexed."""
    owner_id = owner if isinstance(owner, int) else owner.pk
    AskDocument.objects.filter(owner_id=owner_id).delete()
    AskTerm.objects.filter(owner_id=owner_id).delete()
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


def _docs(texts: Iterable[tuple[int, ContactText]]) -> list[_Doc]:
    return [(pk, _words(text)) for pk, text in texts]


def _words(text: ContactText) -> _Words:
    # Spelled out rather than looped over the fields: this runs once per contact of a bulk
    # reindex, where every list and call shows.
    strong, tags, org, notes, needs = map(_analysed, field_parts(text))
    terms = strong.terms | tags.terms | org.terms | notes.terms  # `HELPER_FIELDS`
    length = len(strong.tokens) + len(tags.tokens) + len(org.tokens) + len(notes.tokens)
    return _Words(terms, " ".join(sorted(terms)), length,
                  (strong.column, tags.column, org.column, notes.column, needs.column))


@lru_cache(maxsize=20_000)
def _analysed(parts: tuple[str, ...]) -> _Field:
    """A field's tokens, their set and its column, once per distinct field: a bulk reindex
    meets the same titles, organizations and tags thousands of times. Keyed by the values
    the field joins, so a cached field costs no join."""
    tokens = field_tokens(field_text(parts))
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
    sql.delete_documents(ids)
    delta.update(_insert(owner_id, docs))
    return delta


def _insert(owner_id: int, docs: Sequence[_Doc]) -> Counter[str]:
    """Write documents of contacts that have none; return the term counts they add."""
    documents = _new(owner_id, docs)
    _store(documents.rows)
    return documents.delta


def _store(rows: Sequence[tuple[Any, ...]]) -> None:
    """Documents (`sql.DOCUMENT_COLUMNS` order) and their full-text rows."""
    sql.insert_documents(rows)
    fulltext.insert_rows([(pk, owner_id, body) for pk, owner_id, body, *_rest in rows])


_TERM_MAX = AskTerm._meta.get_field("term").max_length or 0


def _apply(owner_id: int, delta: Counter[str]) -> None:
    """Add `delta` to the owner's counts in one upsert, which SQLite and PostgreSQL both run
    atomically per row, so concurrent writers each add to what is there."""
    # A "word" longer than a term can be (a run of letters with no space, a pasted code) is left
    # out of the counts: PostgreSQL refuses it, and nobody asks for it.
    rows = [(owner_id, term, d) for term, d in delta.items() if d and len(term) <= _TERM_MAX]
    if not rows:
        return
    table = AskTerm._meta.db_table
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} (owner_id, term, df) VALUES (%s, %s, %s) "
            f"ON CONFLICT (owner_id, term) DO UPDATE SET df = {table}.df + excluded.df", rows,
        )
