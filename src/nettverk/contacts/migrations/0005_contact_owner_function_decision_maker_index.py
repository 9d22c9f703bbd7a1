"""Index function with decision-maker: the dashboard's counts read this index alone."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("contacts", "0004_contact_owner_first_met_index"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="contact",
            index=models.Index(
                fields=["owner", "function", "decision_maker"],
                name="contacts_co_owner_i_cf1035_idx",
            ),
        ),
    ]
