from django.apps import AppConfig


class RelationshipsConfig(AppConfig):
    name = "nettverk.relationships"
    label = "relationships"
