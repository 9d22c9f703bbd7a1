"""Writing a goal in the browser: the live parse, the one-click rewrite, the goal page."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from nettverk.accounts.models import User
from nettverk.goals.models import CheckIn, Goal
from nettverk.interactions.models import Interaction
from tests.goals.conftest import d, goal_make, person

CLEAR = "Get introduced to 2 new CFOs every week next quarter"
HTMX = {"HTTP_HX_REQUEST": "true"}


def test_the_preview_shows_the_structure_and_what_is_missing(alice_client: Client) -> None:
    url = reverse("goals:preview")
    vague = alice_client.post(url, {"sentence": "Meet new customers"}, **HTMX).content.decode()
    assert "Not yet clear." in vague
    assert "It does not say how many." in vague and "It does not say by when." in vague
    assert 'name="use"' in vague and "Use this" in vague
    clear = alice_client.post(url, {"sentence": CLEAR}, **HTMX).content.decode()
    assert "Clear: specific, quantified and time-bound." in clear
    assert "introductions received" in clear and "Finance" in clear
    assert alice_client.post(url, {"sentence": "  "}).content.decode().strip() == ""


def test_use_this_puts_the_rewrite_in_the_box_without_saving(alice_client: Client) -> None:
    response = alice_client.post(reverse("goals:new"), {
        "sentence": "Meet new customers", "use": "Get to know 2 new CFOs every week next quarter",
    }, **HTMX)
    body = response.content.decode()
    assert response.status_code == 200
    assert 'id="goal-form"' in body and "<html" not in body
    assert ">Get to know 2 new CFOs every week next quarter</textarea>" in body
    assert not Goal.objects.exists()


def test_saving_a_vague_goal_keeps_it_with_advice(alice: User, alice_client: Client) -> None:
    response = alice_client.post(reverse("goals:new"), {"sentence": "Meet new customers",
                                                        "buddy": "kari@example.no"})
    goal = Goal.objects.get(owner=alice)
    assert response["Location"] == reverse("goals:detail", args=[goal.pk])
    assert goal.buddy_email == "kari@example.no"
    page = alice_client.get(response["Location"]).content.decode()
    assert "Not yet clear." in page and goal.suggestion in page


def test_the_goal_page_draws_the_charts_and_takes_check_ins(alice: User,
                                                             alice_client: Client) -> None:
    goal = goal_make(alice, measure="new_contacts", cadence="week", target=2,
                     start=d("2026-03-02"), end=d("2026-03-29"))
    person(alice, "Ingrid Berg", first_met="2026-03-03")
    page = alice_client.get(reverse("goals:detail", args=[goal.pk])).content.decode()
    assert page.count("<svg") >= 2 and 'class="target-line"' in page
    assert 'class="actual-line"' in page and "2026-03-02: 1/2" in page
    assert "cdn" not in page.lower()
    alice_client.post(reverse("goals:checkin", args=[goal.pk]),
                      {"note": "Two coffees booked", "on": "2026-03-04"})
    assert CheckIn.objects.get(goal=goal).note == "Two coffees booked"
    alice_client.post(reverse("goals:status", args=[goal.pk]), {"status": "paused"})
    goal.refresh_from_db()
    assert goal.status == "paused"


def test_editing_fills_in_what_was_missing(alice: User, alice_client: Client) -> None:
    alice_client.post(reverse("goals:new"), {"sentence": "Meet new customers"})
    goal = Goal.objects.get(owner=alice)
    response = alice_client.post(reverse("goals:edit", args=[goal.pk]), {
        "purpose": "Sell more", "measure": "meetings", "target": "3", "cadence": "month",
        "start": "2026-01-01", "end": "2026-06-30", "functions": ["finance"],
        "decision_maker": "true", "industries": "energy, fintech", "keywords": "",
        "locations": "", "tags": "", "buddy": "",
    })
    assert response.status_code == 302
    goal.refresh_from_db()
    assert (goal.measure, goal.target, goal.cadence) == ("meetings", 3, "month")
    assert goal.industries == ["energy", "fintech"] and goal.decision_maker is True
    assert goal.suggestion == ""
    bad = alice_client.post(reverse("goals:edit", args=[goal.pk]), {
        "measure": "meetings", "cadence": "month", "start": "2026-06-01", "end": "2026-01-01"})
    assert bad.status_code == 400 and "The end comes before the start." in bad.content.decode()


def test_the_dashboard_shows_each_active_goal_with_its_pace(alice: User,
                                                             alice_client: Client) -> None:
    goal_make(alice, sentence="Meet 2 CFOs a week", target=2)
    goal_make(alice, sentence="An old paused goal", target=2, status="paused")
    page = alice_client.get(reverse("dashboard:home")).content.decode()
    assert "Meet 2 CFOs a week" in page and "An old paused goal" not in page
    assert "pace-" in page


def test_the_quick_log_ties_an_interaction_to_a_goal(alice: User, bob: User,
                                                     alice_client: Client) -> None:
    goal = goal_make(alice, sentence="Meet 2 CFOs a week", target=2)
    bobs = goal_make(bob, sentence="Bob's goal", target=1)
    ingrid = person(alice, "Ingrid Berg")
    form = alice_client.get(reverse("interactions:new"), {"goal": goal.pk}).content.decode()
    assert "Meet 2 CFOs a week" in form and "Bob&#x27;s goal" not in form
    alice_client.post(reverse("interactions:new"), {
        "contacts": [ingrid.pk], "kind": "meeting", "occurred_on": "2026-03-02",
        "goal": goal.pk})
    assert Interaction.objects.get(owner=alice).goal == goal
    refused = alice_client.post(reverse("interactions:new"), {
        "contacts": [ingrid.pk], "kind": "meeting", "occurred_on": "2026-03-02",
        "goal": bobs.pk})
    assert refused.status_code == 400
    assert Interaction.objects.filter(owner=alice).count() == 1


def test_a_contact_can_be_tied_to_the_goal(alice: User, bob: User,
                                           alice_client: Client) -> None:
    goal = goal_make(alice, sentence="Meet 2 CFOs a week", target=2, functions=["finance"])
    per = person(alice, "Per Lund", title="Developer")
    person(bob, "Bob's Contact")
    url = reverse("goals:tie", args=[goal.pk])
    alice_client.post(url, {"contact": "Per Lund"})
    assert list(goal.contacts.all()) == [per]
    response = alice_client.post(url, {"contact": "Bob's Contact"}, follow=True)
    assert "No contact matches" in response.content.decode()
    assert goal.contacts.count() == 1


def test_a_tied_contact_can_be_untied(alice: User, bob: User, alice_client: Client,
                                      bob_client: Client) -> None:
    goal = goal_make(alice, sentence="Meet 2 CFOs a week", target=2, functions=["finance"])
    per = person(alice, "Per Lund", title="Developer")
    goal.contacts.add(per)
    page = alice_client.get(reverse("goals:detail", args=[goal.pk])).content.decode()
    assert "Untie Per Lund" in page
    url = reverse("goals:untie", args=[goal.pk, per.pk])
    assert bob_client.post(url).status_code == 404
    assert goal.contacts.count() == 1
    response = alice_client.post(url, follow=True)
    assert "no longer counts for this goal" in response.content.decode()
    assert goal.contacts.count() == 0
    assert alice_client.post(url).status_code == 404  # no longer tied
