"""A real chromium writes a goal from a sentence, takes the advice, logs for it, sees it count."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from nettverk.accounts.models import User
from nettverk.contacts.services import contact_create
from nettverk.goals.models import Goal
from tests.browser import BROWSER, sign_in

if TYPE_CHECKING:
    from playwright.sync_api import Page
    from pytest_django.live_server_helper import LiveServer

pytestmark = BROWSER
CLEAR = "Have 2 meetings with CFOs every week this quarter"


@pytest.fixture
def signed_in(live_server: LiveServer, alice: User, page: Page) -> Iterator[Page]:
    sign_in(page, live_server.url)
    yield page


def test_it_writes_a_goal_and_sees_the_chart_move(live_server: LiveServer, alice: User,
                                                  signed_in: Page) -> None:
    from playwright.sync_api import expect

    page, url = signed_in, live_server.url
    page.goto(f"{url}/goals/new/")
    box = page.get_by_label("Your goal, in one sentence")
    box.press_sequentially("Meet new customers", delay=20)
    preview = page.locator("#goal-preview")
    expect(preview).to_contain_text("Not yet clear.")
    expect(preview).to_contain_text("It does not say how many.")
    page.get_by_role("button", name="Use this").click()
    expect(page.get_by_label("Your goal, in one sentence")).to_have_value(
        re.compile(r"^Get to know 2 new CFOs .* every week next quarter$"))

    box = page.get_by_label("Your goal, in one sentence")
    box.fill("")
    box.press_sequentially(CLEAR, delay=5)
    expect(page.locator("#goal-preview")).to_contain_text("Clear: specific, quantified")
    page.get_by_role("button", name="Save goal").click()

    expect(page.locator("blockquote.goal-sentence")).to_have_text(CLEAR)
    expect(page.locator('svg[data-chart="windows"]')).to_be_visible()
    this_window = page.locator(".goal-stats .stat").first.locator(".number")
    expect(this_window).to_have_text(re.compile(r"^0"))

    goal = Goal.objects.get(owner=alice)
    ingrid = contact_create(owner=alice, name="Ingrid Berg", title="CFO")
    page.goto(f"{url}/interactions/new/?contact={ingrid.pk}&goal={goal.pk}")
    expect(page.get_by_label("Goal")).to_have_value(str(goal.pk))
    page.get_by_role("button", name="Log it").click()
    expect(page.get_by_role("heading", name="Ingrid Berg")).to_be_visible()

    page.goto(f"{url}/goals/{goal.pk}/")
    expect(this_window).to_have_text(re.compile(r"^1"))
    expect(page.locator("#bars-desc")).to_contain_text(": 1/")
