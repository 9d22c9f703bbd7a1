"""The Ask page in a real chromium: type a problem, read who can help and why, save the ask."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from tests.browser import BROWSER, sign_in

if TYPE_CHECKING:
    from playwright.sync_api import Page
    from pytest_django.live_server_helper import LiveServer


pytestmark = BROWSER


def test_it_asks_the_network_in_a_browser(
    live_server: LiveServer, alice: User, privacy_experts: dict[str, Contact], page: Page
) -> None:
    from playwright.sync_api import expect

    url = live_server.url
    sign_in(page, url)

    page.get_by_role("link", name="Ask", exact=True).click()
    expect(page.get_by_role("heading", name="Ask your network")).to_be_visible()
    page.get_by_label("What do you need help with?").fill(
        "We need to make our customer database GDPR compliant")
    page.get_by_role("button", name="Ask", exact=True).click()

    helpers = page.locator(".ask-helper")
    expect(helpers.first).to_contain_text("Sven Lind")
    expect(helpers).to_have_count(2)
    expect(page.locator("#ask-results")).to_contain_text("Dataskydd ≈ GDPR")
    expect(page.locator("#ask-results")).not_to_contain_text("Nina Lær")
    expect(page).to_have_url(re.compile(r"/ask/\?q=We(\+|%20)need(\+|%20)to"))
    outreach = helpers.first.get_by_role("link", name="Log outreach")
    expect(outreach).to_have_attribute(
        "href", f"/interactions/new/?contact={privacy_experts['sven'].pk}")

    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("Saved the ask as a note.")).to_be_visible()
    saved = page.get_by_role("region", name="Saved asks")
    expect(saved.get_by_role("link")).to_contain_text("GDPR compliant")

    outreach = page.locator(".ask-helper").first.get_by_role("link", name="Log outreach")
    outreach.click()
    expect(page.locator(".chip", has_text="Sven Lind")).to_be_visible()
