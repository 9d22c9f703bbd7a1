from django.urls import path

from nettverk.ask import views

app_name = "ask"
urlpatterns = [
    path("", views.ask_page, name="page"),
    path("save/", views.ask_save, name="save"),
    path("saved/<int:pk>/", views.saved_detail, name="saved"),
    path("saved/<int:pk>/delete/", views.saved_delete, name="saved_delete"),
    path("remind/<int:pk>.ics", views.remind, name="remind"),
]
