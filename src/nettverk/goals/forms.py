"""Goal forms parse what was typed; `goals.services` decides what is valid and saves it."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from nettverk.accounts.models import User
from nettverk.contacts.forms import add_service_errors, split_list
from nettverk.contacts.models import Function, Seniority
from nettverk.goals.models import Cadence, Goal, Measure
from nettverk.goals.services import SENTENCE_MAX, goal_create, goal_update

DATE_WIDGET = forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"})
BUDDY_HELP = _("An email address, one of your contacts with an email, or another user here.")


class GoalSentenceForm(forms.Form):
    sentence = forms.CharField(
        label=_("Your goal, in one sentence"), max_length=SENTENCE_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Whom to meet, how many, how often and by when. English, Swedish or "
                    "Norwegian."),
    )
    buddy = forms.CharField(label=_("Accountability buddy"), required=False,
                            help_text=BUDDY_HELP)

    def __init__(self, *args: Any, owner: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.owner = owner

    def save(self) -> Goal | None:
        try:
            return goal_create(owner=self.owner, sentence=self.cleaned_data["sentence"],
                               buddy=self.cleaned_data["buddy"])
        except ValidationError as error:
            add_service_errors(self, error)
            return None


class GoalEditForm(forms.Form):
    purpose = forms.CharField(label=_("Purpose"), required=False,
                              widget=forms.Textarea(attrs={"rows": 2}))
    measure = forms.ChoiceField(label=_("Measure"), choices=Measure.choices)
    target = forms.IntegerField(label=_("Target per window"), required=False, min_value=1)
    cadence = forms.ChoiceField(label=_("Cadence"), choices=Cadence.choices)
    start = forms.DateField(label=_("Start"), required=False, widget=DATE_WIDGET)
    end = forms.DateField(label=_("End"), required=False, widget=DATE_WIDGET)
    functions = forms.MultipleChoiceField(label=_("Functions"), required=False,
                                          choices=Function.choices,
                                          widget=forms.CheckboxSelectMultiple)
    seniorities = forms.MultipleChoiceField(label=_("Seniorities"), required=False,
                                            choices=Seniority.choices,
                                            widget=forms.CheckboxSelectMultiple)
    decision_maker = forms.NullBooleanField(label=_("Decision-makers"), required=False,
                                            widget=forms.NullBooleanSelect)
    industries = forms.CharField(label=_("Industries"), required=False,
                                 help_text=_("Separated by commas."))
    locations = forms.CharField(label=_("Locations"), required=False,
                                help_text=_("Separated by commas."))
    keywords = forms.CharField(label=_("Expertise keywords"), required=False,
                               help_text=_("Separated by commas."))
    tags = forms.CharField(label=_("Tags"), required=False, help_text=_("Separated by commas."))
    buddy = forms.CharField(label=_("Accountability buddy"), required=False,
                            help_text=BUDDY_HELP)

    LISTS = ("industries", "locations", "keywords", "tags")

    def __init__(self, *args: Any, goal: Goal, buddy: str = "", **kwargs: Any) -> None:
        initial = {name: getattr(goal, name) for name in (
            "purpose", "measure", "target", "cadence", "start", "end", "functions",
            "seniorities", "decision_maker")}
        initial.update({name: ", ".join(getattr(goal, name)) for name in self.LISTS})
        kwargs["initial"] = {**initial, "buddy": buddy, **kwargs.get("initial", {})}
        super().__init__(*args, **kwargs)
        self.goal = goal

    def save(self) -> Goal | None:
        data = dict(self.cleaned_data)
        for name in self.LISTS:
            data[name] = split_list(data[name])
        try:
            return goal_update(self.goal, **data)
        except ValidationError as error:
            add_service_errors(self, error)
            return None


class CheckInForm(forms.Form):
    on = forms.DateField(label=_("Date"), initial=timezone.localdate, widget=DATE_WIDGET)
    note = forms.CharField(label=_("How is it going?"), max_length=10_000,
                           widget=forms.Textarea(attrs={"rows": 2}))
