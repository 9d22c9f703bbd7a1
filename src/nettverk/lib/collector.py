"""Pausing Python's cyclic garbage collector around bulk work that only allocates.

    with collector_paused():
        import_100_000_rows()

An import builds millions of small objects that all live until it ends. Each time the collector's
thresholds trip it walks every one of them and frees nothing; on 100,000 contacts that was about
a tenth of the import's time. Reference counting still frees everything as usual; cycles made
meanwhile wait for the first collection after the block.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
