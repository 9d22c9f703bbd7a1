"""bob's import never touches alice's contacts, even when they know the same people."""

from __future__ import annotations

import json
from pathlib import Path

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_create
from tests.conftest import Cli

from .helpers import fixture_text
from .pipeline import backup_text, import_sample, network, write


def test_bobs_import_leaves_alices_network_alone(alice: User, bob: User) -> None:
    contact_create(owner=alice, name="Lars Bergström", title="CFO",
                   emails=["lars.bergstrom@example.se"])
    before = network(alice)
    result = import_sample(bob, "linkedin/Connections.csv")
    assert (result.new, result.updated, result.conflicts) == (9, 0, 0)
    assert network(alice) == before
    assert Contact.objects.owned_by(bob).filter(name="Lars Bergström").count() == 1


def test_a_backup_holds_one_owners_data_only(alice: User, bob: User) -> None:
    import_sample(alice, "linkedin/Connections.csv")
    contact_create(owner=bob, name="Bob's secret friend", notes="private")
    assert "secret" not in backup_text(alice)


def test_the_cli_imports_into_the_owner_it_is_given(cli: Cli, tmp_path: Path) -> None:
    cli("contact", "add", "Lars Bergström", "--email", "lars.bergstrom@example.se",
        "--title", "CFO")
    assert cli("user", "add", "bob").returncode == 0
    connections = write(tmp_path, "Connections.csv", fixture_text("linkedin/Connections.csv"))
    result = cli("import", str(connections), "--owner", "bob", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["files"][0]["new"] == 9
    alices = json.loads(cli("contacts", "--json").stdout)
    assert [(c["name"], c["title"]) for c in alices] == [("Lars Bergström", "CFO")]
    assert cli("import", str(connections), "--owner", "nobody").returncode == 1
