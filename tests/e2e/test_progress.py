"""Journey 3: the Progress page draws every plotly chart, the range selector swaps them in place,
and each chart has a data table for screen-reader users."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import VIEWPORTS
from tests.e2e.support import make_user, seed_history, wait_for_charts

pytestmark = pytest.mark.e2e

CHART_TITLES = [
    "Weight and trend",
    "Fat mass and lean mass",
    "Body fat % trend",
    "Protein per day",
    "Weekly running distance",
    "Runs that count toward the dose",
]


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_progress_charts_draw_swap_ranges_and_have_data_tables(browsing, problems, viewport):
    athlete = make_user("ana@example.com", height_cm=170)
    seed_history(athlete, "athlete", days=200)
    page = browsing.page(viewport=VIEWPORTS[viewport], user=athlete)
    page.goto("/progress/")

    drawn = wait_for_charts(page)
    assert drawn == len(CHART_TITLES)
    for title in CHART_TITLES:
        section = page.get_by_role("region", name=re.compile("^" + re.escape(title)))
        expect(section).to_have_count(1)
        chart = section.locator("[data-figure]")
        # The drawing itself is an image with a text alternative...
        expect(chart).to_have_attribute("role", "img")
        expect(chart).to_have_attribute("aria-label", re.compile(r"^.{20,}$"))
        expect(chart.locator("svg.main-svg").first).to_be_visible()
        # ...and the numbers behind it are a real table, loaded when its summary is opened.
        expect(section.locator("details.data-table table")).to_have_count(0)
        section.get_by_text("Show data table").click()
        table = section.locator("details.data-table table")
        expect(table).to_have_count(1)
        expect(table.locator("caption")).not_to_be_empty()
        assert table.locator("thead th[scope=col]").count() >= 2
        assert table.locator("tbody tr").count() > 0

    ranges = page.get_by_role("navigation", name="Chart range")
    expect(ranges.get_by_role("link", name="3 months")).to_have_attribute("aria-current", "page")
    weight_points = page.evaluate(_POINTS_IN_WEIGHT_CHART)

    with page.expect_response(re.compile(r"[?&]range=4w")):
        ranges.get_by_role("link", name="4 weeks").click()
    expect(page).to_have_url(re.compile(r"\?range=4w$"))  # hx-push-url keeps it shareable
    ranges = page.get_by_role("navigation", name="Chart range")
    expect(ranges.get_by_role("link", name="4 weeks")).to_have_attribute("aria-current", "page")
    expect(page.locator(".chart-range").first).to_contain_text("4 weeks")
    assert wait_for_charts(page) == len(CHART_TITLES)
    assert page.evaluate(_POINTS_IN_WEIGHT_CHART) < weight_points

    # The table for the new range opens from its summary and reads as a table.
    weight = page.get_by_role("region", name=re.compile("^Weight and trend"))
    weight.get_by_text("Show data table").click()
    table = weight.get_by_role("table")
    expect(table).to_be_visible()
    expect(table.locator("caption")).to_contain_text("4 weeks")
    assert 10 <= table.locator("tbody tr").count() <= 28

    with page.expect_response(re.compile(r"[?&]range=all")):
        page.get_by_role("navigation", name="Chart range").get_by_role("link", name="All").click()
    assert wait_for_charts(page) == len(CHART_TITLES)
    assert page.evaluate(_POINTS_IN_WEIGHT_CHART) > weight_points
    # Plotly's old charts were purged, not left behind.
    assert page.locator("svg.main-svg").count() == page.locator(".chart svg.main-svg").count()
    problems.assert_clean()


# Points in the weight chart as plotly drew them (plotly keeps the drawn traces on the element).
_POINTS_IN_WEIGHT_CHART = """() => {
  const chart = document.querySelector(".chart-weight [data-figure]");
  return chart.data.reduce((total, trace) => total + (trace.x ? trace.x.length : 0), 0);
}"""
