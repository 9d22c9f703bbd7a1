"""The full-text index follows its documents whichever way a document changes or goes: an
edit, a merge, a deletion through the app or through a cascade, a rebuild, a whole account.

On SQLite the index reads its bodies from the documents (FTS5 external content), so an entry
left behind by a deleted document would make FTS5 report the database as malformed; FTS5's own
integrity check compares every entry with the documents after each step. The migration that
introduced that shape goes back and forth with the index still answering.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from nettverk.accounts.models import User
from nettverk.ask.fulltext import FTS_TABLE
from nettverk.ask.index import rebuild_index
from nettverk.ask.services import ask
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_create, contact_delete, contact_update
from nettverk.dedupe.merge import contact_merge

BEFORE = ("ask", "0004_drop_second_owner_index")


def _helpers(owner: User, question: str) -> list[str]:
    return sorted(helper.contact.name for helper in ask(owner, question).helpers)


def _in_step() -> None:
    if connection.vendor != "sqlite":
        return  # PostgreSQL's index is a generated column of the documents
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES ('integrity-check', 1)")


def test_it_follows_edits_merges_and_deletions(alice: User, bob: User) -> None:
    ingrid = contact_create(owner=alice, name="Ingrid Berg", title="CFO")
    contact_create(owner=alice, name="Ingrid Berg", title="Controller", organization="Nordbanken")
    lars = contact_create(owner=alice, name="Lars Holm", title="Advokat")
    nina = contact_create(owner=alice, name="Nina Lær", title="Revisor")
    contact_create(owner=bob, name="Bo Bankman", title="CFO")
    _in_step()

    contact_update(lars, title="Skatterådgiver", classify_from_title=True)
    _in_step()
    assert "Lars Holm" not in _helpers(alice, "advokat")
    assert "Lars Holm" in _helpers(alice, "skatterådgiver")

    twin = Contact.objects.get(owner=alice, title="Controller")
    contact_merge(ingrid, twin)
    _in_step()
    assert _helpers(alice, "controller Nordbanken") == ["Ingrid Berg"]

    contact_delete(lars)
    Contact.objects.filter(pk=nina.pk).delete()  # a cascade: no service in between
    _in_step()
    assert "Lars Holm" not in _helpers(alice, "skatterådgiver")
    assert "Nina Lær" not in _helpers(alice, "revisor")

    rebuild_index(alice)
    _in_step()
    assert _helpers(alice, "CFO") == ["Ingrid Berg"]

    bob.delete()
    _in_step()
    assert _helpers(alice, "CFO") == ["Ingrid Berg"]


@pytest.mark.django_db(transaction=True)
def test_it_migrates_both_ways(alice: User) -> None:
    contact_create(owner=alice, name="Ingrid Berg", title="CFO")
    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])
    assert _helpers(alice, "CFO") == ["Ingrid Berg"]
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    _in_step()
    contact_create(owner=alice, name="Lars Holm", title="CFO")
    assert _helpers(alice, "CFO") == ["Ingrid Berg", "Lars Holm"]
    _in_step()
