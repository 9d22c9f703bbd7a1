from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("nettverk.dashboard.urls")),
    path("", include("nettverk.accounts.urls")),
    path("contacts/duplicates/", include("nettverk.dedupe.urls")),
    path("contacts/", include("nettverk.contacts.urls")),
    path("", include("nettverk.imports.urls")),
    path("interactions/", include("nettverk.interactions.urls")),
    path("", include("nettverk.relationships.urls")),
    path("", include("nettverk.goals.urls")),
    path("arenas/", include("nettverk.arenas.urls")),
    path("ask/", include("nettverk.ask.urls")),
    path("api/", include("nettverk.api.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
