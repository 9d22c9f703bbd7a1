"""The engine-specific full-text index beside `AskDocument`: FTS5 on SQLite, tsvector on PostgreSQL."""

from django.db import migrations


def create(apps, schema_editor):
    from nettverk.ask.fulltext import create_index

    create_index(schema_editor.connection)


def drop(apps, schema_editor):
    from nettverk.ask.fulltext import drop_index

    drop_index(schema_editor.connection)


class Migration(migrations.Migration):

    dependencies = [
        ("ask", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create, drop),
    ]
