"""What the rest of nettverk keeps up to date after an import, merge or restore has written."""

from __future__ import annotations

from collections.abc import Sequence

from nettverk.accounts.models import User
from nettverk.ask.index import NewDocuments, reindex_contacts, write_new
from nettverk.lib.bulk_rows import chunks
from nettverk.relationships.recompute import strength_recompute

SLICE = 5000  # contacts per strength recompute: bounded statements and memory


def after_import(owner: User, changed: Sequence[int], *, new: Sequence[int] = (),
                 new_documents: NewDocuments | None = None,
                 recompute_new: bool = False) -> None:
    """Strength and due dates for `changed` contacts (first met or cadence may have moved),
    and the ask's search index for every contact touched: the `new` ones from `new_documents`
    (made from the words the import stored) when given, else read back like the changed ones.

    Contacts a file import creates are left out of the recompute unless `recompute_new`: they
    have no interactions and no cadence yet, so their strength is 0 and they are never due,
    the same as a contact added by hand before its first interaction. A restore brings both,
    so it asks for them.
    """
    strengthen = [*changed, *new] if recompute_new else list(changed)
    for part in chunks(strengthen, SLICE):
        strength_recompute(owner, list(part))
    if new_documents is None:
        reread = [*new, *changed]
    else:
        write_new(owner, new_documents)
        reread = list(changed)
    if reread:
        reindex_contacts(owner, reread)
