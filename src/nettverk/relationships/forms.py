from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from nettverk.relationships.models import Tier


class TierForm(forms.Form):
    tier = forms.ChoiceField(
        label=_("Tier"), required=False, choices=[("", _("Not pinned")), *Tier.choices],
        help_text=_("Sets how often to keep in touch (30, 90 or 180 days) unless the contact "
                    "has a cadence of their own or a tag asks for more often."),
    )


class OfferForm(forms.Form):
    title = forms.CharField(label=_("What I can offer"), max_length=200)
    description = forms.CharField(label=_("Description"), required=False,
                                  widget=forms.Textarea(attrs={"rows": 3}))
    keywords = forms.CharField(
        label=_("Keywords"), required=False, max_length=500,
        help_text=_("Words someone who needs this would use, separated by commas."),
    )
