"""The documents keep one index on their owner, the foreign key's own; the second comes and goes
with its migration, and asking works either way."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from nettverk.accounts.models import User
from nettverk.ask.models import AskDocument
from nettverk.ask.services import ask
from nettverk.contacts.services import contact_create

BEFORE = ("ask", "0003_savedask_goal")


def _owner_indexes() -> int:
    with connection.cursor() as cursor:
        found = connection.introspection.get_constraints(cursor, AskDocument._meta.db_table)
    return sum(1 for spec in found.values()
               if spec["index"] and not spec["unique"] and spec["columns"] == ["owner_id"])


@pytest.mark.django_db(transaction=True)
def test_it_migrates_both_ways(alice: User) -> None:
    contact_create(owner=alice, name="Ingrid Berg", title="CFO")
    assert _owner_indexes() == 1
    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])
    assert _owner_indexes() == 2
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    assert _owner_indexes() == 1
    assert [helper.contact.name for helper in ask(alice, "CFO").helpers] == ["Ingrid Berg"]
