"""Organizations, tags and arenas by name, created in bulk when an import brings new ones.

Names match without regard to case, as `organization_get_or_create` and `tags_get_or_create`
match them, so an import never creates "nordbanken" beside "Nordbanken".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from nettverk.accounts.models import User
from nettverk.arenas.models import Arena, ArenaKind
from nettverk.contacts.models import Organization, Tag


class Names:
    """name.lower() → id, and → the name as stored, for one owned model, loaded once, new names
    created on demand. Where two stored names differ only in case, the oldest is the one."""

    def __init__(self, model: type[Organization] | type[Tag] | type[Arena], owner: User,
                 **create_fields: Any) -> None:
        self.model, self.owner, self.create_fields = model, owner, create_fields
        rows = model.objects.owned_by(owner).order_by("pk").values_list("name", "pk")
        self.ids: dict[str, int] = {}
        self.names: dict[str, str] = {}
        for name, pk in rows:
            key = name.lower()
            if key not in self.ids:
                self.ids[key], self.names[key] = pk, name

    def ensure(self, names: Iterable[str]) -> None:
        """Create every name not known yet, in one statement."""
        missing: dict[str, str] = {}
        for name in names:
            key = name.lower()
            if key not in self.ids and key not in missing:
                missing[key] = name
        if not missing:
            return
        objects = [self.model(owner=self.owner, name=name, **self.create_fields)
                   for name in missing.values()]
        manager: Any = self.model.objects  # one of three models: the union defeats the stubs
        for made in manager.bulk_create(objects, batch_size=500):
            self.ids[made.name.lower()], self.names[made.name.lower()] = made.pk, made.name

    def id_of(self, name: str) -> int:
        return self.ids[name.lower()]

    def name_of(self, name: str) -> str:
        return self.names[name.lower()]

    def get(self, name: str) -> int | None:
        return self.ids.get(name.lower())


@dataclass(frozen=True)
class Lookups:
    organizations: Names
    tags: Names
    arenas: Names

    @classmethod
    def load(cls, owner: User) -> Lookups:
        # The only arena an import names is where a contact was met online: LinkedIn.
        return cls(Names(Organization, owner), Names(Tag, owner),
                   Names(Arena, owner, kind=ArenaKind.ONLINE))
