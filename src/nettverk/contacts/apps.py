from django.apps import AppConfig


class ContactsConfig(AppConfig):
    name = "nettverk.contacts"
    label = "contacts"
