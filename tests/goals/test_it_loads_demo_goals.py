"""The demo's goals: three languages, history that makes real charts, loaded once."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from nettverk.accounts.models import User
from nettverk.arenas.models import ArenaVisit
from nettverk.demo.load import DEMO_USERNAME, demo_load
from nettverk.goals.models import CheckIn, Goal
from nettverk.goals.progress import goal_progress
from nettverk.goals.yields import arena_advice
from nettverk.interactions.models import Interaction

TODAY = date(2026, 11, 22)


@pytest.fixture
def demo(db: None) -> User:
    demo_load(today=TODAY)
    return User.objects.get(username=DEMO_USERNAME)


def test_it_writes_three_goals_with_history(demo: User) -> None:
    goals = list(Goal.objects.owned_by(demo))
    assert sorted(g.language for g in goals) == ["en", "nb", "sv"]
    for goal in goals:
        progress = goal_progress(goal, today=TODAY)
        assert goal.start and goal.start < TODAY < goal.end  # type: ignore[operator]
        assert sum(w.state == "past" for w in progress.windows) >= 3
        assert progress.total > 0 and progress.pace in ("on_track", "behind", "at_risk")
        assert CheckIn.objects.filter(goal=goal).exists()
        assert goal.buddy_contact or goal.buddy_email
    assert Interaction.objects.filter(owner=demo, goal__isnull=False).count() >= 10
    assert ArenaVisit.objects.filter(owner=demo).count() >= 30


def test_the_english_goal_is_shared_and_names_arenas(demo: User) -> None:
    english = Goal.objects.get(owner=demo, language="en")
    assert english.share_token
    advice = arena_advice(english, today=TODAY)
    assert advice.recommended and advice.drop


def test_a_second_load_adds_no_goals(demo: User) -> None:
    before = (Goal.objects.count(), ArenaVisit.objects.count(), CheckIn.objects.count())
    demo_load(today=TODAY)
    assert (Goal.objects.count(), ArenaVisit.objects.count(), CheckIn.objects.count()) == before


def test_the_demo_goal_pages_render(demo: User) -> None:
    client = Client()
    client.force_login(demo)
    for goal in Goal.objects.owned_by(demo):
        page = client.get(reverse("goals:detail", args=[goal.pk]))
        assert page.status_code == 200 and b"<svg" in page.content
    assert client.get(reverse("goals:list")).status_code == 200
    assert client.get(reverse("arenas:list")).status_code == 200
