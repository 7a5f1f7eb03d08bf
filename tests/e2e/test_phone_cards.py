"""Issue 18 at phone size (390×844): the roster and History are cards, not tables scrolling
sideways; a delete says what went and Undo brings it back, with the entry count following."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.e2e.conftest import PHONE
from tests.e2e.support import (
    add_goal,
    horizontal_overflow,
    make_user,
    save_screenshot,
    seed_history,
)

pytestmark = pytest.mark.e2e


def _within_width(page: Page, locator: Locator) -> None:
    """The element is drawn and lies inside the viewport's width (no sideways scroll needed)."""
    box = locator.bounding_box()
    assert box is not None
    width = page.viewport_size["width"]
    assert box["x"] >= 0 and box["x"] + box["width"] <= width, (box, width)


def test_roster_rows_are_cards_with_flags_on_screen(browsing, problems):
    from coaching.models import CoachingLink

    coach = make_user("cora@example.com", display_name="Cora", is_coach=True)
    for email, name, persona in (
        ("fay@example.com", "Fay", "fast"),
        ("otto@example.com", "Otto", "ontrack"),
    ):
        athlete = make_user(email, display_name=name, height_cm=168)
        seed_history(athlete, persona, days=60)
        CoachingLink.objects.create(coach=coach, athlete=athlete)
    add_goal(athlete, "Lose my belly fat with crunches")

    page = browsing.page(viewport=PHONE, user=coach)
    page.goto("/coach/")
    row = page.get_by_role("row").filter(has=page.get_by_role("rowheader", name="Otto"))
    badges = row.locator(".flag-list .badge")
    expect(badges.first).to_be_visible()
    for index in range(badges.count()):
        _within_width(page, badges.nth(index))
    _within_width(page, row.get_by_role("link", name="Otto"))
    expect(row.locator("td[data-label='Trend weight']")).to_be_visible()
    _within_width(page, row.locator("td[data-label='Trend weight']"))
    assert horizontal_overflow(page) is None
    save_screenshot(page, "roster-cards-phone")
    problems.assert_clean()


def test_history_entry_delete_then_undo(browsing, problems):
    from tracker.models import WeightEntry

    athlete = make_user("ana@example.com", display_name="Ana")
    today = athlete.local_today()
    for back in range(1, 4):
        WeightEntry.objects.create(
            user=athlete, day=today - dt.timedelta(days=back), weight_kg=81 + back / 10
        )
    gone = WeightEntry.objects.create(user=athlete, day=today, weight_kg=80.4)

    page = browsing.page(viewport=PHONE, user=athlete)
    page.on("dialog", lambda dialog: dialog.accept())  # hx-confirm's "Delete this weigh-in?"
    page.goto("/history/weight/")
    count = page.locator("#history-count")
    expect(count).to_have_text("· 4 entries")
    row = page.locator(f"#entry-{gone.pk}")
    value = row.locator("td[data-label='Weight']")
    delete = row.get_by_role("button", name=re.compile(r"^Delete"))
    expect(value).to_have_text("80.4 kg")
    expect(delete).to_be_visible()
    _within_width(page, value)
    _within_width(page, delete)
    # Value and Delete are on the same screen: both inside the viewport's height too.
    value_box, delete_box = value.bounding_box(), delete.bounding_box()
    assert value_box and delete_box and delete_box["y"] + delete_box["height"] <= 844
    assert horizontal_overflow(page) is None

    delete.click()
    day = f"{today.day} {today:%b}"
    status = page.get_by_role("status").filter(has_text="Deleted")
    expect(status).to_have_text(f"Deleted 80.4 kg weigh-in of {day}")
    expect(count).to_have_text("· 3 entries")
    save_screenshot(page, "history-deleted-phone", full_page=False)

    page.get_by_role("button", name="Undo").click()
    restored = page.locator(f"#entry-{gone.pk}")
    expect(restored.locator("td[data-label='Weight']")).to_have_text("80.4 kg")
    expect(count).to_have_text("· 4 entries")
    expect(page.get_by_role("button", name="Undo")).to_have_count(0)
    assert WeightEntry.objects.filter(pk=gone.pk, weight_kg=80.4, day=today).exists()
    problems.assert_clean()
