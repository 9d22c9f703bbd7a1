"""A big vCard file is read and mapped in two halves, one in a forked child: same people, same
warnings, same errors as reading it in one pass (a CSV export: see
test_it_reads_big_csv_files_in_halves). A big import's suspected duplicates are counted in a
child too."""

from __future__ import annotations

import pytest

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.imports import pipeline
from nettverk.imports.formats import FormatError
from nettverk.imports.incoming import Incoming
from nettverk.imports.pipeline import incoming_from_text
from nettverk.lib import two_cores

from .pipeline import import_text


def _card(i: int, email: str = "") -> str:
    return (f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berg {i};Per;;;\r\nFN:Per Berg {i}\r\n"
            f"ORG:Nordbanken\r\nEMAIL:{email or f'per{i}@example.no'}\r\n"
            f"CATEGORIES:Kunder\r\nEND:VCARD\r\n")


@pytest.fixture(autouse=True)
def forks(monkeypatch: pytest.MonkeyPatch) -> list[two_cores.Pending[object]]:
    """The children forked, even if the browser tests' live server thread runs in this test
    process (the work here takes no lock)."""
    monkeypatch.setattr(two_cores, "_can_fork", lambda: True)
    forked: list[two_cores.Pending[object]] = []
    fork = two_cores.Pending._fork

    def counted(pending: two_cores.Pending[object]) -> None:
        forked.append(pending)
        fork(pending)

    monkeypatch.setattr(two_cores.Pending, "_fork", counted)
    return forked


CARDS = "".join(_card(i, "not-an-address" if i in (3, 9) else "") for i in range(12))
Read = tuple[list[Incoming], list[str]]


def _in_one_pass_and_in_halves(monkeypatch: pytest.MonkeyPatch, text: str,
                               fmt: str) -> tuple[Read, Read]:
    monkeypatch.setattr(two_cores, "ENOUGH", 10**9)
    whole = incoming_from_text(text, fmt, "big.file")
    monkeypatch.setattr(two_cores, "ENOUGH", 4)
    return whole, incoming_from_text(text, fmt, "big.file")


def test_halves_give_the_same_people_and_warnings(
        monkeypatch: pytest.MonkeyPatch, forks: list[two_cores.Pending[object]]) -> None:
    whole, split = _in_one_pass_and_in_halves(monkeypatch, CARDS, "vcard")
    assert split == whole and len(forks) == 1
    assert len(whole[0]) == 12


def test_the_warnings_keep_the_files_order(monkeypatch: pytest.MonkeyPatch) -> None:
    _whole, (_items, warnings) = _in_one_pass_and_in_halves(monkeypatch, CARDS, "vcard")
    assert [w.split(":")[1] for w in warnings] == ["25", "73"]  # cards 3 and 9, 8 lines each


def test_an_error_in_the_second_half_names_its_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(two_cores, "ENOUGH", 4)
    text = CARDS.replace("FN:Per Berg 10\r\n", "FN:" + "P" * 201 + "\r\n")
    with pytest.raises(FormatError) as raised:
        incoming_from_text(text, "vcard", "big.vcf")
    assert str(raised.value).startswith("big.vcf:81: name: too long")


LARS = ("BEGIN:VCARD\nFN:Lars Bergström\nEMAIL:lars.bergstrom@example.se\nEND:VCARD\n"
        "BEGIN:VCARD\nFN:Lars Bergstrom\nORG:Nordbanken\nEND:VCARD\n"
        "BEGIN:VCARD\nFN:Kari Nordmann\nORG:Equinor\nEND:VCARD\n")


def test_suspected_duplicates_are_counted_in_a_child_beside_the_index(
        monkeypatch: pytest.MonkeyPatch, forks: list[two_cores.Pending[object]], alice: User,
        bob: User) -> None:
    alone = import_text(bob, LARS, "people.vcf")  # too few to fork for
    assert forks == []
    monkeypatch.setattr(pipeline, "ENOUGH", 2)
    result = import_text(alice, LARS, "people.vcf")
    assert (result.new, result.suspected) == (alone.new, alone.suspected) == (3, 2)
    assert len(forks) == 1
    assert Contact.objects.filter(owner=alice).count() == 3
