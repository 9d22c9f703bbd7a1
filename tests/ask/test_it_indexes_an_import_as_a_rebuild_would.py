"""An import indexes the contacts it creates from the values it holds, without reading them
back: the documents, full-text rows and term counts must be exactly what a rebuild makes."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection

from nettverk.accounts.models import User
from nettverk.ask.fulltext import FTS_TABLE
from nettverk.ask.index import VERSION, rebuild_index
from nettverk.ask.models import AskDocument, AskTerm
from nettverk.contacts.models import Organization
from nettverk.contacts.services import contact_create
from nettverk.imports import pipeline
from nettverk.lib import two_cores
from tests.imports.pipeline import backup_text, import_sample, import_text, sample_files

TITLES = ["CFO", "Økonomisjef", "Ekonomichef", "Dataskyddsjurist", "Personvernrådgiver",
          "Head of Procurement", "Co-Founder | CTO", "Regnskapsfører", "", "  "]
ORGANIZATIONS = ["Nordbanken", "NORDBANKEN", "nordbanken", "Trygg Data AS", "Fjord Consulting",
                 ""]


def _linkedin(count: int, title_shift: int = 0) -> str:
    """A LinkedIn export whose organizations repeat in other cases, as exports do."""
    lines = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    for i in range(count):
        title = TITLES[(i + title_shift) % len(TITLES)]
        lines.append(f"Person,Number {i},https://www.linkedin.com/in/person-{i},,"
                     f"{ORGANIZATIONS[i % len(ORGANIZATIONS)]},\"{title}\",01 Jan 2020")
    return "\n".join(lines) + "\n"


CARDS = """BEGIN:VCARD
VERSION:3.0
FN:Kari Moe
ORG:Trygg data as;Juridisk
TITLE:Personvernrådgiver
CATEGORIES:gdpr,Kunder,Ærlige,kunder
NOTE:Vil lære mer om eksport. Hjalp oss med DPIA.
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Sven Lind
ORG:Nordbanken
CATEGORIES:Zebra,apple,Äpple
NOTE:Met at the book fair; wants to learn about GDPR
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Tom Tom
NOTE:\\n
END:VCARD
"""


def _index(owner: User) -> dict[str, Any]:
    """Every row of the owner's index, as comparable values."""
    documents = set(AskDocument.objects.filter(owner=owner).values_list(
        "contact_id", "body", "length", "strong", "tags", "org", "notes", "needs"))
    counts = {term: df for term, df in AskTerm.objects.filter(owner=owner)
              .values_list("term", "df") if df and term != VERSION}
    return {"documents": documents, "counts": counts, "fulltext": _fulltext(owner)}


def _fulltext(owner: User) -> set[tuple[Any, ...]]:
    """What the full-text index itself holds for each of the owner's documents: on SQLite
    its terms as FTS5 keeps them (the table reads its bodies from the documents)."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocabulary "
                           f"USING fts5vocab(main, {FTS_TABLE}, 'instance')")
            cursor.execute("SELECT v.doc, group_concat(v.term, ' ') FROM (SELECT doc, term "
                           "FROM temp.vocabulary ORDER BY doc, term) v JOIN ask_askdocument d "
                           "ON d.contact_id = v.doc WHERE d.owner_id = %s GROUP BY v.doc",
                           [owner.pk])
        else:
            cursor.execute("SELECT contact_id, search::text FROM ask_askdocument "
                           "WHERE owner_id = %s", [owner.pk])
        return set(cursor.fetchall())


def _assert_as_rebuilt(owner: User) -> None:
    imported = _index(owner)
    rebuild_index(owner)
    rebuilt = _index(owner)
    for part in ("documents", "fulltext", "counts"):
        assert rebuilt[part] == imported[part], part


def _alice_before(alice: User) -> None:
    """What alice has by hand: an organization with an industry, a tag in another case."""
    Organization.objects.create(owner=alice, name="Nordbanken", industry="Bank")
    contact_create(owner=alice, name="Nina Lær", title="Markedssjef", organization="nordbanken",
                   tags=["GDPR", "kunder"])


def test_it_indexes_new_contacts_as_a_rebuild_would(alice: User) -> None:
    """GIVEN alice's own contacts WHEN she imports every sample, a vCard file and an export
    THEN the index holds what a rebuild from the stored contacts makes."""
    _alice_before(alice)
    for relative in sample_files():
        assert import_sample(alice, relative).ok
    assert import_text(alice, CARDS).new == 3
    result = import_text(alice, _linkedin(300), file="Connections.csv")
    assert result.new == 300
    _assert_as_rebuilt(alice)


def test_it_indexes_changed_contacts_as_a_rebuild_would(alice: User) -> None:
    """GIVEN an imported export WHEN it comes again with new titles and more people THEN
    the counts lose what the old titles held."""
    _alice_before(alice)
    import_text(alice, _linkedin(200), file="Connections.csv")
    result = import_text(alice, _linkedin(250, title_shift=3), file="Connections.csv")
    assert (result.new, result.updated) == (50, 160)
    _assert_as_rebuilt(alice)


def test_it_indexes_a_restored_backup_as_a_rebuild_would(alice: User, bob: User) -> None:
    """GIVEN alice's network WHEN bob restores her backup THEN his index is as rebuilt."""
    _alice_before(alice)
    for relative in sample_files():
        import_sample(alice, relative)
    import_text(alice, CARDS)
    assert import_text(bob, backup_text(alice), file="backup.json").ok
    _assert_as_rebuilt(bob)


def test_documents_made_on_the_other_core_are_as_rebuilt(
        monkeypatch: pytest.MonkeyPatch, alice: User) -> None:
    """GIVEN imports big enough to make their documents in a forked child WHEN alice imports
    a vCard file and an export THEN the index is the same as a rebuild's."""
    monkeypatch.setattr(two_cores, "_can_fork", lambda: True)  # the live server's thread
    forked: list[int] = []
    fork = two_cores.Pending._fork

    def counted(pending: two_cores.Pending[object]) -> None:
        forked.append(1)
        fork(pending)

    monkeypatch.setattr(two_cores.Pending, "_fork", counted)
    monkeypatch.setattr(pipeline, "ENOUGH", 2)
    _alice_before(alice)
    assert import_text(alice, CARDS).new == 3
    assert import_text(alice, _linkedin(300), file="Connections.csv").new == 300
    assert len(forked) == 3  # one per import, and the export's second half is read in one
    _assert_as_rebuilt(alice)
