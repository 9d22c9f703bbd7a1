"""Index every column the due list reads, so it is answered from the index alone."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("relationships", "0004_remove_relationship_owner_due_index"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="relationship",
            index=models.Index(
                fields=["owner", "due_on", "snoozed_until", "cadence_days", "tier",
                        "last_interaction_on", "contact"],
                name="relationshi_owner_i_ec252f_idx",
            ),
        ),
    ]
