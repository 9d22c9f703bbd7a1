from django.apps import AppConfig


class InteractionsConfig(AppConfig):
    name = "nettverk.interactions"
    label = "interactions"
