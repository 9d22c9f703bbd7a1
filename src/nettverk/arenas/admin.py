from django.contrib import admin

from nettverk.accounts.admin import OwnerScopedAdmin
from nettverk.arenas.models import Arena


@admin.register(Arena)
class ArenaAdmin(OwnerScopedAdmin):
    list_display = ("name", "owner", "kind", "location", "hours_spent", "money_spent")
    list_filter = ("owner", "kind")
    search_fields = ("name", "location")
