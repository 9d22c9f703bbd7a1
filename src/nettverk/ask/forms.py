from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from nettverk.ask.query import MAX_QUERY_CHARS
from nettverk.ask.services import DEFAULT_LIMIT, MAX_LIMIT


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
