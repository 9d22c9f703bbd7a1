"""Contact forms parse what was typed; `contacts.services` decides what is valid and saves it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from nettverk.accounts.models import User
from nettverk.arenas.models import Arena
from nettverk.arenas.services import arena_get_or_create
from nettverk.contacts.models import Contact, Function, Seniority, Tag
from nettverk.contacts.services import contact_create, contact_update
from nettverk.contacts.validation import CADENCE_DAYS_MAX

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

LIST_SEPARATORS = re.compile(r"[\n,;]+")
# The services name a bad address "email"; the form field holding all of them is "emails".
SERVICE_FIELD_NAMES = {"email": "emails", "phone": "phones", "url": "links"}


def split_list(raw: str, separators: re.Pattern[str] = LIST_SEPARATORS) -> list[str]:
    return [item.strip() for item in separators.split(raw) if item.strip()]


def add_service_errors(
    form: forms.Form, error: ValidationError, renames: dict[str, str] | None = None
) -> None:
    """Put each message of a service's ValidationError next to the form field it is about."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for key, messages in error.message_dict.items():
        field = (renames or {}).get(key, key)
        form.add_error(field if field in form.fields else None, messages)


def _text(label: StrOrPromise, *, rows: int = 0, help_text: StrOrPromise = "") -> forms.CharField:
    widget = forms.Textarea(attrs={"rows": rows}) if rows else forms.TextInput()
    return forms.CharField(label=label, required=False, widget=widget, help_text=help_text)


