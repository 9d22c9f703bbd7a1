"""A big vCard file is read and mapped in two halves, one in a forked child: same people, same
warnings, same errors as reading it in one pass (a CSV export: see
test_it_reads_big_csv_files_in_halves). A big import's suspected duplicates are counted in a
child too, and a big backup's contacts are read in two parts."""

from __future__ import annotations

import re

import pytest

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.imports import pipeline
from nettverk.imports.formats import FormatError
from nettverk.imports.incoming import Incoming
from nettverk.imports.pipeline import incoming_from_text
from nettverk.lib import two_cores

from .pipeline import backup_text, import_text, network


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


def _without_moments_and_uids(value: object) -> object:
    """A backup as two imports of one file must agree on it: not its uids and times."""
    if isinstance(value, dict):
        return {k: _without_moments_and_uids(v) for k, v in value.items()
                if k not in ("uid", "created_at", "updated_at", "imported_at")}
    if isinstance(value, list):
        return sorted((_without_moments_and_uids(v) for v in value), key=repr)
    return value


def test_an_import_stores_the_same_whether_half_its_rows_are_made_in_a_child(
        monkeypatch: pytest.MonkeyPatch, forks: list[two_cores.Pending[object]], alice: User,
        bob: User) -> None:
    """GIVEN one export and one vCard file WHEN bob imports them in this process and alice
    with half of the new contacts' rows, their documents and the count made in a child THEN
    both networks hold the same people, lists, tags and sources."""
    rows = "".join(f"Kari,Nordmann {i},https://www.linkedin.com/in/kari-{i},"
                   f"{'kari' + str(i) + '@example.no' if i % 3 else ''},"
                   f"{['Equinor', 'DNB', 'equinor'][i % 3]},CFO,{'05 Jan 2026' * (i >= 15)}\n"
                   for i in range(30))  # only the second half's rows say when
    export = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" + rows
    for owner in (bob, alice):
        assert import_text(owner, export, "Connections.csv").new == 30
        assert import_text(owner, CARDS, "cards.vcf").new == 12
        assert len(forks) == (0 if owner == bob else 3)  # and the export's second half
        monkeypatch.setattr(pipeline, "ENOUGH", 2)
    assert _without_moments_and_uids(network(alice)) == _without_moments_and_uids(network(bob))


def _big_backup(owner: User, monkeypatch: pytest.MonkeyPatch) -> str:
    """`owner`'s backup of the twelve cards, restored later with its contacts read in two parts."""
    assert import_text(owner, CARDS, "people.vcf").ok
    monkeypatch.setattr(two_cores, "ENOUGH", 4)
    return backup_text(owner)


def test_a_big_backup_restores_the_same_with_part_of_its_contacts_read_in_a_child(
        monkeypatch: pytest.MonkeyPatch, forks: list[two_cores.Pending[object]], alice: User,
        bob: User) -> None:
    backup = _big_backup(alice, monkeypatch)
    forks.clear()
    result = import_text(bob, backup, "backup.json")
    assert (result.ok, result.new, len(forks)) == (True, 12, 1)
    assert network(bob) == network(alice)


def test_a_wrong_contact_in_a_big_backups_second_part_is_named_by_its_line(
        monkeypatch: pytest.MonkeyPatch, alice: User, bob: User) -> None:
    lines = _big_backup(alice, monkeypatch).splitlines(keepends=True)
    at = lines.index('"contacts": [\n') + 10  # the tenth contact: in the child's part
    lines[at] = re.sub(r'"name": "[^"]*"', '"name": "' + "P" * 201 + '"', lines[at])
    result = import_text(bob, "".join(lines), "backup.json")
    assert result.error.startswith(f"backup.json:{at + 1}: contacts[9].name: ")
    assert not Contact.objects.filter(owner=bob).exists()
