"""Drop the index on owner and due day: 0003's index starts with the same columns."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("relationships", "0003_relationship_owner_due_snoozed_index"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="relationship",
            name="relationshi_owner_i_70c5bf_idx",
        ),
    ]
