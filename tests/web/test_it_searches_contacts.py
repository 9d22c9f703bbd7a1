"""The contact list: search as you type (htmx partial), filters kept in the URL, pages of 50."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from nettverk.accounts.models import User
from nettverk.arenas.services import arena_get_or_create
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_create

LIST = reverse("contacts:list")


def _network(owner: User) -> None:
    contact_create(owner=owner, name="Ingrid Berg", title="CFO", organization="Nordlys AS",
                   tags=["finance-club"], arena=arena_get_or_create(owner, "Oslo Tech Meetup"))
    contact_create(owner=owner, name="Per Lund", title="Utvecklare", organization="Kodverket")
    contact_create(owner=owner, name="Sara Holm", title="HR-sjef", function="hr")


def test_it_lists_only_my_contacts(alice: User, bob: User, alice_client: Client) -> None:
    _network(alice)
    contact_create(owner=bob, name="Bobs Secret Friend")
    page = alice_client.get(LIST).content.decode()
    assert "Ingrid Berg" in page and "Per Lund" in page
    assert "Bobs Secret Friend" not in page


def test_it_answers_htmx_with_only_the_results(alice: User, alice_client: Client) -> None:
    _network(alice)
    response = alice_client.get(LIST, {"q": "nordlys"}, headers={"HX-Request": "true"})
    body = response.content.decode()
    assert "Ingrid Berg" in body and "Per Lund" not in body
    assert "<html" not in body and 'class="filters"' not in body
    assert "HX-Request" in response["Vary"]


def test_it_renders_the_whole_page_without_htmx(alice: User, alice_client: Client) -> None:
    _network(alice)
    body = alice_client.get(LIST, {"q": "nordlys"}).content.decode()
    assert "<html" in body and 'id="results"' in body
    assert 'value="nordlys"' in body  # the search box keeps what was typed


def test_it_filters_by_function_seniority_and_decision_maker(
    alice: User, alice_client: Client
) -> None:
    _network(alice)
    by_function = alice_client.get(LIST, {"function": "hr"}).content.decode()
    assert "Sara Holm" in by_function and "Ingrid Berg" not in by_function
    deciders = alice_client.get(LIST, {"decision_maker": "yes"}).content.decode()
    assert "Ingrid Berg" in deciders and "Per Lund" not in deciders
    by_seniority = alice_client.get(LIST, {"seniority": "c_level"}).content.decode()
    assert "Ingrid Berg" in by_seniority and "Sara Holm" not in by_seniority


def test_it_filters_by_tag_and_arena(alice: User, alice_client: Client) -> None:
    _network(alice)
    by_tag = alice_client.get(LIST, {"tag": "finance-club"}).content.decode()
    assert "Ingrid Berg" in by_tag and "Per Lund" not in by_tag
    by_arena = alice_client.get(LIST, {"arena": "Oslo Tech Meetup"}).content.decode()
    assert "Ingrid Berg" in by_arena and "Sara Holm" not in by_arena


def test_it_ignores_a_filter_value_that_does_not_exist(alice: User, alice_client: Client) -> None:
    _network(alice)
    response = alice_client.get(LIST, {"function": "astronaut"})
    assert response.status_code == 200
    assert "Per Lund" in response.content.decode()


def test_it_pages_by_fifty_and_keeps_the_filters_in_the_links(
    alice: User, alice_client: Client
) -> None:
    Contact.objects.bulk_create(
        Contact(owner=alice, name=f"Person {n:03}", function="sales") for n in range(120)
    )
    first = alice_client.get(LIST, {"function": "sales"}).content.decode()
    assert first.count('class="row"') == 50
    assert "?function=sales&amp;page=2" in first
    last = alice_client.get(LIST, {"function": "sales", "page": "3"}).content.decode()
    assert last.count('class="row"') == 20
    assert "Person 119" in last
