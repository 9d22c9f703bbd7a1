"""The reciprocity ledger: what I gave and got per contact and overall, with gentle flags."""

from __future__ import annotations

from datetime import timedelta

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from nettverk.accounts.models import User
from nettverk.contacts.services import contact_create
from nettverk.interactions.services import interaction_log
from nettverk.relationships.ledger import Balance, contact_balance, ledger_rows, ledger_totals


def test_it_balances_per_contact_and_overall(alice: User, bob: User) -> None:
    today = timezone.localdate()
    ingrid = contact_create(owner=alice, name="Ingrid Berg")
    per = contact_create(owner=alice, name="Per Lund")
    for kind in ("help_received", "intro_received", "help_received"):
        interaction_log(owner=alice, contacts=[ingrid], kind=kind)
    interaction_log(owner=alice, contacts=[ingrid], kind="help_given",
                    occurred_on=today - timedelta(days=500))
    interaction_log(owner=alice, contacts=[ingrid, per], kind="intro_made")
    interaction_log(owner=alice, contacts=[per], kind="meeting")
    interaction_log(owner=bob, contacts=[contact_create(owner=bob, name="B")], kind="help_given")

    assert contact_balance(ingrid) == Balance(given_year=1, received_year=3, given=2, received=3)
    assert contact_balance(per) == Balance(given_year=1, received_year=0, given=1, received=0)
    assert contact_balance(ingrid).balance == -1
    # the introduction between Ingrid and Per was one act of giving, not two
    assert ledger_totals(alice) == Balance(given_year=1, received_year=3, given=2, received=3)
    assert [row.name for row in ledger_rows(alice)] == ["Ingrid Berg", "Per Lund"]


def test_it_flags_taking_without_giving(alice: User, alice_client: Client) -> None:
    ingrid = contact_create(owner=alice, name="Ingrid Berg")
    for _ in range(3):
        interaction_log(owner=alice, contacts=[ingrid], kind="help_received")
    [row] = ledger_rows(alice)
    flag = ("You have asked Ingrid Berg for 3 things in the past year and given nothing back "
            "yet.")
    assert row.flag == flag
    assert flag in alice_client.get(reverse("relationships:ledger")).content.decode()
    assert flag in alice_client.get(reverse("contacts:detail", args=[ingrid.pk])).content.decode()
    interaction_log(owner=alice, contacts=[ingrid], kind="help_given")
    assert ledger_rows(alice)[0].flag == ""


def test_it_reads_a_mutual_exchange_as_both(alice: User) -> None:
    ingrid = contact_create(owner=alice, name="Ingrid Berg")
    interaction_log(owner=alice, contacts=[ingrid], kind="help_given", direction="mutual")
    assert contact_balance(ingrid) == Balance(1, 1, 1, 1)
