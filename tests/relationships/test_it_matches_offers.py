"""My offers: kept per user, matched by stems to contacts' needs, suggested on the dashboard."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from nettverk.accounts.models import User
from nettverk.contacts.services import contact_create
from nettverk.interactions.services import interaction_log
from nettverk.relationships.models import Offer
from nettverk.relationships.offers import help_suggestions, offer_matches, offer_save


def _offer(owner: User, title: str, keywords: str = "") -> Offer:
    return offer_save(Offer(owner=owner), title=title, keywords=keywords)


def test_it_matches_needs_by_stem_across_languages(alice: User) -> None:
    contact_create(owner=alice, name="Ingrid", needs="Ønsker å komme i kontakt med investorer")
    contact_create(owner=alice, name="Per", needs="Wants an introduction to fintech investors")
    contact_create(owner=alice, name="Kari", needs="Looking for a mentor")
    contact_create(owner=alice, name="Lars", expertise="Investor in fintech")
    offer = _offer(alice, "Introductions to investors", "fintech")
    matches = offer_matches(alice, [offer])[offer.pk]
    assert [(m.name, m.words) for m in matches] == [
        ("Per", ["introduction", "fintech", "investors"]), ("Ingrid", ["investorer"])]


def test_it_prefers_a_gap_over_what_they_know(alice: User) -> None:
    contact_create(owner=alice, name="Knows it", needs="investors", expertise="investors")
    contact_create(owner=alice, name="Needs it", needs="investors")
    offer = _offer(alice, "Investors")
    assert [m.name for m in offer_matches(alice, [offer])[offer.pk]] == ["Needs it", "Knows it"]


def test_it_suggests_whom_to_help_but_not_someone_just_helped(alice: User, bob: User,
                                                             alice_client: Client) -> None:
    ingrid = contact_create(owner=alice, name="Ingrid Berg", needs="Trenger en mentor")
    contact_create(owner=alice, name="Per Lund", needs="Looking for a mentor for a board role")
    contact_create(owner=bob, name="Bobs mentee", needs="mentor")
    _offer(alice, "Mentoring for first board roles")
    assert [m.name for m in help_suggestions(alice)] == ["Per Lund", "Ingrid Berg"]
    panel = _help_panel(alice_client)
    assert "Per Lund" in panel and "Ingrid Berg" in panel
    assert "Bobs mentee" not in panel
    interaction_log(owner=alice, contacts=[ingrid], kind="help_given")
    assert [m.name for m in help_suggestions(alice)] == ["Per Lund"]
    # the dashboard keeps its suggestions, but not past help given
    panel = _help_panel(alice_client)
    assert "Per Lund" in panel and "Ingrid Berg" not in panel
    assert help_suggestions(bob) == []


def _help_panel(client: Client) -> str:
    page = client.get(reverse("dashboard:home")).content.decode()
    start = page.index('id="help-heading"')
    return page[start: page.index("</section>", start)]


def test_it_adds_edits_and_deletes_offers(alice: User, alice_client: Client,
                                          bob_client: Client) -> None:
    url = reverse("relationships:offers")
    alice_client.post(url, {"title": "Advice on Norway", "keywords": "Norge, subsidiary"})
    offer = Offer.objects.get(owner=alice)
    assert offer.keywords == "Norge, subsidiary"
    assert alice_client.post(url, {"title": ""}).status_code == 400
    edit = reverse("relationships:offer_edit", args=[offer.pk])
    assert bob_client.post(edit, {"title": "Taken over"}).status_code == 404
    alice_client.post(edit, {"title": "Advice on Norway and Sweden"})
    offer.refresh_from_db()
    assert offer.title == "Advice on Norway and Sweden"
    delete = reverse("relationships:offer_delete", args=[offer.pk])
    assert bob_client.post(delete).status_code == 404
    alice_client.post(delete)
    assert not Offer.objects.exists()
