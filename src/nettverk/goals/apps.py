from django.apps import AppConfig


class GoalsConfig(AppConfig):
    name = "nettverk.goals"
    label = "goals"
