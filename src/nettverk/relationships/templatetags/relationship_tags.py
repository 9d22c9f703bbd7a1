"""Panels other apps' pages show: the due list and whom to help (dashboard), a contact's
relationship (contact page) and the calendar address (settings). Each is one tag, so those pages
need no knowledge of how relationships work."""

from __future__ import annotations

from typing import Any

from django import template
from django.urls import reverse
from django.utils import timezone

from nettverk.contacts.models import Contact
from nettverk.relationships.calendar import feed_of
from nettverk.relationships.due import due_top
from nettverk.relationships.forms import TierForm
from nettverk.relationships.ledger import contact_balance, taking_flag
from nettverk.relationships.offers import offers_of, suggestions_for
from nettverk.relationships.reasons import strength_reasons
from nettverk.relationships.services import relationship_for
from nettverk.relationships.views.due import row_context

register = template.Library()

DASHBOARD_ROWS = 5


@register.inclusion_tag("relationships/_due_panel.html", takes_context=True)
def due_panel(context: template.Context) -> dict[str, Any]:
    request = context["request"]
    items, total = due_top(request.user, limit=DASHBOARD_ROWS)
    return {"request": request, "items": items, "total": total, **row_context(request)}


@register.inclusion_tag("relationships/_help_panel.html", takes_context=True)
def help_panel(context: template.Context) -> dict[str, Any]:
    user = context["request"].user
    return {"suggestions": suggestions_for(user, limit=DASHBOARD_ROWS),
            "has_offers": offers_of(user).exists()}


@register.inclusion_tag("relationships/_contact_panel.html", takes_context=True)
def relationship_panel(context: template.Context, contact: Contact) -> dict[str, Any]:
    # Worked out now for a contact added in bulk since the last daily run.
    relationship = relationship_for(contact)
    balance = contact_balance(contact)
    today = timezone.localdate()
    snoozed_until = relationship.snoozed_until
    return {
        "request": context["request"], "contact": contact, "relationship": relationship,
        "reasons": strength_reasons(contact, today=today),
        "tier_form": TierForm(initial={"tier": relationship.tier}),
        "balance": balance, "flag": taking_flag(contact.name, balance) if balance.flagged else "",
        "snoozed": snoozed_until is not None and snoozed_until > today, "today": today,
    }


@register.inclusion_tag("relationships/_calendar_panel.html", takes_context=True)
def calendar_panel(context: template.Context) -> dict[str, Any]:
    request = context["request"]
    feed = feed_of(request.user)
    url = (request.build_absolute_uri(reverse("relationships:calendar_feed", args=[feed.token]))
           if feed else "")
    return {"feed_url": url}
