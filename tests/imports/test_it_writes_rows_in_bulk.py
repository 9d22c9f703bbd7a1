"""The bulk insert path writes exactly what the ORM would, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from uuid import uuid4

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact, ContactEmail
from nettverk.contacts.services import contact_create
from nettverk.imports.bulk import RowBuilder, allocate_ids, insert_rows, sql_literal
from nettverk.imports.store_new import columns


def test_it_writes_rows_the_orm_reads_back(alice: User) -> None:
    builder = RowBuilder(Contact, with_id=True)
    ids = allocate_ids(Contact, 2)
    uid = uuid4()
    builder.insert([
        builder.row({"id": ids[0], "owner_id": alice.pk, "uid": uid, "name": "O'Brien; 100%",
                     "birthday": date(1604, 2, 29), "field_sources": {"name": "vcard"}}),
        builder.row({"id": ids[1], "owner_id": alice.pk, "name": "Per", "title": "CFO"}),
    ])
    first, second = Contact.objects.filter(pk__in=ids).order_by("pk")
    assert (first.name, first.uid, first.birthday) == ("O'Brien; 100%", uid, date(1604, 2, 29))
    assert first.field_sources == {"name": "vcard"} and first.notes == ""
    assert first.function == "other" and first.created_at is not None
    assert second.uid != first.uid and second.title == "CFO"  # a callable default, per row


def test_allocated_ids_never_reuse_a_deleted_contacts(alice: User) -> None:
    last = contact_create(owner=alice, name="Last")
    gone = last.pk
    last.delete()
    (pk,) = allocate_ids(Contact, 1)
    assert pk > gone


def test_child_rows_go_in_with_their_columns(alice: User) -> None:
    contact = contact_create(owner=alice, name="Per")
    insert_rows(*columns(ContactEmail, "contact", "address", "label"),
                [(contact.pk, "per@example.no", "work"), (contact.pk, "p@example.no", "")])
    assert sorted(contact.emails.values_list("address", "label")) == [
        ("p@example.no", ""), ("per@example.no", "work")]


def test_defaults_become_safe_literals() -> None:
    assert [sql_literal(v) for v in (None, True, 0, "", "it's", b"\x01")] == [
        "NULL", "1", "0", "''", "'it''s'", "X'01'"]
