from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import transaction
from django.db.models import Count, F, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from nettverk.accounts.models import User
from nettverk.arenas.models import Arena, ArenaKind, ArenaVisit
from nettverk.contacts import validation as v

if TYPE_CHECKING:
    from nettverk.goals.models import Goal


def arena_get_or_create(owner: User, name: str, kind: str = ArenaKind.EVENT) -> Arena:
    clean = v.clean_text("arena", " ".join(name.split()), 200)
    if not clean:
        raise ValidationError({"arena": _("An arena needs a name.")})
    existing = Arena.objects.owned_by(owner).filter(name__iexact=clean).first()
    return existing or Arena.objects.create(owner=owner, name=clean, kind=kind)


def arena_find(owner: User, ref: str) -> Arena:
    mine = Arena.objects.owned_by(owner)
    try:
        return mine.get(pk=int(ref)) if ref.isdigit() else mine.get(name__iexact=ref.strip())
    except ObjectDoesNotExist:
        raise ValidationError({"arena": _("No arena named %r.") % ref}) from None


def arena_create(owner: User, *, name: str, kind: str = ArenaKind.EVENT,
                 location: str = "") -> Arena:
    if kind not in ArenaKind.values:
        raise ValidationError({"kind": _("Unknown kind %r.") % kind})
    clean = v.clean_text("name", " ".join(name.split()), 200)
    if not clean:
        raise ValidationError({"name": _("An arena needs a name.")})
    if Arena.objects.owned_by(owner).filter(name__iexact=clean).exists():
        raise ValidationError({"name": _("You have an arena named %r already.") % clean})
    return Arena.objects.create(owner=owner, name=clean, kind=kind,
                                location=v.clean_text("location", location, 200))


@transaction.atomic
def arena_visit_log(*, owner: User, arena: Arena, on: date | str | None = None,
                    hours: Decimal | str | int = 0, money: Decimal | str | int = 0,
                    note: str = "", goal: Goal | None = None) -> ArenaVisit:
    """Record time and money spent at an arena on a day; the arena's totals grow with it."""
    if arena.owner_id != owner.pk or (goal is not None and goal.owner_id != owner.pk):
        raise ValidationError({"arena": _("That record belongs to someone else.")})
    spent_hours, spent_money = _amount("hours", hours, 1000), _amount("money", money, 10**9)
    visit = ArenaVisit.objects.create(
        owner=owner, arena=arena, on=v.parse_date("date", on) or timezone.localdate(),
        hours=spent_hours, money=spent_money, note=v.clean_text("note", note, 300), goal=goal)
    Arena.objects.filter(pk=arena.pk).update(hours_spent=F("hours_spent") + spent_hours,
                                             money_spent=F("money_spent") + spent_money)
    return visit


def _amount(field: str, raw: Decimal | str | int, limit: int) -> Decimal:
    try:
        amount = Decimal(str(raw).strip() or "0")
    except InvalidOperation:
        raise ValidationError({field: _("Give a number.")}) from None
    if not amount.is_finite() or not 0 <= amount <= limit:
        raise ValidationError({field: _("Give a number from 0 to %d.") % limit})
    return amount


@dataclass(frozen=True)
class ArenaRow:
    arena: Arena
    contacts: int
    visits: int
    last_visit: date | None


def arenas_overview(owner: User) -> list[ArenaRow]:
    """Every arena with the contacts first met there and the visits logged, most used first."""
    rows = Arena.objects.owned_by(owner).annotate(
        met=Count("contacts", distinct=True), visit_count=Count("visits", distinct=True),
        last=Max("visits__on"))
    found = [ArenaRow(a, a.met, a.visit_count, a.last) for a in rows]
    return sorted(found, key=lambda r: (-r.contacts, r.arena.name.lower()))
