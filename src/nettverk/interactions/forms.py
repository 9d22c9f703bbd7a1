"""The quick log: a few keystrokes from "I just met Ingrid" to a saved interaction."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from nettverk.accounts.models import User
from nettverk.arenas.models import Arena
from nettverk.arenas.services import arena_get_or_create
from nettverk.contacts.forms import add_service_errors
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_find
from nettverk.goals.models import Goal, Status
from nettverk.interactions.models import Interaction, Kind
from nettverk.interactions.services import interaction_log

# Alt(+Shift)+letter picks a kind; letters follow the English names, digits clash with tab keys.
KIND_ACCESS_KEYS = {
    "meeting": "m", "call": "c", "message": "s", "email": "e", "event": "v",
    "intro_received": "r", "intro_made": "i", "help_given": "g", "help_received": "h",
}


class KindSelect(forms.RadioSelect):
    def create_option(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        option = super().create_option(*args, **kwargs)
        key = KIND_ACCESS_KEYS.get(str(option["value"]))
        if key:
            option["attrs"]["accesskey"] = key
            option["access_key"] = key
        return option


class QuickLogForm(forms.Form):
    contacts = forms.ModelMultipleChoiceField(
        label=_("With"), required=False, queryset=Contact.objects.none(),
        widget=forms.MultipleHiddenInput,
    )
    # Text left in the contact box (no script, or typed past the list): one more contact, by name.
    contact_query = forms.CharField(label=_("Contact"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), choices=Kind.choices, initial=Kind.MEETING,
                             widget=KindSelect)
    occurred_on = forms.DateField(
        label=_("Date"), initial=timezone.localdate,
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
    )
    note = forms.CharField(label=_("Note"), required=False,
                           widget=forms.Textarea(attrs={"rows": 3}))
    arena = forms.CharField(label=_("Arena"), required=False,
                            help_text=_("Where it happened; a new name creates the arena."))
    goal = forms.ModelChoiceField(label=_("Goal"), required=False, queryset=Goal.objects.none(),
                                  help_text=_("Count it for this goal, even outside its segment."))

    def __init__(self, *args: Any, owner: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.owner = owner
        field = self.fields["contacts"]
        assert isinstance(field, forms.ModelMultipleChoiceField)
        field.queryset = Contact.objects.owned_by(owner)
        self.fields["arena"].widget.attrs["list"] = "arena-names"
        goal_field = self.fields["goal"]
        assert isinstance(goal_field, forms.ModelChoiceField)
        goal_field.queryset = Goal.objects.owned_by(owner).filter(status=Status.ACTIVE)

    def arena_names(self) -> list[str]:
        return list(Arena.objects.owned_by(self.owner).values_list("name", flat=True))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if "contacts" in self.errors:
            return data
        picked = list(data.get("contacts") or [])
        typed = data.get("contact_query", "").strip()
        if typed:
            try:
                found = contact_find(self.owner, typed)
            except ValidationError as error:
                add_service_errors(self, error, {"contact": "contact_query"})
                return data
            picked += [found] if found not in picked else []
        if not picked:
            self.add_error("contact_query", _("Pick at least one contact."))
        data["contacts"] = picked
        return data

    def chosen_contacts(self) -> list[Contact]:
        """The chips to show: what was posted (when valid) or what the page was opened with."""
        if not self.is_bound:
            return list(self.initial.get("contacts") or [])
        return list(getattr(self, "cleaned_data", {}).get("contacts") or [])

    def save(self) -> Interaction | None:
        data = self.cleaned_data
        try:
            # One transaction, so a new arena is not left behind when the interaction is refused.
            with transaction.atomic():
                arena = arena_get_or_create(self.owner, data["arena"]) if data["arena"] else None
                return interaction_log(
                    owner=self.owner, contacts=data["contacts"], kind=data["kind"],
                    occurred_on=data["occurred_on"], note=data["note"], arena=arena,
                    goal=data.get("goal"),
                )
        except ValidationError as error:
            add_service_errors(self, error, {"date": "occurred_on", "contact": "contact_query"})
            return None
