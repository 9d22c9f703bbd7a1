"""The saved ask's goal link comes and goes with its migration, keeping the saved asks."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from nettverk.accounts.models import User
from nettverk.ask.models import SavedAsk

BEFORE = ("ask", "0002_fulltext_index")


def _columns() -> set[str]:
    with connection.cursor() as cursor:
        table = SavedAsk._meta.db_table
        return {c.name for c in connection.introspection.get_table_description(cursor, table)}


@pytest.mark.django_db(transaction=True)
def test_it_migrates_both_ways(alice: User) -> None:
    SavedAsk.objects.create(owner=alice, text="GDPR compliance")
    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])
    assert "goal_id" not in _columns()
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    assert "goal_id" in _columns()
    assert SavedAsk.objects.get().goal is None
