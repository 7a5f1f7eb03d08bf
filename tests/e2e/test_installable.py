"""The app installs (manifest, icons, service worker) and answers without a connection; chart
pages fetch plotly only when a chart comes near the screen, and draw charts as they do."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import PHONE
from tests.e2e.support import make_user, seed_history

pytestmark = pytest.mark.e2e


def test_manifest_and_service_worker_register_and_offline_page_shows(browsing, problems):
    athlete = make_user("ana@example.com")
    context = browsing.context(viewport=PHONE, user=athlete)
    page = context.new_page()
    page.goto("/today/")
    manifest_url = page.locator('link[rel="manifest"]').get_attribute("href")
    manifest = page.evaluate("(url) => fetch(url).then((r) => r.json())", manifest_url)
    assert manifest["display"] == "standalone"
    assert any(icon.get("purpose") == "maskable" for icon in manifest["icons"])
    # The worker installs (precaching the offline page) and takes control of the page.
    page.evaluate("() => navigator.serviceWorker.ready.then(() => true)")
    page.reload()
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")

    context.set_offline(True)
    page.goto("/progress/")
    expect(page.get_by_role("heading", name="You're offline")).to_be_visible()
    context.set_offline(False)
    page.get_by_role("link", name="Try again").click()
    expect(page.get_by_role("heading", name="Today", level=1)).to_be_visible()
    problems.assert_clean()


def test_charts_draw_as_they_near_the_screen_with_plotly_fetched_once(browsing, problems):
    athlete = make_user("ana@example.com")
    seed_history(athlete, "athlete", days=60)
    page = browsing.page(viewport=PHONE, user=athlete)
    plotly_requests: list[str] = []
    page.on("request", lambda r: plotly_requests.append(r.url) if "plotly" in r.url else None)
    page.goto("/progress/")
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)
    charts = page.locator("[data-figure]")
    total = charts.count()
    assert total >= 5
    first_top = charts.first.bounding_box()["y"]
    if first_top > PHONE["height"] + 400:
        # Nothing near the first screen: plotly (≈1 MB) is not even fetched yet.
        assert plotly_requests == []
    charts.first.scroll_into_view_if_needed()
    page.wait_for_function("() => document.querySelector('[data-figure-drawn]') !== null")
    # Charts far below wait until they come near the screen.
    page.wait_for_timeout(300)
    assert page.locator("[data-figure-drawn]").count() < total
    charts.last.scroll_into_view_if_needed()
    expect(charts.last.locator("svg.main-svg").first).to_be_visible()
    assert len(plotly_requests) == 1
    problems.assert_clean()
