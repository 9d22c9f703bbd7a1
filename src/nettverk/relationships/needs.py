"""The stem index of contacts' needs (`NeedWord`), which offers are matched through."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.lib.stems import word_stems, words
from nettverk.relationships.models import NeedWord

WORD_MAX = 100
BATCH = 5000


@transaction.atomic
def needs_reindex(owner: User, contact_ids: Iterable[int] | None = None) -> int:
    """Rebuild the index for these contacts of `owner` (all when None); returns rows written."""
    mine = Contact.objects.owned_by(owner).exclude(needs="")
    old = NeedWord.objects.owned_by(owner)
    if contact_ids is not None:
        ids = list(contact_ids)
        mine, old = mine.filter(pk__in=ids), old.filter(contact_id__in=ids)
    old.delete()
    rows = [NeedWord(owner=owner, contact_id=pk, stem=stem, word=word[:WORD_MAX])
            for pk, needs in mine.values_list("pk", "needs").iterator()
            for word in dict.fromkeys(words(needs)) for stem in word_stems(word)
            if len(stem) <= WORD_MAX]
    NeedWord.objects.bulk_create(rows, batch_size=BATCH)
    return len(rows)
