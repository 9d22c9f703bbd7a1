"""The stem index of contacts' needs (`NeedWord`), which offers are matched through.

`recompute` keeps it current: a contact whose needs text changed (its digest differs from the one
stored on the relationship) has its rows replaced in the same pass that works out strength.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from nettverk.accounts.models import User
from nettverk.lib.stems import word_stems, words
from nettverk.relationships.models import NeedWord

WORD_MAX = 100


def needs_digest(needs: str) -> str:
    """A short fingerprint of a needs text; "" when there is nothing to index."""
    return hashlib.blake2b(needs.encode(), digest_size=16).hexdigest() if needs.strip() else ""


def need_words(owner: User, contact_id: int, needs: str) -> Iterator[NeedWord]:
    """The index rows of one contact: every word under each of its stems."""
    for word in dict.fromkeys(words(needs)):
        for stem in word_stems(word):
            if len(stem) <= WORD_MAX:
                yield NeedWord(owner=owner, contact_id=contact_id, stem=stem,
                               word=word[:WORD_MAX])
