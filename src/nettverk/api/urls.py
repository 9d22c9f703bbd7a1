from django.urls import path
from ninja import NinjaAPI

api = NinjaAPI(title="nettverk", version="1")
urlpatterns = [path("", api.urls)]
