from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("nettverk.dashboard.urls")),
    path("", include("nettverk.accounts.urls")),
    path("contacts/", include("nettverk.contacts.urls")),
    path("interactions/", include("nettverk.interactions.urls")),
    path("api/", include("nettverk.api.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
