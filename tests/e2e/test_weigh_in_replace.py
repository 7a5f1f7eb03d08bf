"""Same-day correction on a phone (issue 18): two weigh-ins a minute apart that differ by more
than 1 lb offer to replace the first; one tap keeps only the correction, and Today and History
show its time."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import PHONE
from tests.e2e.support import horizontal_overflow, make_user

pytestmark = pytest.mark.e2e


def log_weight(page, value: str) -> None:
    card = page.locator("#log-weight")
    card.get_by_label(re.compile(r"^Weight")).fill(value)
    card.get_by_role("button", name="Log weight").click()


def test_a_corrected_weigh_in_replaces_the_first_with_one_tap(browsing, problems):
    from tracker.models import User, WeightEntry
    from tracker.weigh_ins import entry_time_text

    athlete = make_user("ana@example.com", weight_unit=User.WeightUnit.LB)
    page = browsing.page(viewport=PHONE, user=athlete)
    page.goto("/today/")

    log_weight(page, "187.4")
    card = page.locator("#log-weight")
    expect(card.locator(".flash")).to_contain_text("Logged 187.4 lb")
    expect(card.locator(".replace-offer")).to_have_count(0)
    first = WeightEntry.objects.get(user=athlete)
    first_time = entry_time_text(first, athlete)
    assert re.fullmatch(r"\d\d:\d\d", first_time)
    expect(card.locator(".latest")).to_have_text(f"Last: 187.4 lb at {first_time}")

    log_weight(page, "186.0")
    offer = card.locator(".replace-offer")
    expect(offer).to_contain_text(
        f"Replace today's {first_time} weigh-in (187.4 lb) with this one?"
    )
    assert horizontal_overflow(page) is None
    button = offer.get_by_role("button", name="Replace it")
    box = button.bounding_box()
    assert box is not None and box["height"] >= 24  # a finger-sized target on the phone
    assert WeightEntry.objects.filter(user=athlete).count() == 2

    button.click()
    expect(card.locator(".flash")).to_have_text(
        f"Replaced the {first_time} weigh-in (187.4 lb) with 186.0 lb."
    )
    expect(card.locator(".replace-offer")).to_have_count(0)
    (kept,) = WeightEntry.objects.filter(user=athlete)
    assert kept.pk != first.pk and round(kept.weight_kg * 2.20462262, 1) == 186.0
    kept_time = entry_time_text(kept, athlete)
    expect(card.locator(".latest")).to_have_text(f"Last: 186.0 lb at {kept_time}")

    page.goto("/history/weight/")
    rows = page.locator("main tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text(kept_time)
    problems.assert_clean()
