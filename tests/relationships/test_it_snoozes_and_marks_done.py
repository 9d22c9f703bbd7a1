"""Snooze hides a contact from the due list until a day; done logs a touchpoint and removes them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_create
from nettverk.interactions.models import Interaction
from nettverk.interactions.services import interaction_log
from nettverk.relationships.due import due_list
from nettverk.relationships.models import Relationship
from nettverk.relationships.services import mark_done, snooze


def _overdue(owner: User, name: str = "Ingrid Berg") -> Contact:
    contact = contact_create(owner=owner, name=name, cadence_days="30")
    interaction_log(owner=owner, contacts=[contact], kind="call",
                    occurred_on=timezone.localdate() - timedelta(days=45))
    return contact


def test_it_hides_a_snoozed_contact_until_the_day(alice: User) -> None:
    ingrid = _overdue(alice)
    today = timezone.localdate()
    snooze(ingrid, today + timedelta(days=3))
    assert due_list(alice) == []
    assert due_list(alice, today=today + timedelta(days=2)) == []
    assert [i.name for i in due_list(alice, today=today + timedelta(days=3))] == ["Ingrid Berg"]


def test_it_refuses_a_snooze_into_the_past(alice: User) -> None:
    ingrid = _overdue(alice)
    with pytest.raises(ValidationError):
        snooze(ingrid, timezone.localdate())
    assert Relationship.objects.get(contact=ingrid).snoozed_until is None


def test_it_forgets_the_snooze_once_back_in_touch(alice: User) -> None:
    ingrid = _overdue(alice)
    snooze(ingrid, timezone.localdate() + timedelta(days=10))
    interaction_log(owner=alice, contacts=[ingrid], kind="meeting")
    assert Relationship.objects.get(contact=ingrid).snoozed_until is None


def test_it_logs_a_touchpoint_when_done(alice: User) -> None:
    ingrid = _overdue(alice)
    mark_done(ingrid)
    assert due_list(alice) == []
    logged = Interaction.objects.filter(contacts=ingrid).first()
    assert logged is not None
    assert (logged.kind, logged.direction, logged.occurred_on) == (
        "message", "outbound", timezone.localdate())
    assert Relationship.objects.get(contact=ingrid).due_on == timezone.localdate() + timedelta(
        days=30)


def test_it_swaps_the_row_out_with_htmx(alice: User, alice_client: Client) -> None:
    ingrid, per = _overdue(alice), _overdue(alice, "Per Lund")
    done = alice_client.post(reverse("relationships:done", args=[ingrid.pk]),
                             HTTP_HX_REQUEST="true")
    assert (done.status_code, done.content) == (200, b"")
    until = (timezone.localdate() + timedelta(days=7)).isoformat()
    snoozed = alice_client.post(reverse("relationships:snooze", args=[per.pk]), {"until": until},
                                HTTP_HX_REQUEST="true")
    assert (snoozed.status_code, snoozed.content) == (200, b"")
    assert due_list(alice) == []


def test_it_keeps_the_row_and_says_why_on_a_bad_day(alice: User, alice_client: Client) -> None:
    ingrid = _overdue(alice)
    response = alice_client.post(reverse("relationships:snooze", args=[ingrid.pk]),
                                 {"until": "2020-01-01"}, HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert "Choose a day after today and within a year." in body
    assert "Ingrid Berg" in body


def test_it_redirects_back_without_htmx(alice: User, alice_client: Client) -> None:
    ingrid = _overdue(alice)
    response = alice_client.post(reverse("relationships:done", args=[ingrid.pk]), {"next": "/"})
    assert (response.status_code, response["Location"]) == (302, "/")
    evil = alice_client.post(reverse("relationships:snooze", args=[ingrid.pk]),
                             {"until": "2020-01-01", "next": "https://evil.example/"})
    assert evil["Location"] == reverse("relationships:due")
