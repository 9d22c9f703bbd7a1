"""Index contacts by first meeting: a "new contacts" goal counts those first met in its window."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("contacts", "0003_contact_uid"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="contact",
            index=models.Index(fields=["owner", "first_met"], name="contacts_co_owner_i_97fea2_idx"),
        ),
    ]
