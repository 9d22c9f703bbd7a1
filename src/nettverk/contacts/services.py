"""Creating, changing and finding contacts. Views, the API, the CLI and imports all call these."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q, QuerySet
from django.utils.translation import gettext as _

from nettverk.accounts.models import User
from nettverk.contacts import validation as v
from nettverk.contacts.models import (
    DECISION_MAKER_SENIORITIES,
    Contact,
    ContactEmail,
    ContactLink,
    ContactPhone,
    Function,
    Organization,
    Seniority,
    Tag,
)
from nettverk.lib.titles import classify_title
from nettverk.relationships.hooks import contact_changed

TEXT_FIELDS = {
    "given_name": 100,
    "family_name": 100,
    "department": 200,
    "title": v.SHORT_TEXT_MAX,
    "industry": 100,
    "location": 200,
    "languages": 200,
    "source": 50,
    "expertise": v.LONG_TEXT_MAX,
    "needs": v.LONG_TEXT_MAX,
    "notes": v.LONG_TEXT_MAX,
}
DATE_FIELDS = ("first_met", "birthday")
# Single-valued fields whose last writer `Contact.field_sources` records: a value changed here is
# the user's ("manual"), and an import then keeps it rather than overwrite it.
TRACKED_FIELDS = ("name", "given_name", "family_name", "organization", "department", "title",
                  "notes", "birthday", "first_met", "arena", "introduced_by", "industry",
                  "location", "languages", "expertise", "needs", "cadence_days")
_RELATED = frozenset({"organization", "arena", "introduced_by"})


def contact_create(*, owner: User, name: str, **fields: Any) -> Contact:
    """Fields as in `contact_update`; unknown field names are a programming error."""
    contact = Contact(owner=owner, name=v.clean_name(name))
    return contact_update(contact, **fields)


@transaction.atomic
def contact_update(
    contact: Contact,
    *,
    name: str | None = None,
    organization: str | None = None,
    emails: Iterable[str] | None = None,
    phones: Iterable[str] | None = None,
    links: Iterable[str] | None = None,
    tags: Iterable[str] | None = None,
    function: str | None = None,
    seniority: str | None = None,
    classify_from_title: bool = False,
    **fields: Any,
) -> Contact:
    """Validate everything first, then write; a bad field changes nothing.

    `classify_from_title` hands function and seniority back to the title classifier after they
    were set by hand.
    """
    before = _tracked(contact) if contact.pk else {}
    if name is not None:
        contact.name = v.clean_name(name)
    _apply_plain_fields(contact, fields)
    clean_emails = [v.clean_email(e) for e in emails if e.strip()] if emails is not None else None
    clean_phones = [v.clean_phone(p) for p in phones if p.strip()] if phones is not None else None
    clean_links = [v.clean_url(u) for u in links if u.strip()] if links is not None else None
    if classify_from_title:
        contact.classification_manual = False
    _classify(contact, function=function, seniority=seniority)
    if organization is not None:
        contact.organization = organization_get_or_create(contact.owner, organization)
    _mark_manual(contact, before)
    contact.save()
    if clean_emails is not None:
        _replace_emails(contact, clean_emails)
    if clean_phones is not None:
        _replace(contact.phones, [ContactPhone(contact=contact, number=p) for p in clean_phones])
    if clean_links is not None:
        _replace(contact.links, [ContactLink(contact=contact, url=u, kind=link_kind(u))
                                 for u in clean_links])
    if tags is not None:
        contact.tags.set(tags_get_or_create(contact.owner, tags))
    changed = [*fields, *(["tags"] if tags is not None else [])]
    contact_changed(contact, changed)  # due day and needs index follow the contact
    _reindex_for_ask(contact)
    return contact


def _reindex_for_ask(contact: Contact) -> None:
    # An explicit call, not a signal: the ask's index follows every change made here.
    from nettverk.ask.index import index_contact

    index_contact(contact)


def _tracked(contact: Contact) -> dict[str, Any]:
    return {name: getattr(contact, f"{name}_id" if name in _RELATED else name)
            for name in TRACKED_FIELDS}


def _mark_manual(contact: Contact, before: dict[str, Any]) -> None:
    """Record "manual" for each tracked field this call changed (all set ones for a new
    contact)."""
    sources = dict(contact.field_sources or {})
    for name, value in _tracked(contact).items():
        changed = value != before[name] if name in before else value not in (None, "")
        if changed:
            sources[name] = "manual"
    contact.field_sources = sources


def _apply_plain_fields(contact: Contact, fields: dict[str, Any]) -> None:
    for field, value in fields.items():
        if field in TEXT_FIELDS:
            setattr(contact, field, v.clean_text(field, value or "", TEXT_FIELDS[field]))
        elif field in DATE_FIELDS:
            setattr(contact, field, v.parse_date(field, value))
        elif field == "cadence_days":
            contact.cadence_days = v.clean_cadence(value)
        elif field in ("arena", "introduced_by"):
            _check_same_owner(contact, field, value)
            setattr(contact, field, value)
        else:
            raise TypeError(f"contact has no field {field!r}")


def _check_same_owner(contact: Contact, field: str, value: Any) -> None:
    if value is not None and value.owner_id != contact.owner_id:
        raise ValidationError({field: _("That record belongs to someone else.")})
    if field == "introduced_by" and value is not None and value.pk == contact.pk:
        raise ValidationError({field: _("A contact cannot introduce themselves.")})


def _classify(contact: Contact, *, function: str | None, seniority: str | None) -> None:
    """Hand-set function or seniority wins and sticks; otherwise the title decides."""
    if function and function not in Function.values:
        raise ValidationError({"function": _("Unknown function %r.") % function})
    if seniority and seniority not in Seniority.values:
        raise ValidationError({"seniority": _("Unknown seniority %r.") % seniority})
    if not contact.classification_manual:
        guess = classify_title(contact.title)
        contact.function, contact.seniority = guess.function, guess.seniority
    if function or seniority:
        contact.function = function or contact.function
        contact.seniority = seniority or contact.seniority
        contact.classification_manual = True
    contact.decision_maker = contact.seniority in DECISION_MAKER_SENIORITIES


def _replace_emails(contact: Contact, addresses: list[str]) -> None:
    unique = list(dict.fromkeys(addresses))
    _replace(contact.emails, [ContactEmail(contact=contact, address=a) for a in unique])


def _replace(related: Any, rows: list[Any]) -> None:
    related.all().delete()
    related.model.objects.bulk_create(rows)


def link_kind(url: str) -> str:
    host = url.split("://", 1)[-1].split("/", 1)[0].lower()
    for kind in ("linkedin", "github", "twitter", "x", "facebook", "instagram"):
        if host == f"{kind}.com" or host.endswith(f".{kind}.com"):
            return "twitter" if kind == "x" else kind
    return "website"


def organization_get_or_create(owner: User, name: str) -> Organization | None:
    clean = " ".join(name.split())
    if not clean:
        return None
    clean = v.clean_text("organization", clean, 200)
    org = Organization.objects.owned_by(owner).filter(name__iexact=clean).first()
    return org or Organization.objects.create(owner=owner, name=clean)


def tags_get_or_create(owner: User, names: Iterable[str]) -> list[Tag]:
    tags = []
    for raw in names:
        name = v.clean_text("tags", " ".join(raw.split()), 60)
        if name:
            existing = Tag.objects.owned_by(owner).filter(name__iexact=name).first()
            tags.append(existing or Tag.objects.create(owner=owner, name=name))
    return tags


def contact_find(owner: User, ref: str) -> Contact:
    """A contact by id, email or an unambiguous (part of a) name."""
    mine = Contact.objects.owned_by(owner)
    ref = ref.strip()
    if (numbered := mine.numbered(ref)) is not None:
        return numbered
    if "@" in ref:
        found = mine.filter(emails__address__iexact=ref).distinct()
        if found.count() == 1:
            return found.get()
    for candidates in (mine.filter(name__iexact=ref), mine.filter(name__icontains=ref)):
        count = candidates.count()
        if count == 1:
            return candidates.get()
        if count > 1:
            names = ", ".join(f"{c.name} (#{c.pk})" for c in candidates[:5])
            raise ValidationError({"contact": _("%(ref)r matches several contacts: %(names)s")
                                   % {"ref": ref, "names": names}})
    raise ValidationError({"contact": _("No contact matches %r.") % ref})


def contacts_search(
    owner: User,
    *,
    query: str = "",
    function: str = "",
    seniority: str = "",
    decision_maker: bool | None = None,
    tag: str = "",
    arena: str = "",
) -> QuerySet[Contact]:
    found = Contact.objects.owned_by(owner)
    for word in query.split():
        found = found.filter(_matches_word(word))
    if function:
        found = found.filter(function=function)
    if seniority:
        found = found.filter(seniority=seniority)
    if decision_maker is not None:
        found = found.filter(decision_maker=decision_maker)
    if tag:
        found = found.filter(pk__in=Tag.contacts.through.objects.filter(
            tag__name__iexact=tag).values("contact_id"))
    if arena:
        found = found.filter(arena__name__iexact=arena)
    return found.select_related("organization")


def _matches_word(word: str) -> Q:
    # Sub-queries for the many-valued fields keep one row per contact without DISTINCT.
    by_email = ContactEmail.objects.filter(address__icontains=word).values("contact_id")
    by_tag = Tag.contacts.through.objects.filter(tag__name__iexact=word).values("contact_id")
    return (
        Q(name__icontains=word) | Q(title__icontains=word) | Q(organization__name__icontains=word)
        | Q(expertise__icontains=word) | Q(location__icontains=word)
        | Q(pk__in=by_email) | Q(pk__in=by_tag)
    )


def contact_delete(contact: Contact) -> None:
    from nettverk.ask.index import forget_contact

    forget_contact(contact)
    contact.delete()



@dataclass(frozen=True)
class ContactSummary:
    """The dashboard's headline numbers and its chart of contacts by function."""

    contacts: int
    decision_makers: int
    by_function: list[tuple[str, str, int]]  # (code, label, count), largest first


def contact_summary(owner: User) -> ContactSummary:
    """One pass over the owner's contacts, read from the index on (owner, function,
    decision_maker) alone: on 50,000 contacts a pass costs tens of milliseconds. Counting each
    (function, decision-maker) pair there and adding up here is the cheapest such pass; COUNT(*)
    rather than of the id, which SQLite would read from every index entry (a fifth of the pass)."""
    pairs = (Contact.objects.owned_by(owner).order_by()
             .values_list("function", "decision_maker").annotate(count=Count("*")))
    per_function: dict[str, int] = {}
    decision_makers = 0
    for function, decision_maker, count in pairs:
        per_function[function] = per_function.get(function, 0) + count
        decision_makers += count if decision_maker else 0
    labels = dict(Function.choices)
    by_function = [(code, str(labels.get(code, code)), count) for code, count in
                   sorted(per_function.items(), key=lambda pair: (-pair[1], pair[0]))]
    return ContactSummary(contacts=sum(per_function.values()), decision_makers=decision_makers,
                          by_function=by_function)