class ContactForm(forms.Form):
    name = forms.CharField(label=_("Name"))
    emails = _text(_("Emails"), rows=2, help_text=_("One per line or separated by commas."))
    phones = _text(_("Phones"), rows=2, help_text=_("One per line or separated by commas."))
    title = _text(_("Title"))
    organization = _text(_("Organization"))
    function = forms.ChoiceField(
        label=_("Function"), required=False,
        choices=[("", _("Classify from title")), *Function.choices],
    )
    seniority = forms.ChoiceField(
        label=_("Seniority"), required=False,
        choices=[("", _("Classify from title")), *Seniority.choices],
    )
    industry = _text(_("Industry"))
    location = _text(_("Location"))
    languages = _text(_("Languages"))
    expertise = _text(_("Expertise"), rows=3, help_text=_("What they know and have done."))
    needs = _text(_("Needs and interests"), rows=3, help_text=_("What they would value."))
    notes = _text(_("Notes"), rows=5)
    first_met = forms.DateField(
        label=_("First met"), required=False,
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
    )
    arena = _text(_("Arena"), help_text=_("Where you met; a new name creates the arena."))
    introduced_by = forms.ModelChoiceField(
        label=_("Introduced by"), required=False, queryset=Contact.objects.none(),
        empty_label=_("Nobody"),
    )
    cadence_days = forms.IntegerField(
        label=_("Keep in touch every (days)"), required=False, min_value=1,
        max_value=CADENCE_DAYS_MAX,
    )
    tags = _text(_("Tags"), help_text=_("Separated by commas."))
    links = _text(_("Links"), rows=2, help_text=_("Profile or web addresses, one per line."))

    def __init__(self, *args: Any, owner: User, contact: Contact | None = None,
                 **kwargs: Any) -> None:
        if contact is not None and "initial" not in kwargs:
            kwargs["initial"] = contact_initial(contact)
        super().__init__(*args, **kwargs)
        self.owner, self.contact = owner, contact
        others = Contact.objects.owned_by(owner).only("id", "name")
        if contact is not None:
            others = others.exclude(pk=contact.pk)
        field = self.fields["introduced_by"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = others
        self.fields["name"].widget.attrs.update(autofocus=True, autocomplete="off")
        self.fields["arena"].widget.attrs["list"] = "arena-names"

    def arena_names(self) -> list[str]:
        return list(Arena.objects.owned_by(self.owner).values_list("name", flat=True))

    def save(self) -> Contact | None:
        """Create or update through the services; None when they refused, with form errors set."""
        data = self.cleaned_data
        fields = {**self._service_fields(data), "name": data["name"]}
        try:
            # One transaction, so a new arena is not left behind when the contact is refused.
            with transaction.atomic():
                arena = arena_get_or_create(self.owner, data["arena"]) if data["arena"] else None
                if self.contact is None:
                    return contact_create(owner=self.owner, arena=arena, **fields)
                # A fresh copy: a refused update must not leave half-changed values on display.
                fresh = Contact.objects.get(pk=self.contact.pk)
                return contact_update(fresh, arena=arena, **fields)
        except ValidationError as error:
            add_service_errors(self, error, SERVICE_FIELD_NAMES)
            return None

    @staticmethod
    def _service_fields(data: dict[str, Any]) -> dict[str, Any]:
        plain = ("title", "organization", "industry", "location", "languages", "expertise",
                 "needs", "notes", "first_met", "introduced_by", "cadence_days")
        return {
            **{key: data[key] for key in plain},
            "function": data["function"] or None,
            "seniority": data["seniority"] or None,
            "classify_from_title": not (data["function"] or data["seniority"]),
            "emails": split_list(data["emails"]),
            "phones": split_list(data["phones"]),
            "links": data["links"].split(),
            "tags": split_list(data["tags"], re.compile(r",")),
        }


def contact_initial(contact: Contact) -> dict[str, Any]:
    """The form's starting values; a classification the title made is shown as blank."""
    manual = contact.classification_manual
    return {
        "name": contact.name,
        "emails": "\n".join(e.address for e in contact.emails.all()),
        "phones": "\n".join(p.number for p in contact.phones.all()),
        "organization": contact.organization.name if contact.organization else "",
        "function": contact.function if manual else "",
        "seniority": contact.seniority if manual else "",
        "arena": contact.arena.name if contact.arena else "",
        "introduced_by": contact.introduced_by_id,
        "tags": ", ".join(t.name for t in contact.tags.all()),
        "links": "\n".join(link.url for link in contact.links.all()),
        **{key: getattr(contact, key) for key in (
            "title", "industry", "location", "languages", "expertise", "needs", "notes",
            "first_met", "cadence_days")},
    }


class ContactSearchForm(forms.Form):
    """The list's filters; a filter that does not parse is ignored rather than an error."""

    q = forms.CharField(label=_("Search"), required=False)
    function = forms.ChoiceField(
        label=_("Function"), required=False, choices=[("", _("Any function")), *Function.choices]
    )
    seniority = forms.ChoiceField(
        label=_("Seniority"), required=False,
        choices=[("", _("Any seniority")), *Seniority.choices],
    )
    decision_maker = forms.ChoiceField(
        label=_("Decision-maker"), required=False,
        choices=[("", _("Anyone")), ("yes", _("Decision-makers")),
                 ("no", _("Not decision-makers"))],
    )
    tag = forms.ChoiceField(label=_("Tag"), required=False)
    arena = forms.ChoiceField(label=_("Arena"), required=False)

    def __init__(self, *args: Any, owner: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        tags = Tag.objects.owned_by(owner).values_list("name", flat=True)
        arenas = Arena.objects.owned_by(owner).values_list("name", flat=True)
        self._choices("tag", _("Any tag"), tags)
        self._choices("arena", _("Any arena"), arenas)

    def _choices(self, field: str, anything: StrOrPromise, names: Any) -> None:
        choice_field = self.fields[field]
        assert isinstance(choice_field, forms.ChoiceField)
        choice_field.choices = [("", anything), *((name, name) for name in names)]

    def search_kwargs(self) -> dict[str, Any]:
        self.is_valid()
        data = self.cleaned_data
        flag = data.get("decision_maker", "")
        return {
            "query": data.get("q", ""),
            "function": data.get("function", ""),
            "seniority": data.get("seniority", ""),
            "decision_maker": {"yes": True, "no": False}.get(flag),
            "tag": data.get("tag", ""),
            "arena": data.get("arena", ""),
        }

    def is_filtered(self) -> bool:
        return any(value not in ("", None) for value in self.search_kwargs().values())
