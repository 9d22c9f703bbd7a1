"""The signed-in clients of the web tests, for the relationship pages."""

from tests.web.conftest import alice_client, bob_client

__all__ = ["alice_client", "bob_client"]
