"""The JSON backup is lossless: export → import into an empty network → export is the same."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from nettverk.accounts.models import User
from nettverk.arenas.models import Arena, ArenaVisit
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_create
from nettverk.dedupe.services import dismiss_pair
from nettverk.goals.models import CheckIn, Goal
from nettverk.imports.formats import detect_format
from nettverk.interactions.services import interaction_log
from nettverk.relationships.models import Offer, Relationship
from tests.conftest import Cli

from .helpers import fixture_text
from .pipeline import backup_text, import_sample, import_text, network, sample_files, write


def _rich_network(owner: User) -> None:
    """Every kind of thing a user owns, with references between them."""
    for relative in sample_files():
        import_sample(owner, relative)
    lars = Contact.objects.owned_by(owner).get(name="Lars Bergström")
    ingrid = contact_create(owner=owner, name="Ingrid Berg", title="CFO", introduced_by=lars,
                            cadence_days=30, expertise="Export financing", birthday="--05-17",
                            emails=["ingrid@nordlys.no"])
    conflict = "BEGIN:VCARD\nFN:Ingrid Berg\nEMAIL:ingrid@nordlys.no\nTITLE:CEO\nEND:VCARD\n"
    assert import_text(owner, conflict).conflicts == 1
    arena = Arena.objects.create(owner=owner, name="Oslo Business Forum", hours_spent=Decimal(3))
    goal = Goal.objects.create(owner=owner, sentence="Meet 5 CFOs this quarter", target=5,
                               buddy_contact=ingrid, functions=["finance"], share_token="s3cr3t")
    goal.contacts.add(lars, ingrid)
    CheckIn.objects.create(goal=goal, on=date(2026, 3, 1), note="Two so far")
    ArenaVisit.objects.create(owner=owner, arena=arena, on=date(2026, 2, 2), hours=Decimal("2.5"),
                              goal=goal)
    Offer.objects.create(owner=owner, title="Intro to Nordic banks", keywords="bank, intro")
    meeting = interaction_log(owner=owner, contacts=[lars, ingrid], kind="meeting",
                              occurred_on="2026-02-02", note="Lunch", arena=arena)
    meeting.goal = goal
    meeting.save()
    Relationship.objects.filter(contact=ingrid).update(tier="inner")
    dismiss_pair(owner, *Contact.objects.owned_by(owner).filter(name__contains="John")[:2])


def test_it_restores_everything_into_an_empty_network(alice: User, bob: User) -> None:
    _rich_network(alice)
    backup = backup_text(alice)
    assert detect_format(backup, "backup.json") == "json"
    result = import_text(bob, backup, "backup.json")
    assert result.ok, result.error
    assert result.new == Contact.objects.owned_by(alice).count()
    assert _shareable(network(bob)) == _shareable(network(alice))
    restored = Contact.objects.owned_by(bob).get(name="Ingrid Berg")
    assert restored.introduced_by is not None and restored.introduced_by.name == "Lars Bergström"
    assert restored.relationship.tier == "inner" and restored.strength > 0
    assert Goal.objects.get(owner=bob).share_token is None  # alice's link stays hers alone


def test_restoring_the_same_backup_again_changes_nothing(alice: User, bob: User) -> None:
    _rich_network(alice)
    backup = backup_text(alice)
    import_text(bob, backup, "backup.json")
    before = network(bob)
    again = import_text(bob, backup, "backup.json")
    assert (again.new, again.updated, again.conflicts) == (0, 0, 0)
    assert network(bob) == before


def test_the_backup_names_no_database_ids(alice: User) -> None:
    _rich_network(alice)
    document = json.loads(backup_text(alice))
    contact = document["contacts"][0]
    assert "id" not in contact and len(contact["uid"]) == 36
    assert document["interactions"][0]["contacts"][0] in {c["uid"] for c in document["contacts"]}


def test_it_round_trips_through_the_cli_into_a_new_home(cli: Cli, tmp_path: Path) -> None:
    connections = write(tmp_path, "Connections.csv", fixture_text("linkedin/Connections.csv"))
    cli("import", str(connections))
    cli("contact", "add", "Per Moe", "--title", "CTO", "--tag", "golf", "--note", "Line 1\nLine 2")
    cli("log", "Per Moe", "Lars Bergström", "--kind", "meeting", "--date", "2026-01-02")
    backup = tmp_path / "backup.json"
    assert cli("export", "--format", "json", "-o", str(backup)).returncode == 0
    assert cli("user", "add", "restored").returncode == 0
    result = cli("import", str(backup), "--owner", "restored", "--json")
    assert result.returncode == 0, result.stderr
    again = cli("export", "--format", "json", "--owner", "restored")
    assert _content(again.stdout) == _content(backup.read_text(encoding="utf-8"))


def _shareable(document: dict[str, Any]) -> dict[str, Any]:
    """A share token is unique in the whole database, so bob's copy cannot keep alice's."""
    for goal in document["goals"]:
        goal.pop("share_token")
    return document


def _content(text: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(text)
    document.pop("nettverk")
    return document
