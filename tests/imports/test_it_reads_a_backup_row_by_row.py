"""A backup as nettverk writes it (one row a line) is read a row at a time, so a big one never
holds all its parsed rows; the same document laid out any other way restores the same, and a
broken row is refused as the whole text's first error."""

from __future__ import annotations

import json
import re

import pytest

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.imports.backup_text import LineRows, read_backup
from nettverk.imports.formats import FormatError
from nettverk.imports.restore import SECTIONS

from .pipeline import backup_text, import_text, network

CARDS = "".join(f"BEGIN:VCARD\nVERSION:3.0\nFN:Person {i}\nEMAIL:p{i}@fjord.no\n"
                f"ORG:Fjord AS\nTITLE:CFO\nCATEGORIES:golf\nEND:VCARD\n" for i in range(5))


def _backup(owner: User) -> str:
    assert import_text(owner, CARDS, "people.vcf").ok
    return backup_text(owner)


def test_a_backup_as_nettverk_writes_it_is_read_row_by_row(alice: User) -> None:
    backup = read_backup(_backup(alice), "backup.json", sections=SECTIONS)
    contacts = backup.rows("contacts", "backup.json")
    assert isinstance(contacts, LineRows) and len(contacts) == 5
    assert sorted(row["name"] for row in contacts) == [f"Person {i}" for i in range(5)]


@pytest.mark.parametrize("layout", ["indented", "one line", "two rows on a line", "CRLF"])
def test_the_same_backup_laid_out_otherwise_restores_the_same(alice: User, bob: User,
                                                               layout: str) -> None:
    text = _backup(alice)
    if layout == "indented":
        text = json.dumps(json.loads(text), indent=2)
    elif layout == "one line":
        text = json.dumps(json.loads(text))
    elif layout == "two rows on a line":  # found only when that row is read: read again whole
        text = re.sub(r'(\n\{"addresses"[^\n]*),\n(\{"addresses")', r"\1, \2", text, count=1)
        assert text.count('{"addresses"') == 5
    else:
        text = text.replace("\n", "\r\n")
    result = import_text(bob, text, "backup.json")
    assert (result.ok, result.error, result.new) == (True, "", 5)
    assert network(bob) == network(alice)


def test_a_broken_row_is_refused_naming_its_line_as_a_whole_reading_would(alice: User,
                                                                          bob: User) -> None:
    lines = _backup(alice).splitlines(keepends=True)
    at = lines.index('"contacts": [\n') + 3
    lines[at] = lines[at].replace('"name": ', '"name" ', 1)
    text = "".join(lines)
    with pytest.raises(json.JSONDecodeError) as whole:
        json.loads(text)
    result = import_text(bob, text, "backup.json")
    assert result.error == f"backup.json:{at + 1}: json: {whole.value.msg}"
    assert whole.value.lineno == at + 1
    assert not Contact.objects.filter(owner=bob).exists()


def test_a_section_that_is_not_a_list_is_refused_naming_its_line(alice: User) -> None:
    text = _backup(alice)
    text = re.sub(r'"tags": \[\n[^\]]*\]', '"tags": {}', text)
    with pytest.raises(FormatError) as refused:
        read_backup(text, "backup.json", sections=SECTIONS).rows("tags", "backup.json")
    tags_line = text.splitlines().index('"tags": {},') + 1
    assert str(refused.value).startswith(f"backup.json:{tags_line}: tags: ")
