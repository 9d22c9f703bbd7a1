"""`nettverk demo --load-only` through the real entry point, in a fresh data home."""

from __future__ import annotations

from tests.conftest import Cli


def test_it_loads_the_demo_once_and_says_so(cli: Cli) -> None:
    first = cli("demo", "--load-only")
    assert first.returncode == 0, first.stderr
    # The terminal may wrap the one-line summary, so words are compared, not lines.
    said = " ".join(first.stdout.split())
    assert said.startswith("Demo network: 300 contacts, 40 organizations, ")
    assert said.endswith(" interactions for user 'demo'.")
    again = cli("demo", "--load-only")
    assert again.returncode == 0, again.stderr
    assert "already loaded: 300 contacts" in " ".join(again.stdout.split())
