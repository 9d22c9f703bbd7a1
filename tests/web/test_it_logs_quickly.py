"""The quick log: several contacts at once, picked from suggestions or typed by name."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from nettverk.accounts.models import User
from nettverk.arenas.models import Arena
from nettverk.contacts.services import contact_create
from nettverk.interactions.models import Interaction

NEW = reverse("interactions:new")


def test_it_logs_a_meeting_with_two_contacts(alice: User, alice_client: Client) -> None:
    ingrid = contact_create(owner=alice, name="Ingrid Berg")
    per = contact_create(owner=alice, name="Per Lund")
    response = alice_client.post(NEW, {
        "contacts": [ingrid.pk, per.pk], "kind": "meeting", "occurred_on": "2026-03-02",
        "note": "Lunch about export", "arena": "Oslo Tech Meetup",
    })
    assert response.status_code == 302
    assert response["Location"] == reverse("dashboard:home")
    interaction = Interaction.objects.get(owner=alice)
    assert set(interaction.contacts.all()) == {ingrid, per}
    assert interaction.occurred_on.isoformat() == "2026-03-02"
    assert interaction.arena == Arena.objects.get(owner=alice, name="Oslo Tech Meetup")
    dashboard = alice_client.get(response["Location"]).content.decode()
    assert "Logged with Ingrid Berg, Per Lund." in dashboard
    assert "Lunch about export" in dashboard


def test_it_opens_with_today_meeting_and_the_contact_chosen(
    alice: User, alice_client: Client
) -> None:
    ingrid = contact_create(owner=alice, name="Ingrid Berg")
    response = alice_client.get(NEW, {"contact": ingrid.pk})
    form = response.context["form"]
    assert form["kind"].value() == "meeting"
    assert form["occurred_on"].value() == timezone.localdate()
    assert f'name="contacts" value="{ingrid.pk}"' in response.content.decode()


def test_it_goes_back_to_the_contact_after_logging_one(alice: User, alice_client: Client) -> None:
    ingrid = contact_create(owner=alice, name="Ingrid Berg")
    response = alice_client.post(NEW, {"contacts": [ingrid.pk], "kind": "call",
                                       "occurred_on": "2026-03-02"})
    assert response["Location"] == reverse("contacts:detail", args=[ingrid.pk])
    page = alice_client.get(response["Location"]).content.decode()
    assert "Call" in page


def test_it_resolves_a_typed_name_when_nothing_was_picked(
    alice: User, alice_client: Client
) -> None:
    ingrid = contact_create(owner=alice, name="Ingrid Berg")
    alice_client.post(NEW, {"contact_query": "ingrid", "kind": "meeting",
                            "occurred_on": "2026-03-02"})
    assert list(Interaction.objects.get(owner=alice).contacts.all()) == [ingrid]


def test_it_asks_for_a_contact_and_a_real_date(alice: User, alice_client: Client) -> None:
    contact_create(owner=alice, name="Ingrid Berg")
    nobody = alice_client.post(NEW, {"kind": "meeting", "occurred_on": "2026-03-02"})
    assert nobody.status_code == 400
    assert "Pick at least one contact." in nobody.content.decode()
    bad_day = alice_client.post(NEW, {"contact_query": "Ingrid", "kind": "meeting",
                                      "occurred_on": "2026-02-30"})
    assert bad_day.status_code == 400
    assert "Enter a valid date" in bad_day.content.decode()
    assert not Interaction.objects.exists()


def test_it_suggests_matching_contacts_leaving_out_the_chosen(
    alice: User, alice_client: Client
) -> None:
    ingrid = contact_create(owner=alice, name="Ingrid Berg")
    contact_create(owner=alice, name="Inga Lie")
    contact_create(owner=alice, name="Per Lund")
    url = reverse("interactions:contact_options")
    body = alice_client.get(url, {"contact_query": "ing"}).content.decode()
    assert "Ingrid Berg" in body and "Inga Lie" in body and "Per Lund" not in body
    assert 'role="option"' in body
    rest = alice_client.get(url, {"contact_query": "ing", "contacts": str(ingrid.pk)})
    rest_body = rest.content.decode()
    assert "Ingrid Berg" not in rest_body and "Inga Lie" in rest_body


def test_it_adds_a_typed_name_to_the_picked_contacts(alice: User, alice_client: Client) -> None:
    ingrid = contact_create(owner=alice, name="Ingrid Berg")
    per = contact_create(owner=alice, name="Per Lund")
    alice_client.post(NEW, {"contacts": [ingrid.pk], "contact_query": "per lund",
                            "kind": "meeting", "occurred_on": "2026-03-02"})
    assert set(Interaction.objects.get(owner=alice).contacts.all()) == {ingrid, per}
