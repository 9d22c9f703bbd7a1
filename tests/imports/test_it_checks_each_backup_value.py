"""Every value a backup brings back is checked against its field, as the database would check it,
and a wrong one is refused with the line and the place in the document; values at the limit go in.
"""

from __future__ import annotations

import pytest

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact

from .pipeline import import_data, small_backup

NAME = '"name": "Ingrid Berg"'


def _restore(owner: User, text: str) -> tuple[bool, str]:
    result = import_data(owner, text.encode(), file="backup.json", fmt="json")
    return result.ok, result.error


def _line_of_the_contact() -> int:
    return next(i for i, line in enumerate(small_backup().splitlines(), 1) if NAME in line)


def _before_name(pair: str) -> str:
    return f"{pair}, {NAME}"


@pytest.mark.parametrize(("old", "new", "place", "words"), [
    ('"title": "CFO"', f'"title": "{"x" * 301}"', "contacts[0].title", "at most 300 characters"),
    (NAME, f'"name": "{"x" * 201}"', "contacts[0].name", "at most 200 characters"),
    (NAME, _before_name('"function": "wizardry"'), "contacts[0].function",
     "not one of the known codes"),
    (NAME, _before_name('"cadence_days": -3'), "contacts[0].cadence_days",
     "greater than or equal to 0"),
    (NAME, _before_name('"decision_maker": "yes"'), "contacts[0].decision_maker",
     "not a valid value"),
    (NAME, _before_name('"first_met": "2026-02-30"'), "contacts[0].first_met",
     "not a valid value"),
    ('"address": "ingrid@fjord.no"', '"address": "ingrid at fjord"', "contacts[0].emails.address",
     "valid email address"),
    ('"label": "work"', f'"label": "{"w" * 41}"', "contacts[0].emails.label",
     "at most 40 characters"),
])
def test_a_wrong_value_is_refused_naming_its_line_and_place(alice: User, old: str, new: str,
                                                            place: str, words: str) -> None:
    text = small_backup()
    assert old in text
    ok, error = _restore(alice, text.replace(old, new))
    assert not ok
    assert error.startswith(f"backup.json:{_line_of_the_contact()}: {place}: ") and words in error
    assert not Contact.objects.owned_by(alice).exists()


def test_values_at_their_limits_are_restored(alice: User) -> None:
    text = small_backup().replace('"title": "CFO"', f'"title": "{"x" * 300}", '
                                  '"function": "finance", "cadence_days": 0')
    ok, error = _restore(alice, text)
    assert ok, error
    contact = Contact.objects.owned_by(alice).get()
    assert (len(contact.title), contact.function, contact.cadence_days) == (300, "finance", 0)
