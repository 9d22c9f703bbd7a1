"""The due list's covering index comes and goes with its migrations, and the list with it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from nettverk.accounts.models import User
from nettverk.contacts.services import contact_create
from nettverk.interactions.services import interaction_log
from nettverk.relationships.due import due_list
from nettverk.relationships.models import Relationship

BEFORE = ("relationships", "0004_remove_relationship_owner_due_index")
NARROW = ["owner_id", "due_on", "snoozed_until"]
COVERING = [*NARROW, "cadence_days", "tier", "last_interaction_on", "contact_id"]


def _indexes() -> list[list[str]]:
    with connection.cursor() as cursor:
        found = connection.introspection.get_constraints(cursor, Relationship._meta.db_table)
    return [spec["columns"] for spec in found.values() if spec["index"] and not spec["unique"]]


@pytest.mark.django_db(transaction=True)
def test_it_migrates_both_ways(alice: User) -> None:
    """GIVEN alice with one contact due WHEN the index migrations are undone and redone THEN the
    narrow index comes back, then the covering one replaces it, and the due list is the same."""
    ingrid = contact_create(owner=alice, name="Ingrid Berg", cadence_days="30")
    interaction_log(owner=alice, contacts=[ingrid], kind="call",
                    occurred_on=timezone.localdate() - timedelta(days=40))
    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])
    assert NARROW in _indexes() and COVERING not in _indexes()
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    assert COVERING in _indexes() and NARROW not in _indexes()
    assert [item.name for item in due_list(alice)] == ["Ingrid Berg"]
