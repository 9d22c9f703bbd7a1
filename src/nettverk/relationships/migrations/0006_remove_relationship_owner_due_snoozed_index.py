"""Drop the index on owner, due day and snooze: 0005's index starts with the same columns."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("relationships", "0005_relationship_due_covering_index"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="relationship",
            name="relationshi_owner_i_3cf558_idx",
        ),
    ]
