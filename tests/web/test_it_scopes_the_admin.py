"""The admin: a superuser sees every owner's records; other staff see only their own."""

from __future__ import annotations

from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from nettverk.accounts.models import User
from nettverk.accounts.services import user_create
from nettverk.contacts.services import contact_create


def test_it_shows_staff_only_their_own_contacts(alice: User, bob: User) -> None:
    root = user_create(username="root", password="root-pass-2026", is_superuser=True)
    bob.is_staff = True
    bob.save()
    bob.user_permissions.add(*Permission.objects.filter(codename__in=["view_contact",
                                                                     "change_contact"]))
    contact_create(owner=alice, name="Ingrid Berg")
    bobs = contact_create(owner=bob, name="Bobs Friend")
    url = reverse("admin:contacts_contact_changelist")

    as_root, as_bob = Client(), Client()
    as_root.force_login(root)
    as_bob.force_login(bob)
    everything = as_root.get(url).content.decode()
    assert "Ingrid Berg" in everything and "Bobs Friend" in everything
    own = as_bob.get(url).content.decode()
    assert "Bobs Friend" in own and "Ingrid Berg" not in own
    assert as_bob.get(reverse("admin:contacts_contact_change", args=[bobs.pk])).status_code == 200
