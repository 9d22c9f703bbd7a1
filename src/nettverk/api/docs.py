"""The API docs page, drawn by the Swagger UI copy that django-ninja ships: no CDN, no network."""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.openapi.docs import Swagger


class OfflineSwagger(Swagger):
    """ninja's Swagger page, served only while its bundled assets can be found.

    ninja renders its local template and static files when "ninja" is an installed app and quietly
    falls back to a CDN otherwise; a product that must work offline answers 404 instead of that.
    """

    def render_page(self, request: HttpRequest, api: NinjaAPI, **kwargs: Any) -> HttpResponse:
        if not apps.is_installed("ninja"):
            raise Http404("API docs need 'ninja' in INSTALLED_APPS")
        return super().render_page(request, api, **kwargs)
