"""Journey: a goal with a number in its words becomes a tracked target at phone size. The Goals
page offers "64 kg by 1 Mar" as a target, the edit form comes pre-filled, and once saved the card
shows progress, the projected date at the 28-day rate and the pace; Today shows the one-line
version."""

from __future__ import annotations

import datetime as dt

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import VIEWPORTS
from tests.e2e.support import add_goal, axe_violations, blocking, horizontal_overflow, make_user

pytestmark = pytest.mark.e2e


def test_goal_with_a_number_shows_its_projection_on_a_phone(browsing, problems):
    from tracker import selectors
    from tracker.goal_targets import target_view
    from tracker.models import Goal, WeightEntry
    from tracker.summary import athlete_summary

    athlete = make_user("ana@example.com")
    today = athlete.local_today()
    # Six weeks of weigh-ins falling 0.1 kg a day: a steady 28-day rate to project with.
    WeightEntry.objects.bulk_create(
        WeightEntry(user=athlete, day=today - dt.timedelta(days=n), weight_kg=70 + 0.1 * n)
        for n in range(42)
    )
    goal = add_goal(athlete, "Get down to 64 kg by 1 Mar")
    summary = athlete_summary(selectors.summary_history(athlete, today), today)
    assert summary.rate is not None

    page = browsing.page(viewport=VIEWPORTS["phone"], user=athlete)
    page.goto("/goals/")
    item = page.locator(f"#goal-{goal.pk}")
    offer = item.locator(".goal-target-offer")
    expect(offer).to_contain_text("64.0 kg by 1 Mar")
    offer.get_by_role("link", name="Track this target").click()

    # The form is filled in, not saved: the person confirms.
    expect(page.get_by_role("status").first).to_contain_text("filled in from your goal")
    expect(page.get_by_label("Measured by")).to_have_value("weight")
    expect(page.get_by_label("Target")).to_have_value("64.0")
    assert Goal.objects.get(pk=goal.pk).target_kind == ""
    page.get_by_role("button", name="Save").click()

    item = page.locator(f"#goal-{goal.pk}")
    target = item.locator(".goal-target")
    expect(target).to_be_visible()
    rate = f"−{abs(summary.rate.kg_per_week):.2f} kg a week"
    expect(target).to_contain_text(rate)
    expect(target).to_contain_text("you'd get there around")
    view = target_view(Goal.objects.get(pk=goal.pk), summary, weight_unit="kg")
    assert view is not None and view.pace_label
    expect(target.locator(".badge")).to_have_text(view.pace_label)
    expect(item.locator(".goal-target-offer")).to_have_count(0)
    assert horizontal_overflow(page) is None
    assert not blocking(axe_violations(page))

    page.goto("/")
    line = page.locator("#today-goal-target")
    expect(line).to_contain_text("Target 64.0 kg")
    expect(line).to_contain_text("to go")
    assert horizontal_overflow(page) is None
    problems.assert_clean()
