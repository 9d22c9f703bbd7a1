"""Drop the Meta index on owner: the owner foreign key has its own, on the same column, and every
document an import writes went into both."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("ask", "0003_savedask_goal"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="askdocument",
            name="ask_askdocu_owner_i_1d8a98_idx",
        ),
    ]
