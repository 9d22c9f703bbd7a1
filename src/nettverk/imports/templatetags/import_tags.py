"""{% import_conflicts contact %}: the values imports brought that the contact page offers."""

from __future__ import annotations

from typing import Any

from django import template
from django.core.exceptions import FieldDoesNotExist

from nettverk.contacts.models import Contact
from nettverk.imports.conflicts import conflicts_open, source_name

register = template.Library()


@register.inclusion_tag("imports/_conflicts.html")
def import_conflicts(contact: Contact) -> dict[str, Any]:
    rows = [{"conflict": conflict, "source": source_name(conflict.source),
             "field": field_label(conflict.field)} for conflict in conflicts_open(contact)]
    return {"rows": rows}


def field_label(name: str) -> str:
    try:
        return str(getattr(Contact._meta.get_field(name), "verbose_name", name))
    except FieldDoesNotExist:
        return name
