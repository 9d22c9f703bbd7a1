from django.urls import path

from nettverk.dedupe import views

app_name = "dedupe"
urlpatterns = [
    path("", views.duplicates_page, name="list"),
    path("merge/", views.merge_pair, name="merge"),
    path("dismiss/", views.dismiss, name="dismiss"),
]
