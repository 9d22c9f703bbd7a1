from django.contrib import admin

from nettverk.accounts.admin import OwnerScopedAdmin
from nettverk.interactions.models import Interaction


@admin.register(Interaction)
class InteractionAdmin(OwnerScopedAdmin):
    list_display = ("occurred_on", "kind", "direction", "owner", "arena")
    list_filter = ("owner", "kind", "direction")
    date_hierarchy = "occurred_on"
    raw_id_fields = ("arena", "contacts")
