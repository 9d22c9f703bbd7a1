"""A real chromium on the import page: choose files, read the preview, confirm; then merge the
suggested duplicate on the review page (an htmx swap)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_create
from tests.browser import BROWSER, sign_in
from tests.imports.helpers import fixtures_dir

if TYPE_CHECKING:
    from playwright.sync_api import Page
    from pytest_django.live_server_helper import LiveServer

pytestmark = BROWSER


def test_it_imports_and_merges_in_a_browser(live_server: LiveServer, alice: User,
                                            page: Page) -> None:
    from playwright.sync_api import expect

    contact_create(owner=alice, name="Lars Bergstrom", organization="Nordbanken")
    url = live_server.url
    sign_in(page, url)

    page.get_by_role("link", name="Import", exact=True).click()
    page.get_by_label("Contact files").set_input_files(
        [str(fixtures_dir() / "linkedin/Connections.csv"),
         str(fixtures_dir() / "vcard/rfc6350-example.vcf")])
    page.get_by_role("button", name="Preview").click()
    preview = page.get_by_role("region", name="Preview: nothing is stored until you confirm")
    expect(preview).to_contain_text("Lars Bergström")
    expect(preview).to_contain_text("Simon Perreault")
    assert Contact.objects.count() == 1

    preview.get_by_role("button", name="Import", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("linkedin Connections.csv: 9 new")
    assert Contact.objects.count() == 11

    page.get_by_role("link", name="Review duplicates").click()
    pairs = page.locator("#pairs")
    expect(pairs).to_contain_text("Lars Bergstrom")
    pairs.get_by_role("button", name="Merge").first.click()
    expect(pairs).to_contain_text("No likely duplicates.")
    assert Contact.objects.count() == 10
