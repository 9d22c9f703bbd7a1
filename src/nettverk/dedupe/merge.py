"""Merging contact B into contact A, keeping everything B held.

A's single values win; where B has one A lacks, B's is taken; where both have different ones,
B's is kept as an open `ImportConflict` (source "merge"), which the contact page offers to use.
Notes are joined. Emails, phones, links, addresses, sources and tags are unioned; interactions,
goals and everything else pointing at B are re-pointed to A (an interaction with both keeps one
link), whatever app the reference lives in, so a model added later is merged too.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext as _

from nettverk.contacts.models import Contact
from nettverk.imports import hooks
from nettverk.imports.incoming import FIELDS, value_key
from nettverk.imports.models import ImportConflict
from nettverk.imports.store_existing import field_text, link_key
from nettverk.imports.store_new import classified

MERGE_SOURCE = "merge"
# Lists whose rows are moved unless A holds the same value: related name → value → key.
_LISTS = {"emails": ("address", str.lower), "phones": ("number", value_key),
          "links": ("url", link_key), "addresses": ("text", value_key)}
_BY_NAME = {"organization", "arena"}


@transaction.atomic
def contact_merge(keep: Contact, other: Contact) -> Contact:
    """Merge `other` into `keep` and delete `other`; returns `keep`, refreshed."""
    if keep.owner_id != other.owner_id:
        raise ValidationError({"contact": _("Both contacts must be yours.")})
    if keep.pk == other.pk:
        raise ValidationError({"contact": _("A contact cannot be merged with itself.")})
    gone = other.pk
    _single_values(keep, other)
    for related in Contact._meta.related_objects:
        _move(related, keep, other)
    keep.tags.add(*other.tags.all())
    other.delete()
    hooks.after_import(keep.owner, [keep.pk, gone])
    return Contact.objects.get(pk=keep.pk)


def _single_values(keep: Contact, other: Contact) -> None:
    sources = dict(keep.field_sources or {})
    conflicts = []
    for name in (*FIELDS, "introduced_by"):
        mine, theirs = _value(keep, name), _value(other, name)
        if theirs in (None, "") or mine == theirs or name == "notes":
            continue
        if mine in (None, ""):
            setattr(keep, _attribute(name), getattr(other, _attribute(name)))
            sources[name] = (other.field_sources or {}).get(name, "manual")
        else:  # an introducer is recorded by id: "use this" finds the contact by it
            conflicts.append(ImportConflict(contact=keep, field=name, kept=_text(mine),
                                            incoming=_text(theirs), source=MERGE_SOURCE))
    keep.notes = _joined_notes(keep.notes, other.notes)
    if keep.introduced_by_id in (keep.pk, other.pk):
        keep.introduced_by = None
    _classification(keep, other)
    keep.created_at = min(keep.created_at, other.created_at)
    keep.field_sources = sources
    keep.save()
    ImportConflict.objects.bulk_create(conflicts)


def _attribute(name: str) -> str:
    return f"{name}_id" if name in (*_BY_NAME, "introduced_by") else name


def _value(contact: Contact, name: str) -> Any:
    if name in _BY_NAME:
        related = getattr(contact, name)
        return related.name if related else None
    if name == "introduced_by":
        return contact.introduced_by_id
    return getattr(contact, name)


def _text(value: Any) -> str:
    return str(value) if isinstance(value, int) and not isinstance(value, bool) \
        else field_text(value)


def _joined_notes(mine: str, theirs: str) -> str:
    if not theirs.strip() or theirs.strip() in mine:
        return mine
    return f"{mine}\n\n{theirs}" if mine.strip() else theirs


def _classification(keep: Contact, other: Contact) -> None:
    if other.classification_manual and not keep.classification_manual:
        keep.function, keep.seniority = other.function, other.seniority
        keep.decision_maker, keep.classification_manual = other.decision_maker, True
    elif not keep.classification_manual:
        keep.function, keep.seniority, keep.decision_maker = classified(keep.title)


def _move(related: Any, keep: Contact, other: Contact) -> None:
    """Re-point one kind of reference from `other` to `keep`."""
    if related.name in _LISTS:
        _move_list(related.related_model, keep, other, *_LISTS[related.name])
    elif related.name == "sources":
        _move_unique(related.related_model, keep, other, ("kind", "key"))
    elif related.many_to_many:
        _move_links(related, keep, other)
    elif related.one_to_one or related.field.unique:
        _move_one(related, keep, other)
    else:
        related.related_model._default_manager.filter(**{related.field.name: other}).update(
            **{related.field.name: keep})
        if related.related_model is Contact:  # whoever B introduced, A introduced
            Contact.objects.filter(pk=keep.pk, introduced_by=keep).update(introduced_by=None)


def _move_list(model: type[models.Model], keep: Contact, other: Contact, column: str,
               key: Any) -> None:
    rows = model._default_manager
    have = {key(value) for value in rows.filter(contact=keep).values_list(column, flat=True)}
    for pk, value in rows.filter(contact=other).values_list("pk", column):
        if key(value) not in have:
            have.add(key(value))
            rows.filter(pk=pk).update(contact=keep)


def _move_unique(model: type[models.Model], keep: Contact, other: Contact,
                 columns: tuple[str, ...]) -> None:
    rows = model._default_manager
    have = set(rows.filter(contact=keep).values_list(*columns))
    for pk, *values in rows.filter(contact=other).values_list("pk", *columns):
        if tuple(values) not in have:
            rows.filter(pk=pk).update(contact=keep)


def _move_links(related: Any, keep: Contact, other: Contact) -> None:
    """A many-to-many link (interaction ↔ contact): moved, or dropped where A has it too."""
    through = related.through
    source = related.field.m2m_field_name()
    target = related.field.m2m_reverse_field_name()
    rows = through._default_manager
    both = rows.filter(**{target: keep}).values(f"{source}_id")
    rows.filter(**{target: other, f"{source}_id__in": both}).delete()
    rows.filter(**{target: other}).update(**{target: keep})


def _move_one(related: Any, keep: Contact, other: Contact) -> None:
    """A one-per-contact row (photo, relationship): B's moves only when A has none."""
    rows = related.related_model._default_manager
    name = related.field.name
    if not rows.filter(**{name: keep}).exists():
        rows.filter(**{name: other}).update(**{name: keep})
