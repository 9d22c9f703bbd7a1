"""A real chromium on the due list: "done" takes the contact off it without a page load."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from django.utils import timezone

from nettverk.accounts.models import User
from nettverk.contacts.services import contact_create
from nettverk.interactions.models import Interaction
from nettverk.interactions.services import interaction_log
from tests.browser import BROWSER, sign_in

if TYPE_CHECKING:
    from playwright.sync_api import Page
    from pytest_django.live_server_helper import LiveServer


pytestmark = BROWSER


def test_it_marks_a_due_contact_done(live_server: LiveServer, alice: User, page: Page) -> None:
    from playwright.sync_api import expect

    long_ago = timezone.localdate() - timedelta(days=45)
    for name in ("Ingrid Berg", "Per Lund"):
        contact = contact_create(owner=alice, name=name, cadence_days="30")
        interaction_log(owner=alice, contacts=[contact], kind="call", occurred_on=long_ago)

    sign_in(page, live_server.url)
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
