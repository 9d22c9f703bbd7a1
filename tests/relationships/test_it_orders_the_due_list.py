"""Who is due, most overdue and most valuable first, each with why."""

from __future__ import annotations

from datetime import date, timedelta

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_create
from nettverk.interactions.services import interaction_log
from nettverk.relationships.due import due_count, due_list
from nettverk.relationships.services import tier_set


def _last_met(owner: User, name: str, days_ago: int, **fields: object) -> Contact:
    contact = contact_create(owner=owner, name=name, **fields)
    interaction_log(owner=owner, contacts=[contact], kind="email",
                    occurred_on=timezone.localdate() - timedelta(days=days_ago))
    return contact


def test_it_puts_the_most_overdue_first_among_equals(alice: User) -> None:
    _last_met(alice, "Ten late", 40, cadence_days="30")
    _last_met(alice, "Twenty late", 50, cadence_days="30")
    _last_met(alice, "Not yet", 20, cadence_days="30")
    _last_met(alice, "No cadence", 400)
    assert [item.name for item in due_list(alice)] == ["Twenty late", "Ten late"]
    assert due_count(alice) == 2


def test_it_puts_the_more_valuable_first_when_equally_late(alice: User) -> None:
    _last_met(alice, "Junior", 60, cadence_days="30", title="Trainee")
    _last_met(alice, "Chief", 60, cadence_days="30", title="CFO")
    inner = _last_met(alice, "Close friend", 60, cadence_days="30", title="Trainee")
    tier_set(inner, "inner")
    items = due_list(alice)
    assert [item.name for item in items] == ["Close friend", "Chief", "Junior"]
    assert "decision-maker" in items[1].why
    assert "in your inner circle" in items[0].why


def test_it_takes_the_cadence_from_the_tier_unless_the_contact_has_one(alice: User) -> None:
    key = _last_met(alice, "Key contact", 100)
    own = _last_met(alice, "Own cadence", 100, cadence_days="120")
    for contact in (key, own):
        tier_set(contact, "key")
    items = due_list(alice)
    assert [(i.name, i.cadence_days, i.days_overdue) for i in items] == [("Key contact", 90, 10)]
    assert items[0].why[0] == "10 days overdue (every 90 days)"


def test_it_follows_a_changed_cadence(alice: User) -> None:
    from nettverk.contacts.services import contact_update

    contact = _last_met(alice, "Ingrid", 50)
    assert due_list(alice) == []
    contact_update(contact, cadence_days="30")
    assert [item.days_overdue for item in due_list(alice)] == [20]


def test_it_counts_from_first_met_when_never_contacted(alice: User) -> None:
    today = timezone.localdate()
    contact_create(owner=alice, name="Met once", first_met=today - timedelta(days=45),
                   cadence_days="30")
    [item] = due_list(alice)
    assert (item.days_overdue, item.last_contact) == (15, None)
    assert "never contacted" in item.why


def test_it_prints_the_json_shape(alice: User) -> None:
    _last_met(alice, "Ingrid", 40, cadence_days="30")
    [item] = due_list(alice)
    data = item.as_json()
    assert set(data) == {"id", "name", "days_overdue", "last_contact", "cadence_days",
                         "strength", "score", "why"}
    assert date.fromisoformat(data["last_contact"]) == timezone.localdate() - timedelta(days=40)


def test_it_shows_the_due_list_on_the_dashboard_and_its_page(alice: User,
                                                               alice_client: Client) -> None:
    _last_met(alice, "Ingrid Berg", 40, cadence_days="30")
    for url in (reverse("dashboard:home"), reverse("relationships:due")):
        page = alice_client.get(url).content.decode()
        assert "Ingrid Berg" in page
        assert "10 days overdue (every 30 days)" in page


def test_it_answers_the_api(alice: User, alice_client: Client) -> None:
    _last_met(alice, "Ingrid Berg", 40, cadence_days="30")
    [item] = alice_client.get("/api/due").json()
    assert (item["name"], item["days_overdue"]) == ("Ingrid Berg", 10)


def test_it_weighs_goal_relevance_and_says_which_goal(alice: User) -> None:
    """GIVEN two equally late, equally strong contacts, one in an active goal's segment
    WHEN the due list is worked out
    THEN the one the goal is about comes first, 10 points higher, naming the goal."""
    from nettverk.goals.services import goal_create, goal_set_status

    _last_met(alice, "Anna Andersson", 60, cadence_days="30", industry="Retail")
    _last_met(alice, "Ola Nordmann", 60, cadence_days="30", industry="Energy")
    goal = goal_create(owner=alice, sentence="Meet 5 people in energy this year",
                       industries=["energy"])
    first, second = due_list(alice)
    assert (first.name, second.name) == ("Ola Nordmann", "Anna Andersson")
    assert first.score == second.score + 10
    assert "fits your goal “Meet 5 people in energy this year”" in first.why
    assert not any("goal" in reason for reason in second.why)
    goal_set_status(goal, "paused")
    assert [item.name for item in due_list(alice)] == ["Anna Andersson", "Ola Nordmann"]


def test_it_finds_a_relevant_contact_below_the_first_rows(alice: User) -> None:
    """Goal relevance can lift a contact from below the top `limit` rows into them."""
    from nettverk.goals.services import goal_create

    for index in range(4):
        _last_met(alice, f"Colleague {index}", 60, cadence_days="30", industry="Retail")
    _last_met(alice, "Ola Nordmann", 59, cadence_days="30", industry="Energy")
    goal_create(owner=alice, sentence="Meet 5 people in energy this year",
                industries=["energy"])
    assert [item.name for item in due_list(alice, limit=2)] == ["Ola Nordmann", "Colleague 0"]
    assert due_list(alice, limit=0)[0].name == "Ola Nordmann"


def test_it_names_every_goal_a_contact_fits_and_counts_the_whole_list(alice: User) -> None:
    """GIVEN two active goals, one contact in both segments and two in neither
    WHEN the top of the due list is asked for
    THEN the contact in both comes first naming both goals, and the length counts everyone."""
    from nettverk.goals.services import goal_create
    from nettverk.relationships.due import due_top

    _last_met(alice, "Anna Andersson", 60, cadence_days="30", industry="Retail")
    _last_met(alice, "Berit Dahl", 60, cadence_days="30", industry="Retail")
    _last_met(alice, "Ola Nordmann", 59, cadence_days="30", industry="Energy", title="CFO")
    goal_create(owner=alice, sentence="Meet 5 people in energy this year",
                industries=["energy"])
    goal_create(owner=alice, sentence="Get to know 3 CFOs", functions=["finance"])
    items, total = due_top(alice, limit=1)
    assert ([item.name for item in items], total) == (["Ola Nordmann"], 3)
    assert items[0].goals == ("Meet 5 people in energy this year", "Get to know 3 CFOs")
    assert "fits 2 of your goals, such as “Meet 5 people in energy this year”" in items[0].why
