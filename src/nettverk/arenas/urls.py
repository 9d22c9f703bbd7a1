from django.urls import path

from nettverk.arenas import views

app_name = "arenas"
urlpatterns = [path("", views.arena_list, name="list")]
