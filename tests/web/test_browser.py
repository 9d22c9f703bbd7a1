"""A real chromium through the loop: sign in, add a contact, log a meeting, switch language."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from nettverk.accounts.models import User
from tests.browser import BROWSER, sign_in

if TYPE_CHECKING:
    from playwright.sync_api import Page
    from pytest_django.live_server_helper import LiveServer

# A word the Swedish catalog translates on the settings page (e.g. the nav's "Contacts");
# None until the sv catalog exists, and then only the page language is checked.
SWEDISH_WORD: str | None = "Kontakter"

pytestmark = BROWSER


def test_it_runs_the_whole_loop_in_a_browser(live_server: LiveServer, alice: User,
                                             page: Page) -> None:
    from playwright.sync_api import expect

    url = live_server.url
    sign_in(page, url)
    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible()

    page.goto(f"{url}/contacts/new/")
    page.get_by_label("Name").fill("Ingrid Berg")
    page.get_by_label("Title").fill("CFO")
    page.get_by_label("Emails").fill("ingrid@nordlys.no")
    page.get_by_role("button", name="Add contact").click()
    expect(page.get_by_role("heading", name="Ingrid Berg")).to_be_visible()
    expect(page.get_by_text("Decision-maker").first).to_be_visible()

    page.get_by_role("link", name="Log", exact=True).click()
    picker = page.get_by_role("combobox", name="With")
    picker.press_sequentially("ingr", delay=50)
    expect(page.get_by_role("option", name="Ingrid Berg")).to_be_visible()
    picker.press("Enter")
    expect(page.locator(".chip", has_text="Ingrid Berg")).to_be_visible()
    page.get_by_label("Note").fill("Lunch about export financing")
    page.get_by_role("button", name="Log it").click()

    expect(page.get_by_role("heading", name="Ingrid Berg")).to_be_visible()
    timeline = page.locator(".timeline")
    expect(timeline).to_contain_text("Meeting")
    expect(timeline).to_contain_text("Lunch about export financing")

    page.get_by_role("link", name="Contacts", exact=True).click()
    page.get_by_label("Search").press_sequentially("nobody-like-this", delay=20)
    expect(page.locator("#results")).to_contain_text("No contacts match")
    expect(page).to_have_url(f"{url}/contacts/?q=nobody-like-this")

    page.goto(f"{url}/settings/")
    language = page.get_by_role("region", name="Language")
    language.get_by_role("combobox").select_option("sv")
    language.get_by_role("button").click()
    expect(page.locator("html")).to_have_attribute("lang", "sv")
    if SWEDISH_WORD:
        expect(page.get_by_role("link", name=SWEDISH_WORD, exact=True)).to_be_visible()
    assert os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] == "true"
