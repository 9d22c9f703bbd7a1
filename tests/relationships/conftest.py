"""The signed-in clients of the web tests, and a clean cache: ids repeat between tests, so a
cached "whom to help" of one test's alice must not reach the next one's."""

from collections.abc import Iterator

import pytest
from django.core.cache import cache

from tests.web.conftest import alice_client, bob_client

__all__ = ["alice_client", "bob_client"]


@pytest.fixture(autouse=True)
def _clean_cache() -> Iterator[None]:
    cache.clear()
    yield
    cache.clear()
