import django.db.models.deletion
from decimal import Decimal
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('arenas', '0001_initial'),
        ('goals', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='ArenaVisit',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('on', models.DateField(verbose_name='date')),
                ('hours', models.DecimalField(decimal_places=1, default=Decimal('0'), max_digits=6, verbose_name='hours')),
                ('money', models.DecimalField(decimal_places=2, default=Decimal('0'), max_digits=12, verbose_name='money')),
                ('note', models.CharField(blank=True, max_length=300, verbose_name='note')),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('arena', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='visits', to='arenas.arena', verbose_name='arena')),
                ('goal', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='arena_visits', to='goals.goal', verbose_name='goal')),
                ('owner', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'ordering': ['-on', '-id'],
                'indexes': [models.Index(fields=['owner', 'on'], name='arenas_aren_owner_i_255891_idx')],
            },
        ),
    ]
