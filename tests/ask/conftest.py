"""Alice's small network for the ask's tests, and an API token."""

from __future__ import annotations

import pytest

from nettverk.accounts.models import User
from nettverk.accounts.tokens import api_token_create
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_create


@pytest.fixture
def privacy_experts(alice: User) -> dict[str, Contact]:
    """Two privacy experts who never write "GDPR", a salesman, and one who only wants to learn."""
    return {
        "sven": contact_create(owner=alice, name="Sven Lind", title="Dataskyddsjurist",
                               expertise="Dataskyddsjurist som hjälpt 40 bolag med "
                                         "dataskyddsförordningen."),
        "kari": contact_create(owner=alice, name="Kari Moe", title="Personvernrådgiver",
                               organization="Trygg Data AS"),
        "ola": contact_create(owner=alice, name="Ola Salg", title="Selger",
                              notes="Selger kontorsmøbler til bedrifter."),
        "nina": contact_create(owner=alice, name="Nina Lær", title="Markedssjef",
                               needs="Vil lære mer om GDPR og personvern."),
    }


@pytest.fixture
def alice_token(alice: User) -> str:
    return api_token_create(user=alice, name="alice's script")
