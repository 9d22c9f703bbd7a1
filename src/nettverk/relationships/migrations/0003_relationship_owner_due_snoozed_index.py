"""Index the snooze with the due day: the due list's length is then counted from the index."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("relationships", "0002_tag_cadence"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="relationship",
            index=models.Index(
                fields=["owner", "due_on", "snoozed_until"], name="relationshi_owner_i_3cf558_idx"
            ),
        ),
    ]
