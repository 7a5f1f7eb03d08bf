"""Dark mode on a phone: the device's preference is followed (pages and charts), and Settings
can force light or dark."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import PHONE
from tests.e2e.support import axe_violations, blocking, make_user, seed_history, wait_for_charts

pytestmark = pytest.mark.e2e

_BACKGROUND = "() => getComputedStyle(document.body).backgroundColor"


def test_dark_device_gets_dark_pages_and_charts_and_settings_can_switch(browsing, problems):
    athlete = make_user("ana@example.com")
    seed_history(athlete, "athlete", days=40)
    page = browsing.page(viewport=PHONE, user=athlete)
    page.emulate_media(color_scheme="dark")
    page.goto("/progress/")
    assert page.evaluate(_BACKGROUND) == "rgb(15, 20, 25)"
    wait_for_charts(page)
    paper = page.evaluate("() => document.querySelector('[data-figure]')._fullLayout.paper_bgcolor")
    assert paper == "#1a2027"
    problems_found = blocking(axe_violations(page))
    assert problems_found == [], f"accessibility in dark mode: {problems_found}"

    page.goto("/settings/")
    page.get_by_label("Light").check()
    page.get_by_role("button", name="Save appearance").click()
    expect(page.get_by_role("status")).to_contain_text("Appearance: light")
    assert page.evaluate(_BACKGROUND) == "rgb(246, 247, 249)"  # light, though the device is dark
    page.get_by_label("Dark").check()
    page.get_by_role("button", name="Save appearance").click()
    page.emulate_media(color_scheme="light")
    page.reload()
    assert page.evaluate(_BACKGROUND) == "rgb(15, 20, 25)"  # dark, though the device is light
    problems.assert_clean()
