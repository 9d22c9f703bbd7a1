from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "nettverk.dashboard"
    label = "dashboard"
