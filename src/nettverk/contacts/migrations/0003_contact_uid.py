"""Every contact gets a stable uid: existing rows each get their own, then it is required."""

import uuid

from django.db import migrations, models


def fill_uids(apps, schema_editor):
    Contact = apps.get_model("contacts", "Contact")
    for pk in Contact.objects.values_list("pk", flat=True).iterator():
        Contact.objects.filter(pk=pk).update(uid=uuid.uuid4())


class Migration(migrations.Migration):

    dependencies = [
        ("contacts", "0002_import_fields"),
    ]

    operations = [
        migrations.AddField(
            model_name="contact",
            name="uid",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(fill_uids, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="contact",
            name="uid",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AddConstraint(
            model_name="contact",
            constraint=models.UniqueConstraint(
                fields=("owner", "uid"), name="contact_uid_unique_per_owner"
            ),
        ),
    ]
