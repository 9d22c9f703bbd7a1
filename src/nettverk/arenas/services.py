from __future__ import annotations

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.utils.translation import gettext as _

from nettverk.accounts.models import User
from nettverk.arenas.models import Arena, ArenaKind
from nettverk.contacts import validation as v


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
