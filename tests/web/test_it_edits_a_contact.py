"""Editing a contact: the form starts from what is stored and a hand-set function sticks."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_create


def _edit(client: Client, contact: Contact) -> dict[str, object]:
    """The form as the browser shows it: every initial value, ready to post back."""
    form = client.get(reverse("contacts:edit", args=[contact.pk])).context["form"]
    return {name: "" if value is None else value for name, value in form.initial.items()}


def test_it_keeps_a_hand_set_function_when_the_title_changes(
    alice: User, alice_client: Client
) -> None:
    contact = contact_create(owner=alice, name="Per Lund", title="Utvecklare", function="sales")
    data = _edit(alice_client, contact)
    assert data["function"] == "sales"
    response = alice_client.post(reverse("contacts:edit", args=[contact.pk]),
                                 {**data, "title": "CFO"})
    assert response.status_code == 302
    contact.refresh_from_db()
    assert (contact.title, contact.function) == ("CFO", "sales")


def test_it_reclassifies_when_the_function_came_from_the_title(
    alice: User, alice_client: Client
) -> None:
    contact = contact_create(owner=alice, name="Per Lund", title="Utvecklare")
    data = _edit(alice_client, contact)
    assert data["function"] == ""
    alice_client.post(reverse("contacts:edit", args=[contact.pk]), {**data, "title": "CFO"})
    contact.refresh_from_db()
    assert (contact.function, contact.decision_maker) == ("finance", True)


def test_it_keeps_the_stored_contact_when_an_edit_is_refused(
    alice: User, alice_client: Client
) -> None:
    contact = contact_create(owner=alice, name="Per Lund", emails=["per@kodverket.se"])
    data = _edit(alice_client, contact)
    response = alice_client.post(reverse("contacts:edit", args=[contact.pk]),
                                 {**data, "name": "Per Renamed", "emails": "broken"})
    assert response.status_code == 400
    assert "is not a valid email address" in response.content.decode()
    contact.refresh_from_db()
    assert contact.name == "Per Lund"
    assert [e.address for e in contact.emails.all()] == ["per@kodverket.se"]


def test_it_deletes_only_after_confirming_by_post(alice: User, alice_client: Client) -> None:
    contact = contact_create(owner=alice, name="Per Lund")
    url = reverse("contacts:delete", args=[contact.pk])
    confirm = alice_client.get(url)
    assert confirm.status_code == 200 and 'method="post"' in confirm.content.decode()
    assert Contact.objects.filter(pk=contact.pk).exists()
    response = alice_client.post(url)
    assert response.status_code == 302
    assert not Contact.objects.filter(pk=contact.pk).exists()
