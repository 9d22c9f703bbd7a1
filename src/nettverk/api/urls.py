"""The JSON API under /api/: OpenAPI document at /api/openapi.json, browsable docs at /api/docs."""

from __future__ import annotations

from django.urls import path
from ninja import NinjaAPI

from nettverk.api.auth import API_AUTH
from nettverk.api.docs import OfflineSwagger
from nettverk.api.errors import register_error_handlers
from nettverk.api.titles import router as titles_router
from nettverk.ask.api import router as ask_router
from nettverk.contacts.api import router as contacts_router
from nettverk.goals.api import router as goals_router
from nettverk.interactions.api import router as interactions_router
from nettverk.relationships.api import router as due_router

api = NinjaAPI(
    title="nettverk",
    version="1",
    description="Contacts and interactions of the signed-in user, as JSON.",
    auth=API_AUTH,
    urls_namespace="api",
    docs=OfflineSwagger(),
    docs_url="/docs",
)
register_error_handlers(api)
api.add_router("/contacts", contacts_router)
api.add_router("/interactions", interactions_router)
api.add_router("/goals", goals_router)
api.add_router("/due", due_router)
api.add_router("", titles_router)
api.add_router("", ask_router)

urlpatterns = [path("", api.urls)]
