from django.contrib import admin

from nettverk.accounts.admin import OwnerScopedAdmin
from nettverk.contacts.models import (
    Contact,
    ContactEmail,
    ContactLink,
    ContactPhone,
    Organization,
    Tag,
)


class EmailInline(admin.TabularInline):  # type: ignore[type-arg]
    model = ContactEmail
    extra = 0


class PhoneInline(admin.TabularInline):  # type: ignore[type-arg]
    model = ContactPhone
    extra = 0


class LinkInline(admin.TabularInline):  # type: ignore[type-arg]
    model = ContactLink
    extra = 0


@admin.register(Contact)
class ContactAdmin(OwnerScopedAdmin):
    list_display = ("name", "owner", "organization", "title", "function", "seniority",
                    "decision_maker", "strength")
    list_filter = ("owner", "function", "seniority", "decision_maker")
    search_fields = ("name", "title", "organization__name", "emails__address")
    # Raw ids: a select of every contact or organization would load the whole network.
    raw_id_fields = ("organization", "arena", "introduced_by")
    filter_horizontal = ("tags",)
    inlines = (EmailInline, PhoneInline, LinkInline)


@admin.register(Organization)
class OrganizationAdmin(OwnerScopedAdmin):
    list_display = ("name", "owner", "industry", "location")
    list_filter = ("owner",)
    search_fields = ("name",)


@admin.register(Tag)
class TagAdmin(OwnerScopedAdmin):
    list_display = ("name", "owner")
    list_filter = ("owner",)
    search_fields = ("name",)
