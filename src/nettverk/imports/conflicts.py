"""The values an import or a merge did not store, and the user's answer to each.

"Use this" stores the incoming value through `contact_update`, as if the user had typed it (so
the field is theirs from then on); "dismiss" keeps the contact as it is. Either way the conflict
stays recorded, so importing the same file again does not ask again.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from nettverk.accounts.models import User
from nettverk.arenas.models import ArenaKind
from nettverk.arenas.services import arena_get_or_create
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_find, contact_update
from nettverk.imports.models import ConflictStatus, ImportConflict

SOURCE_NAMES = {"linkedin": "LinkedIn", "vcard": "vCard", "google": "Google",
                "outlook": "Outlook", "json": gettext_lazy("The backup"),
                "merge": gettext_lazy("The merged contact")}


def conflicts_open(contact: Contact) -> QuerySet[ImportConflict]:
    return contact.import_conflicts.filter(status=ConflictStatus.OPEN)


def conflict_for_user(owner: User, pk: int) -> ImportConflict:
    """The user's own conflict, or ValidationError: another user's does not exist for them."""
    found = ImportConflict.objects.filter(pk=pk, contact__owner=owner).select_related(
        "contact").first()
    if found is None:
        raise ValidationError({"conflict": _("No such conflict.")})
    return found


@transaction.atomic
def conflict_use(conflict: ImportConflict) -> Contact:
    """Store the incoming value in place of the kept one."""
    contact = conflict.contact
    contact_update(contact, **{conflict.field: _value(contact.owner, conflict)})
    conflict.status = ConflictStatus.USED
    conflict.save(update_fields=["status"])
    return contact


def conflict_dismiss(conflict: ImportConflict) -> None:
    conflict.status = ConflictStatus.DISMISSED
    conflict.save(update_fields=["status"])


def _value(owner: User, conflict: ImportConflict) -> Any:
    if conflict.field == "arena":
        return arena_get_or_create(owner, conflict.incoming, ArenaKind.ONLINE)
    if conflict.field == "introduced_by":
        return contact_find(owner, conflict.incoming)
    return conflict.incoming


def source_name(source: str) -> str:
    return str(SOURCE_NAMES.get(source, source))
