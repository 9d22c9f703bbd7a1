from django.urls import path

from nettverk.interactions import views

app_name = "interactions"
urlpatterns = [
    path("new/", views.quick_log, name="new"),
    path("contacts/", views.contact_options, name="contact_options"),
]
