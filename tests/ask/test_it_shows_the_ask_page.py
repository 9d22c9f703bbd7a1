"""The Ask page: ranked people with reasons and strength, outreach, reminders, saved asks."""

from __future__ import annotations

from django.test import Client

from nettverk.accounts.models import User
from nettverk.ask.models import SavedAsk
from nettverk.contacts.models import Contact


def test_it_ranks_helpers_with_reasons_and_actions(
    alice_client: Client, privacy_experts: dict[str, Contact]
) -> None:
    page = alice_client.get("/ask/", {"q": "GDPR compliance"})
    html = page.content.decode()
    assert page.status_code == 200
    assert "Sven Lind" in html and "Ola Salg" not in html
    assert "Dataskydd ≈ GDPR" in html
    assert f"/interactions/new/?contact={privacy_experts['sven'].pk}" in html
    assert f"/ask/remind/{privacy_experts['sven'].pk}.ics" in html


def test_it_answers_htmx_with_the_results_only(
    alice_client: Client, privacy_experts: dict[str, Contact]
) -> None:
    page = alice_client.get("/ask/", {"q": "GDPR"}, headers={"HX-Request": "true"})
    html = page.content.decode()
    assert "Kari Moe" in html and "<html" not in html


def test_it_saves_an_ask_as_a_note(
    alice: User, alice_client: Client, privacy_experts: dict[str, Contact]
) -> None:
    response = alice_client.post("/ask/save/", {"q": "GDPR compliance"})
    assert response.status_code == 302
    saved = SavedAsk.objects.get(owner=alice)
    assert saved.text == "GDPR compliance"
    assert {h["name"] for h in saved.results["helpers"]} >= {"Sven Lind", "Kari Moe"}
    listing = alice_client.get("/ask/").content.decode()
    assert "GDPR compliance" in listing
    detail = alice_client.get(f"/ask/saved/{saved.pk}/").content.decode()
    assert "Sven Lind" in detail
    alice_client.post(f"/ask/saved/{saved.pk}/delete/")
    assert not SavedAsk.objects.exists()


def test_it_keeps_saved_asks_private(
    alice: User, alice_client: Client, bob_client: Client, privacy_experts: dict[str, Contact]
) -> None:
    alice_client.post("/ask/save/", {"q": "GDPR compliance"})
    saved = SavedAsk.objects.get(owner=alice)
    assert bob_client.get(f"/ask/saved/{saved.pk}/").status_code == 404
    assert bob_client.post(f"/ask/saved/{saved.pk}/delete/").status_code == 404
    assert "GDPR compliance" not in bob_client.get("/ask/").content.decode()


def test_it_offers_a_calendar_reminder(
    alice_client: Client, privacy_experts: dict[str, Contact]
) -> None:
    kari = privacy_experts["kari"]
    response = alice_client.get(f"/ask/remind/{kari.pk}.ics", {"q": "GDPR; cookies, consent"})
    body = response.content.decode()
    assert response["Content-Type"].startswith("text/calendar")
    assert "BEGIN:VEVENT" in body and "SUMMARY:Reach out to Kari Moe" in body
    assert "DESCRIPTION:GDPR\\; cookies\\, consent" in body


def test_it_escapes_markup_in_the_problem(alice_client: Client) -> None:
    html = alice_client.get("/ask/", {"q": "<script>alert(1)</script>"}).content.decode()
    assert "<script>alert(1)</script>" not in html
