from django.apps import AppConfig


class ArenasConfig(AppConfig):
    name = "nettverk.arenas"
    label = "arenas"
