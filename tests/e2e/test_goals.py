"""Journey 4: the myth warning appears while a spot-reduction goal is typed, says which words
triggered it and links to the evidence; "I know" hides it on the saved goal; a muscle goal gets
no warning."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import VIEWPORTS
from tests.e2e.support import make_user

pytestmark = pytest.mark.e2e

MYTH_GOAL = "I want to burn my belly fat with crunches"
MUSCLE_GOAL = "build stronger glutes"


def type_goal(page, text: str) -> None:
    """Type like a person and wait for the live check of the complete text."""
    field = page.get_by_role("textbox", name="Your goal")
    field.fill("")
    full_text = re.compile(re.escape("text=" + quote(text)) + "$")
    with page.expect_response(full_text):
        field.press_sequentially(text, delay=15)


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_myth_warning_while_typing_dismiss_and_no_warning_for_muscle_goal(
    browsing, problems, viewport
):
    from tracker import myths
    from tracker.models import Goal

    athlete = make_user("ana@example.com")
    page = browsing.page(viewport=VIEWPORTS[viewport], user=athlete)
    page.goto("/goals/")

    type_goal(page, MYTH_GOAL)
    live = page.locator("#myth-warning")
    card = live.get_by_role("note")
    expect(card).to_be_visible()
    expect(live).to_have_attribute("aria-live", "polite")  # announced as it appears
    expect(card.get_by_role("heading")).to_have_text(re.compile(r"\S"))
    expected = myths.warning_for_text(MYTH_GOAL)
    assert {"belly", "crunches"} <= {word.lower() for word in expected.triggers}
    expect(card.locator(".triggers mark")).to_have_text(list(expected.triggers))
    expect(card.locator(".triggers")).to_contain_text("belly")
    evidence = card.get_by_role("link", name="Read the evidence")
    expect(evidence).to_have_attribute("href", f"/myths/{expected.myth.slug}/")
    assert not Goal.objects.exists(), "the live check must not save anything"

    # The warning doesn't block saving; the saved goal keeps it until "I know".
    page.get_by_role("button", name="Save goal").click()
    expect(page.get_by_role("status")).to_contain_text("Goal saved")
    goal = Goal.objects.get()
    item = page.locator(f"#goal-{goal.pk}")
    expect(item.get_by_role("note")).to_be_visible()
    expect(item.get_by_text("Myth warning")).to_be_visible()
    with page.expect_response(re.compile(rf"/goals/{goal.pk}/dismiss/$")):
        item.get_by_role("button", name=re.compile("I know")).click()
    item = page.locator(f"#goal-{goal.pk}")
    expect(item.get_by_role("note")).to_have_count(0)
    expect(item.get_by_text("Myth warning")).to_have_count(0)
    expect(item.get_by_text("Noted")).to_be_visible()
    goal.refresh_from_db()
    assert goal.myth_dismissed_at is not None
    assert not goal.has_active_warning

    type_goal(page, MUSCLE_GOAL)
    expect(page.locator("#myth-warning").get_by_role("note")).to_have_count(0)

    # The link in the warning leads to the myth's page.
    type_goal(page, MYTH_GOAL)
    page.locator("#myth-warning").get_by_role("link", name="Read the evidence").click()
    expect(page).to_have_url(re.compile(rf"/myths/{expected.myth.slug}/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(expected.myth.title)
    problems.assert_clean()
