"""A real chromium on the due list: "done" takes the contact off it without a page load."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from django.utils import timezone

from nettverk.accounts.models import User
from nettverk.contacts.services import contact_create
from nettverk.interactions.models import Interaction
from nettverk.interactions.services import interaction_log

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
    # Playwright's sync API runs an event loop in this thread; the ORM calls the test
    # fixtures make here are still plain synchronous ones.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.set_default_timeout(10_000)
        yield page
        browser.close()


def test_it_marks_a_due_contact_done(live_server: LiveServer, alice: User, page: Page) -> None:
    from playwright.sync_api import expect

    long_ago = timezone.localdate() - timedelta(days=45)
    for name in ("Ingrid Berg", "Per Lund"):
        contact = contact_create(owner=alice, name=name, cadence_days="30")
        interaction_log(owner=alice, contacts=[contact], kind="call", occurred_on=long_ago)

    page.goto(f"{live_server.url}/login/")
    page.get_by_label("Username").fill("alice")
    page.get_by_label("Password").fill("alice-pass-2026")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible()

    page.get_by_role("link", name="Due", exact=True).click()
    rows = page.locator(".due-row")
    expect(rows).to_have_count(2)
    rows.filter(has_text="Ingrid Berg").get_by_role("button", name="Done").click()

    expect(rows).to_have_count(1)
    expect(page.locator("#due-list")).not_to_contain_text("Ingrid Berg")
    expect(page).to_have_url(f"{live_server.url}/due/")  # swapped in place, no page load
    assert Interaction.objects.filter(contacts__name="Ingrid Berg").count() == 2
    page.reload()
    expect(page.locator(".due-row")).to_have_count(1)
    expect(page.locator("#due-list")).to_contain_text("Per Lund")
