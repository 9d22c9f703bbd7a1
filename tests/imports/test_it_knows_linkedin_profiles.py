"""A LinkedIn profile is one identity however its URL is written; the quick path for the shape
LinkedIn's exports write gives what the general one does."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nettverk.imports.identity import linkedin_key, profile_key


@pytest.mark.parametrize("url", [
    "https://www.linkedin.com/in/kari-nordmann",
    "http://linkedin.com/in/kari-nordmann/",
    "  HTTPS://WWW.LINKEDIN.COM/in/Kari-Nordmann  ",
    "https://no.linkedin.com/in/kari-nordmann?originalSubdomain=no",
    "www.linkedin.com/in/kari-nordmann",
    "https://www.linkedin.com/in/kari%2Dnordmann/",
    "https://www.linkedin.com/in/kari-nordmann//",
])
def test_every_spelling_of_one_profile_is_one_key(url: str) -> None:
    assert linkedin_key(url) == "linkedin:in/kari-nordmann"


@pytest.mark.parametrize("url", [
    "https://www.linkedin.com/company/equinor", "https://www.linkedin.com/in/",
    "https://evil-linkedin.com/in/kari", "https://example.com/linkedin/in/kari", "",
])
def test_other_addresses_are_no_profile(url: str) -> None:
    assert linkedin_key(url) is None


PIECES = ["https://", "http://", "www.", "no.", "linkedin.com", "/", "in/", "pub/", "kari",
          "-", "_", "1", "?x=1", "#a", "%2d", "å", " ", "company/", "ftp://", "."]


@given(st.lists(st.sampled_from(PIECES), max_size=9))
def test_the_quick_path_agrees_with_the_general_one(pieces: list[str]) -> None:
    text = "".join(pieces).strip().lower()
    assert linkedin_key(text) == profile_key(text)
