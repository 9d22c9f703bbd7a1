"""The arenas page's two forms: a new arena, and a visit (time and money spent there)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from nettverk.accounts.models import User
from nettverk.arenas.models import Arena, ArenaKind, ArenaVisit
from nettverk.arenas.services import arena_create, arena_visit_log
from nettverk.contacts.forms import add_service_errors
from nettverk.goals.models import Goal, Status


class ArenaForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    kind = forms.ChoiceField(label=_("Kind"), choices=ArenaKind.choices)
    location = forms.CharField(label=_("Location"), max_length=200, required=False)

    def __init__(self, *args: Any, owner: User, **kwargs: Any) -> None:
        super().__init__(*args, **{"prefix": "arena", **kwargs})
        self.owner = owner

    def save(self) -> Arena | None:
        try:
            return arena_create(self.owner, **self.cleaned_data)
        except ValidationError as error:
            add_service_errors(self, error)
            return None


class VisitForm(forms.Form):
    arena = forms.ModelChoiceField(label=_("Arena"), queryset=Arena.objects.none())
    on = forms.DateField(label=_("Date"), initial=timezone.localdate,
                         widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}))
    hours = forms.DecimalField(label=_("Hours"), min_value=Decimal(0), max_value=Decimal(1000),
                               decimal_places=1, initial=Decimal(2))
    money = forms.DecimalField(label=_("Money spent (kr)"), min_value=Decimal(0),
                               decimal_places=2, initial=Decimal(0))
    goal = forms.ModelChoiceField(label=_("For goal"), queryset=Goal.objects.none(),
                                  required=False)
    note = forms.CharField(label=_("Note"), max_length=300, required=False)

    def __init__(self, *args: Any, owner: User, **kwargs: Any) -> None:
        super().__init__(*args, **{"prefix": "visit", **kwargs})
        self.owner = owner
        for name, queryset in (("arena", Arena.objects.owned_by(owner)),
                               ("goal", Goal.objects.owned_by(owner).filter(
                                   status=Status.ACTIVE))):
            field = self.fields[name]
            assert isinstance(field, forms.ModelChoiceField)
            field.queryset = queryset

    def save(self) -> ArenaVisit | None:
        try:
            return arena_visit_log(owner=self.owner, **self.cleaned_data)
        except ValidationError as error:
            add_service_errors(self, error, {"date": "on"})
            return None
