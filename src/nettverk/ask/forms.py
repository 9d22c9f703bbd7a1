from __future__ import annotations

from typing import Any

from django import forms
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from nettverk.accounts.models import User
from nettverk.ask.query import MAX_QUERY_CHARS
from nettverk.ask.services import DEFAULT_LIMIT, MAX_LIMIT
from nettverk.goals.models import Goal
from nettverk.goals.services import goals_of


class AskForm(forms.Form):
    q = forms.CharField(
        label=_("What do you need help with?"), max_length=MAX_QUERY_CHARS, strip=True,
        widget=forms.Textarea(attrs={"rows": 2, "placeholder": _(
            "We need to make our customer database GDPR compliant")}),
    )
    limit = forms.IntegerField(min_value=1, max_value=MAX_LIMIT, required=False,
                               widget=forms.HiddenInput)

    def clean_limit(self) -> int:
        return self.cleaned_data.get("limit") or DEFAULT_LIMIT


class _GoalChoice(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Goal) -> str:
        # A goal is the sentence the user wrote, which can run long in a select.
        return Truncator(obj.sentence).chars(60)


class SaveAskForm(AskForm):
    """Saving an ask: as a note, or on one of the owner's active goals."""

    goal = _GoalChoice(queryset=Goal.objects.none(), required=False,
                       label=_("Goal"), empty_label=_("as a note"))

    def __init__(self, *args: Any, owner: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        goal = self.fields["goal"]
        assert isinstance(goal, forms.ModelChoiceField)
        goal.queryset = goals_of(owner, active_only=True)
