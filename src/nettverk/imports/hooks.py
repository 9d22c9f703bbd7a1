"""What the rest of nettverk keeps up to date after an import, merge or restore has written."""

from __future__ import annotations

from collections.abc import Sequence

from nettverk.accounts.models import User
from nettverk.ask.index import reindex_contacts
from nettverk.relationships.recompute import strength_recompute


def after_import(owner: User, contact_ids: Sequence[int]) -> None:
    """Strength and due dates (first met may have changed), and the ask's search index."""
    if not contact_ids:
        return
    strength_recompute(owner, contact_ids)
    reindex_contacts(owner, contact_ids)
