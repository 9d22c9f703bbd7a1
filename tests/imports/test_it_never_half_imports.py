"""Whatever text arrives, the whole import pipeline stores it cleanly or refuses it cleanly:
never an exception, and a refused file leaves nothing behind.

Property-based: random text in each format, damaged real sample files, and damaged backups.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nettverk.accounts.models import User
from nettverk.contacts.models import (
    Contact,
    ContactEmail,
    ContactLink,
    ContactPhone,
    ContactSource,
    Organization,
    Tag,
)
from nettverk.imports.models import ImportConflict
from nettverk.interactions.models import Interaction

from .pipeline import import_data, small_backup
from .test_never_crash import damaged_samples

CHECKS = settings(
    max_examples=60, deadline=None, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.function_scoped_fixture],
)
FORMATS = [None, "vcard", "linkedin", "google", "outlook", "json"]
TABLES = (Contact, ContactEmail, ContactPhone, ContactLink, ContactSource, Organization, Tag,
          ImportConflict, Interaction)


def _counts() -> list[int]:
    return [model.objects.count() for model in TABLES]


def imports_cleanly_or_refuses(owner: User, data: bytes, fmt: str | None) -> None:
    before = _counts()
    result = import_data(owner, data, file="upload", fmt=fmt)
    if result.ok:
        assert result.new + result.updated + result.unchanged >= 0
        return
    assert result.error.startswith("upload:") and "\n" not in result.error
    assert _counts() == before


@st.composite
def damaged_backups(draw: st.DrawFn) -> str:
    text = small_backup()
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        piece = draw(st.sampled_from(['"', "null", "1", "[]", "{}", ",", "x" * 300, "\\u0000",
                                      "\\ud800", "-1", "true", '"2026-02-30"', "99999999999"])
                     | st.text(max_size=6))
        cut = draw(st.integers(0, 12))
        text = text[:at] + piece + text[at + cut:]
    return text


@pytest.mark.django_db
@CHECKS
@given(st.text(), st.sampled_from(FORMATS))
def test_random_text_imports_or_is_refused(alice: User, text: str, fmt: str | None) -> None:
    imports_cleanly_or_refuses(alice, text.encode("utf-8"), fmt)


@pytest.mark.django_db
@CHECKS
@given(damaged_samples(), st.sampled_from(FORMATS))
def test_damaged_samples_import_or_are_refused(alice: User, text: str, fmt: str | None) -> None:
    imports_cleanly_or_refuses(alice, text.encode("utf-8"), fmt)


@pytest.mark.django_db
@CHECKS
@given(damaged_backups())
def test_damaged_backups_restore_or_are_refused(alice: User, text: str) -> None:
    imports_cleanly_or_refuses(alice, text.encode("utf-8"), "json")


def test_the_undamaged_backup_restores(alice: User) -> None:
    result = import_data(alice, small_backup().encode(), file="upload")
    assert result.ok, result.error
    assert Contact.objects.get().emails.get().address == "ingrid@fjord.no"
