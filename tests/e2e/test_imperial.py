"""A pounds-and-miles athlete on a phone (390×844): Settings takes height in feet and inches,
Today's forms and examples are in pounds, feet and miles, Progress quotes protein per pound."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import PHONE
from tests.e2e.support import horizontal_overflow, make_user, seed_history

pytestmark = pytest.mark.e2e


def test_pounds_and_miles_settings_today_and_progress(browsing, problems):
    athlete = make_user("sam@example.com", weight_unit="lb", distance_unit="mi")
    seed_history(athlete, "athlete", days=30)
    page = browsing.page(viewport=PHONE, user=athlete)

    page.goto("/settings/")
    page.get_by_label("Height (ft and in)").fill("5'10\"")
    page.get_by_role("button", name="Save settings").click()
    expect(page.get_by_role("status")).to_contain_text("Settings saved")
    expect(page.get_by_label("Height (ft and in)")).to_have_value("5'10\"")
    athlete.refresh_from_db()
    assert round(athlete.height_cm, 1) == 177.8

    page.goto("/today/")
    expect(page.get_by_label("Weight (lb)")).to_be_visible()
    expect(page.locator("#id_goal_text")).to_have_attribute("placeholder", re.compile("10 lb"))
    page.get_by_text("Heart rate, elevation, note").click()
    expect(page.get_by_label("Elevation gain (ft)")).to_be_visible()

    page.goto("/progress/")
    protein = page.locator(".stat, li").filter(has_text=re.compile(r"^\s*Protein")).first
    expect(protein).to_contain_text("g/lb")
    expect(protein).not_to_contain_text("g/kg")
    expect(page.locator(".chart-protein .chart-description")).to_contain_text("0.73–1 g/lb")
    assert horizontal_overflow(page) is None
    problems.assert_clean()
