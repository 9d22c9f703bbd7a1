"""Every API error is `{"detail": "..."}`; bad input also says which field and why, in `errors`."""

from __future__ import annotations

from functools import partial
from typing import Any

from django.core.exceptions import RequestDataTooBig, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja import NinjaAPI
from ninja.errors import AuthenticationError
from ninja.errors import ValidationError as SchemaError

# Where ninja says a value came from; the field a user should fix is the next name after it.
_PARAM_SOURCES = frozenset({"body", "query", "path", "header", "cookie", "form", "file"})

# pydantic's error types that a script is likely to hit, keyed as pydantic names them.
_SCHEMA_MESSAGES = {
    "missing": gettext_lazy("This field is required."),
    "string_type": gettext_lazy("Give text."),
    "int_type": gettext_lazy("Give a whole number."),
    "int_parsing": gettext_lazy("Give a whole number."),
    "bool_type": gettext_lazy("Give true or false."),
    "bool_parsing": gettext_lazy("Give true or false."),
    "list_type": gettext_lazy("Give a list."),
    "greater_than_equal": gettext_lazy("Give at least %(ge)s."),
    "less_than_equal": gettext_lazy("Give at most %(le)s."),
    "string_too_long": gettext_lazy("At most %(max_length)s characters."),
}


def register_error_handlers(api: NinjaAPI) -> None:
    api.add_exception_handler(ValidationError, partial(_bad_input, api=api))
    api.add_exception_handler(SchemaError, partial(_bad_schema, api=api))
    api.add_exception_handler(Http404, partial(_not_found, api=api))
    api.add_exception_handler(AuthenticationError, partial(_unauthenticated, api=api))
    api.add_exception_handler(RequestDataTooBig, partial(_too_big, api=api))


def _invalid(api: NinjaAPI, request: HttpRequest, errors: dict[str, list[str]]) -> HttpResponse:
    detail = "; ".join(f"{field}: {' '.join(msgs)}" for field, msgs in errors.items())
    return api.create_response(request, {"detail": detail, "errors": errors}, status=422)


def _field_errors(exc: ValidationError) -> dict[str, list[str]]:
    """A service's ValidationError as {field: [messages]}; a bare message belongs to no field."""
    if hasattr(exc, "error_dict"):
        return {field: list(msgs) for field, msgs in exc.message_dict.items()}
    return {"__all__": list(exc.messages)}


def _schema_errors(exc: SchemaError) -> dict[str, list[str]]:
    """ninja's pydantic errors ({"loc": ["body", "payload", "emails", 0], ...}) by field."""
    errors: dict[str, list[str]] = {}
    for error in exc.errors:
        errors.setdefault(_field_name(error.get("loc", ())), []).append(_schema_message(error))
    return errors


def _schema_message(error: dict[str, Any]) -> str:
    """The common type mistakes in the user's language; pydantic's English for the rare rest."""
    template = _SCHEMA_MESSAGES.get(str(error.get("type", "")))
    if template is None:
        return str(error.get("msg", ""))
    return str(template) % (error.get("ctx") or {})


def _field_name(loc: Any) -> str:
    # Body errors read ["body", <parameter>, <field>, ...], query ones ["query", <field>].
    names = [str(part) for part in loc if isinstance(part, str)]
    if names and names[0] in _PARAM_SOURCES:
        names = names[1:]
    if len(names) > 1:
        names = names[1:]
    return names[0] if names else "__all__"


def _bad_input(request: HttpRequest, exc: ValidationError, *, api: NinjaAPI) -> HttpResponse:
    return _invalid(api, request, _field_errors(exc))


def _bad_schema(request: HttpRequest, exc: SchemaError, *, api: NinjaAPI) -> HttpResponse:
    return _invalid(api, request, _schema_errors(exc))


def _not_found(request: HttpRequest, exc: Http404, *, api: NinjaAPI) -> HttpResponse:
    # The same answer whether the record never existed or belongs to someone else.
    return api.create_response(request, {"detail": _("Not found.")}, status=404)


def _unauthenticated(
    request: HttpRequest, exc: AuthenticationError, *, api: NinjaAPI
) -> HttpResponse:
    response = api.create_response(
        request, {"detail": _("Authentication required: send a valid API token.")}, status=401
    )
    response["WWW-Authenticate"] = 'Bearer realm="nettverk"'
    return response


def _too_big(request: HttpRequest, exc: RequestDataTooBig, *, api: NinjaAPI) -> HttpResponse:
    # Django refuses to read a body over DATA_UPLOAD_MAX_MEMORY_SIZE; say so in JSON, not HTML.
    return api.create_response(request, {"detail": _("The request is too large.")}, status=413)
