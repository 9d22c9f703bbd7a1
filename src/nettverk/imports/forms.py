"""The upload form of the import page: one or more files, the format told or detected."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

FORMAT_CHOICES = [
    ("", _("Detect from the content")), ("vcard", _("vCard (.vcf)")),
    ("linkedin", _("LinkedIn Connections.csv")), ("google", _("Google Contacts CSV")),
    ("outlook", _("Outlook CSV")), ("json", _("nettverk JSON backup")),
]
MAX_FILES = 20


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files under one name, each checked as a single file would be."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[UploadedFile[Any]]:
        items = data if isinstance(data, list | tuple) else [data]
        files = [super(MultipleFileField, self).clean(item, initial) for item in items if item]
        if not files:
            raise forms.ValidationError(_("Choose at least one file."), code="required")
        if len(files) > MAX_FILES:
            raise forms.ValidationError(_("At most %(count)d files at a time.")
                                        % {"count": MAX_FILES})
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        for upload in files:
            if upload.size and upload.size > limit:
                raise forms.ValidationError(
                    _("%(name)s is larger than %(size)d MB.")
                    % {"name": upload.name, "size": limit // (1024 * 1024)})
        return files


class ImportForm(forms.Form):
    upload = MultipleFileField(label=_("Contact files"), help_text=_(
        "vCard, LinkedIn Connections.csv, Google or Outlook CSV, or a nettverk JSON backup."))
    format = forms.ChoiceField(label=_("Format"), choices=FORMAT_CHOICES, required=False)
