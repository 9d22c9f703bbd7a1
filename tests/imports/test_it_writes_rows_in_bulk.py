"""The bulk insert path writes exactly what the ORM would, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from uuid import RFC_4122, uuid4

from django.db import connection

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact, ContactEmail
from nettverk.contacts.services import contact_create
from nettverk.imports.bulk import allocate_ids
from nettverk.imports.store_new import TABLES, columns
from nettverk.lib.bulk_rows import insert_rows, sql_literal
from nettverk.lib.row_builder import RowBuilder
from nettverk.relationships.models import Relationship

from .pipeline import import_text


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


def test_rows_whose_key_is_taken_are_left_out_and_the_stored_ones_kept(alice: User) -> None:
    """What a recompute relies on when another one created the same relationship meanwhile."""
    kept, new = contact_create(owner=alice, name="Per"), contact_create(owner=alice, name="Kari")
    Relationship.objects.filter(contact__in=[kept, new]).delete()
    Relationship.objects.create(contact=kept, owner=alice, tier="inner", cadence_days=30)
    builder = RowBuilder(Relationship, with_id=True)
    builder.insert([builder.row({"contact_id": c.pk, "owner_id": alice.pk, "cadence_days": 9})
                    for c in (kept, new)], skip_taken=True)
    assert sorted(Relationship.objects.values_list("contact__name", "tier", "cadence_days")) == [
        ("Kari", "", 9), ("Per", "inner", 30)]


def test_defaults_become_safe_literals() -> None:
    assert [sql_literal(v) for v in (None, True, 0, "", "it's", b"\x01")] == [
        "NULL", "1", "0", "''", "'it''s'", "X'01'"]


def _indexes() -> dict[str, dict[str, object]]:
    """Every index of the tables an import writes new contacts into."""
    found = {}
    with connection.cursor() as cursor:
        for model in TABLES:
            table = model._meta.db_table
            constraints = connection.introspection.get_constraints(cursor, table)
            found.update({f"{table}.{name}": {key: constraints[name][key]
                                               for key in ("columns", "unique", "index")}
                          for name in constraints if constraints[name]["index"]})
    return found


LINKEDIN = ("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            "Ingrid,Solberg,https://www.linkedin.com/in/ingrid,ingrid@equinor.com,Equinor,CFO,"
            "05 Jan 2026\n")


def test_a_first_import_into_an_empty_home_keeps_every_index(alice: User) -> None:
    """The indexes set aside while a first import writes are all back, and used."""
    before = _indexes()
    assert len(before) >= 7 + 6  # the contacts' and those of their emails, links and sources
    result = import_text(alice, LINKEDIN, "Connections.csv")
    assert result.ok and result.new == 1
    assert _indexes() == before
    assert Contact.objects.filter(owner=alice, name="Ingrid Solberg").exists()
    again = import_text(alice, LINKEDIN, "Connections.csv")
    assert (again.new, again.unchanged) == (0, 1)


def test_a_refused_first_import_keeps_every_index(alice: User) -> None:
    before = _indexes()
    result = import_text(alice, LINKEDIN + 'Per,"Berg\n', "Connections.csv")
    assert not result.ok and not Contact.objects.exists()
    assert _indexes() == before


def test_imported_people_get_random_version_4_uids_one_after_another(alice: User) -> None:
    """The uids an import gives are real version-4 UUIDs on both databases, distinct, and
    close together (written as 32 hex digits, read back as UUIDs)."""
    rows = "".join(f"Per,Berg {i},,,Nordbanken,CFO,05 Jan 2026\n" for i in range(3))
    import_text(alice, "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + rows, file="Connections.csv")
    uids = list(Contact.objects.filter(owner=alice).order_by("pk").values_list("uid", flat=True))
    assert len(set(uids)) == 3 and {(u.version, u.variant) for u in uids} == {(4, RFC_4122)}
    assert [u.int - uids[0].int for u in uids] == [0, 1, 2]
