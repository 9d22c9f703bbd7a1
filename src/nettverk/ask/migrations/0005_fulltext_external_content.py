"""SQLite's full-text index reads the bodies from the documents instead of keeping copies, keeps
no per-document sizes, and triggers take entries out (see `nettverk.ask.fulltext`). PostgreSQL's
index is unchanged."""

from django.db import migrations

# The table as 0002 made it, for going back.
_COPYING = (
    "CREATE VIRTUAL TABLE ask_fts USING fts5(body, owner_id UNINDEXED, "
    "tokenize = \"unicode61 remove_diacritics 0 tokenchars '_'\")"
)


def external(apps, schema_editor):
    from nettverk.ask.fulltext import FTS_TABLE, create_index, drop_index

    if schema_editor.connection.vendor != "sqlite":
        return
    drop_index(schema_editor.connection)
    create_index(schema_editor.connection)
    schema_editor.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('rebuild')")


def copying(apps, schema_editor):
    from nettverk.ask.fulltext import drop_index

    if schema_editor.connection.vendor != "sqlite":
        return
    drop_index(schema_editor.connection)
    schema_editor.execute(_COPYING)
    schema_editor.execute("INSERT INTO ask_fts (rowid, owner_id, body) "
                          "SELECT contact_id, owner_id, body FROM ask_askdocument")


class Migration(migrations.Migration):

    dependencies = [
        ("ask", "0004_drop_second_owner_index"),
    ]

    operations = [
        migrations.RunPython(external, copying),
    ]
