from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AskConfig(AppConfig):
    name = "nettverk.ask"
    label = "ask"
    verbose_name = _("Ask")
    default_auto_field = "django.db.models.BigAutoField"
