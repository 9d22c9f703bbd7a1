from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.db.models import Model, QuerySet
from django.forms import ModelForm
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from nettverk.accounts.models import ApiToken, LoginLink, User


class OwnerScopedAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Staff who are not superusers see and create only their own records."""

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        found = super().get_queryset(request)
        return found if request.user.is_superuser else found.filter(owner=request.user)

    def get_list_filter(self, request: HttpRequest) -> Any:
        # Filtering by owner only makes sense to someone who sees every owner's records.
        if request.user.is_superuser:
            return self.list_filter
        return tuple(f for f in self.list_filter if f != "owner")

    def get_exclude(self, request: HttpRequest, obj: Any = None) -> Any:
        # Ownership is set here, never chosen in a form, unless a superuser reassigns it.
        return None if request.user.is_superuser else ("owner",)

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        return super().formfield_for_foreignkey(
            db_field, request, **self._scoped(db_field, request, kwargs))

    def formfield_for_manytomany(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        return super().formfield_for_manytomany(
            db_field, request, **self._scoped(db_field, request, kwargs))

    @staticmethod
    def _scoped(db_field: Any, request: HttpRequest, kwargs: dict[str, Any]) -> dict[str, Any]:
        """Choices for related owned records (arena, tags, contacts) come from the user's own."""
        related = db_field.related_model
        if not request.user.is_superuser and any(f.name == "owner" for f in related._meta.fields):
            kwargs["queryset"] = related._default_manager.filter(owner=request.user)
        return kwargs

    def save_model(
        self, request: HttpRequest, obj: Any, form: ModelForm[Model], change: bool
    ) -> None:
        if not change and not getattr(obj, "owner_id", None):
            obj.owner = request.user
        super().save_model(request, obj, form, change)


@admin.register(User)
class NettverkUserAdmin(UserAdmin):  # type: ignore[type-arg]
    list_display = ("username", "email", "language", "is_staff", "is_active", "last_login")
    fieldsets = (*(UserAdmin.fieldsets or ()), (_("Preferences"), {"fields": ("language",)}))


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("name", "user", "created_at", "last_used_at")
    list_filter = ("user",)
    # The digest is useless to read and must not be edited; tokens are made on the settings page.
    readonly_fields = ("user", "digest", "created_at", "last_used_at")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.register(LoginLink)
class LoginLinkAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("user", "expires_at", "used_at")
    list_filter = ("user",)
    readonly_fields = ("user", "digest", "expires_at", "used_at")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False
