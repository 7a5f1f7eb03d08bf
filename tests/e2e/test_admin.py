"""Journey 6: a staff member adds a word to the detector's vocabulary in the Django admin and the
athlete's very next goal check uses it, without a restart. The admin pages must also run clean
under the site's strict Content-Security-Policy."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import DESKTOP
from tests.e2e.support import make_user
from tests.e2e.test_goals import type_goal

pytestmark = pytest.mark.e2e

SLANG_GOAL = "get rid of my zorbleflab"


def test_vocabulary_edit_in_admin_changes_the_next_goal_check(browsing, problems):
    from tracker.models import VocabularyTerm

    staff = make_user("sam@example.com", is_staff=True, is_superuser=True)
    athlete = make_user("ana@example.com")
    athlete_page = browsing.page(viewport=DESKTOP, user=athlete)
    athlete_page.goto("/goals/")
    type_goal(athlete_page, SLANG_GOAL)
    expect(athlete_page.locator("#myth-warning").get_by_role("note")).to_have_count(0)

    admin = browsing.page(viewport=DESKTOP, user=staff)
    admin.goto("/admin/")
    admin.get_by_role("link", name="Vocabulary terms").click()
    expect(admin.get_by_role("heading", name="Try a text")).to_be_visible()
    admin.get_by_role("link", name=re.compile("Add vocabulary term")).click()
    admin.get_by_label("Language").select_option("en")
    admin.get_by_label("Kind").select_option("area")
    admin.get_by_label("Term").fill("zorbleflab")
    admin.get_by_label("Area").select_option("belly")
    expect(admin.get_by_label("Active")).to_be_checked()
    admin.get_by_role("button", name="Save", exact=True).click()
    expect(admin.locator(".messagelist")).to_contain_text("was added successfully")
    assert VocabularyTerm.objects.filter(term="zorbleflab", active=True).exists()

    # The admin's own "try a text" box agrees.
    admin.get_by_label("Goal text").fill(SLANG_GOAL)
    admin.get_by_role("button", name="Check").click()
    expect(admin.locator("#try-a-text")).to_contain_text("Myth warning")
    expect(admin.locator("#try-a-text code")).to_contain_text(["zorbleflab"])

    # The athlete's page was open all along: the next check warns, naming the new word.
    type_goal(athlete_page, SLANG_GOAL + " ")
    card = athlete_page.locator("#myth-warning").get_by_role("note")
    expect(card).to_be_visible()
    expect(card.locator(".triggers mark")).to_contain_text(["zorbleflab"])
    expect(card.locator(".triggers")).to_contain_text("belly")

    # Untick "active" on the change form: the word stops counting.
    admin.goto("/admin/tracker/vocabularyterm/?q=zorbleflab")
    admin.get_by_role("link", name="zorbleflab").first.click()
    admin.get_by_label("Active").uncheck()
    admin.get_by_role("button", name="Save", exact=True).click()
    expect(admin.locator(".messagelist")).to_contain_text("was changed successfully")
    type_goal(athlete_page, SLANG_GOAL)
    expect(athlete_page.locator("#myth-warning").get_by_role("note")).to_have_count(0)
    problems.assert_clean()
