from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "nettverk.accounts"
    label = "accounts"
