"""An interaction posted through the API can serve one of the owner's goals, never another's."""

from __future__ import annotations

from nettverk.accounts.models import User
from nettverk.contacts.services import contact_create
from nettverk.goals.models import Goal
from nettverk.interactions.models import Interaction
from tests.api.conftest import ApiClient


def _goal(owner: User) -> Goal:
    return Goal.objects.create(owner=owner, sentence="Meet 2 CFOs every week next quarter",
                               measure="meetings", target=2, cadence="week")


def test_it_ties_a_new_interaction_to_a_goal(alice: User, alice_api: ApiClient) -> None:
    ingrid = contact_create(owner=alice, name="Ingrid")
    goal = _goal(alice)
    response = alice_api.post("/api/interactions", {"contacts": [ingrid.pk], "kind": "meeting",
                                                    "goal": goal.pk})
    assert response.status_code == 201, response.content
    assert Interaction.objects.get().goal == goal


def test_it_refuses_another_owners_goal(alice: User, bob: User, alice_api: ApiClient) -> None:
    ingrid = contact_create(owner=alice, name="Ingrid")
    bobs = _goal(bob)
    response = alice_api.post("/api/interactions", {"contacts": [ingrid.pk], "kind": "meeting",
                                                    "goal": bobs.pk})
    assert response.status_code == 422
    assert "goal" in response.json()["detail"]
    assert not Interaction.objects.exists()
