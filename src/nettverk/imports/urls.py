from django.urls import path

from nettverk.imports import views

app_name = "imports"
urlpatterns = [
    path("import/", views.import_page, name="import"),
    path("import/<str:token>/confirm/", views.import_confirm, name="confirm"),
    path("import/<str:token>/cancel/", views.import_cancel, name="cancel"),
    path("import/conflicts/<int:pk>/<str:action>/", views.conflict_action, name="conflict"),
    path("export/", views.export_download, name="export"),
]
