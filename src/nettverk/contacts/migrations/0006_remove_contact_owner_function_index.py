"""Drop the index on owner and function: 0005's index starts with the same columns."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("contacts", "0005_contact_owner_function_decision_maker_index"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="contact",
            name="contacts_co_owner_i_ccf625_idx",
        ),
    ]
