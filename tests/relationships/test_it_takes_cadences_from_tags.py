"""Keep-in-touch defaults by tag: everyone tagged falls due at the tag's cadence."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact, Tag
from nettverk.contacts.services import contact_create, contact_update
from nettverk.interactions.services import interaction_log
from nettverk.relationships.due import due_list
from nettverk.relationships.services import tag_cadence_set, tier_set


def _last_met(owner: User, name: str, days_ago: int, **fields: object) -> Contact:
    contact = contact_create(owner=owner, name=name, **fields)
    interaction_log(owner=owner, contacts=[contact], kind="email",
                    occurred_on=timezone.localdate() - timedelta(days=days_ago))
    return contact


def _tag(owner: User, name: str) -> Tag:
    return Tag.objects.get(owner=owner, name=name)


def test_it_makes_tagged_contacts_due_at_the_tags_cadence(alice: User) -> None:
    _last_met(alice, "Ingrid Berg", 70, tags=["investors"])
    _last_met(alice, "Per Lund", 70, tags=["investors"], cadence_days="100")
    assert due_list(alice) == []
    tag_cadence_set(_tag(alice, "investors"), 60)
    items = due_list(alice)
    assert [(i.name, i.cadence_days, i.days_overdue) for i in items] == [("Ingrid Berg", 60, 10)]
    tag_cadence_set(_tag(alice, "investors"), "")
    assert due_list(alice) == []


def test_it_takes_the_shortest_of_tier_and_tags(alice: User) -> None:
    ingrid = _last_met(alice, "Ingrid Berg", 100, tags=["investors", "board"])
    tag_cadence_set(_tag(alice, "investors"), 120)
    tag_cadence_set(_tag(alice, "board"), 95)
    assert [i.cadence_days for i in due_list(alice)] == [95]
    tier_set(ingrid, "key")  # 90 days
    assert [i.cadence_days for i in due_list(alice)] == [90]


def test_it_follows_a_contacts_changed_tags(alice: User) -> None:
    ingrid = _last_met(alice, "Ingrid Berg", 70)
    contact_update(ingrid, tags=["investors"])
    tag_cadence_set(_tag(alice, "investors"), 60)
    assert [i.name for i in due_list(alice)] == ["Ingrid Berg"]
    contact_update(ingrid, tags=[])
    assert due_list(alice) == []


def test_it_refuses_a_cadence_out_of_range(alice: User) -> None:
    contact_create(owner=alice, name="Ingrid Berg", tags=["investors"])
    with pytest.raises(ValidationError):
        tag_cadence_set(_tag(alice, "investors"), 0)


def test_it_sets_a_tag_cadence_on_the_page_and_not_bobs(alice: User, bob: User,
                                                       alice_client: Client) -> None:
    _last_met(alice, "Ingrid Berg", 70, tags=["investors"])
    contact_create(owner=bob, name="Bobs friend", tags=["golf"])
    page = alice_client.get(reverse("relationships:cadences")).content.decode()
    assert "#investors" in page and "#golf" not in page
    tag = _tag(alice, "investors")
    response = alice_client.post(reverse("relationships:tag_cadence", args=[tag.pk]),
                                 {"cadence_days": "60"})
    assert response.status_code == 302
    assert [i.name for i in due_list(alice)] == ["Ingrid Berg"]
    bobs = _tag(bob, "golf")
    response = alice_client.post(reverse("relationships:tag_cadence", args=[bobs.pk]),
                                 {"cadence_days": "60"})
    assert response.status_code == 404
