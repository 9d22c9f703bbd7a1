"""The Ask page in a real chromium: type a problem, read who can help and why, save the ask."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact

if TYPE_CHECKING:
    from playwright.sync_api import Page
    from pytest_django.live_server_helper import LiveServer

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no browser at {CHROMIUM}"),
]


@pytest.fixture
def page(monkeypatch: pytest.MonkeyPatch) -> Iterator[Page]:
    sync_api = pytest.importorskip("playwright.sync_api")
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.set_default_timeout(10_000)
        yield page
        browser.close()


def test_it_asks_the_network_in_a_browser(
    live_server: LiveServer, alice: User, privacy_experts: dict[str, Contact], page: Page
) -> None:
    from playwright.sync_api import expect

    url = live_server.url
    page.goto(f"{url}/login/")
    page.get_by_label("Username").fill("alice")
    page.get_by_label("Password").fill("alice-pass-2026")
    page.get_by_role("button", name="Sign in").click()

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
