"""A brand-new athlete's first days on a phone (390×844): the time zone comes from the browser
at sign-up, the first weigh-in gives charts that read as days, and the bottom tab bar reaches
every page; a coach lands on the roster; a device in another zone is offered a fix."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from tests.e2e.conftest import PHONE
from tests.e2e.support import PASSWORD, horizontal_overflow, make_user, save_screenshot

pytestmark = pytest.mark.e2e

# Text of every x-axis tick plotly drew, per chart.
_X_TICKS = """() => Array.from(document.querySelectorAll("[data-figure]")).map((chart) =>
  Array.from(chart.querySelectorAll(".xtick text")).map((t) => t.textContent))"""


def test_new_user_signs_up_in_their_zone_logs_a_weight_and_sees_charts_in_days(browsing, problems):
    from tracker.models import User

    page = browsing.page(viewport=PHONE, timezone_id="Pacific/Auckland")
    page.goto("/accounts/signup/")
    zone = page.get_by_label("Time zone")
    expect(zone).to_have_value("Pacific/Auckland")  # filled in from the browser, visible
    page.get_by_label("Email").fill("kiri@example.com")
    page.get_by_label("Your name").fill("Kiri")
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_label("Password confirmation").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    # Confirm the emailed link (sign-up never says whether an address is taken).
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    page.goto(re.search(r"/accounts/signup/confirm/\S+", mail.outbox[-1].body).group(0))
    page.get_by_role("button", name="Confirm and continue").click()
    expect(page.get_by_role("status")).to_contain_text("Your time zone is Pacific/Auckland")
    user = User.objects.get(email="kiri@example.com")
    assert user.time_zone == "Pacific/Auckland"

    nav = page.get_by_role("navigation", name="Main")
    nav.get_by_role("link", name="Today").click()
    card = page.locator("#log-weight")
    card.get_by_label("Weight (kg)").fill("82.4")
    card.get_by_role("button", name="Log weight").click()
    expect(card.get_by_role("status")).to_contain_text("82.4 kg")
    from tracker.models import WeightEntry

    assert WeightEntry.objects.get(user=user).day == user.local_today()

    nav.get_by_role("link", name="Progress").click()
    page.wait_for_function("() => document.querySelector('[data-figure] svg.main-svg')")
    ticks = [t for chart in page.evaluate(_X_TICKS) for t in chart]
    assert ticks, "the weight chart has date ticks"
    for tick in ticks:
        assert ":" not in tick, f"time of day on a date axis: {tick!r}"
        assert re.fullmatch(r"\d{1,2} [A-Z][a-z]{2}", tick), tick
    weight = page.get_by_role("region", name=re.compile("^Weight and trend"))
    expect(weight.locator(".chart-note")).to_contain_text("1 day logged so far")
    composition = page.get_by_role("region", name=re.compile("^Fat mass and lean mass"))
    expect(composition.locator(".chart-empty")).to_contain_text("Log weight and body fat %")
    # No x-axis title left to overlap the ticks.
    assert page.locator("[data-figure] .g-xtitle text").count() == 0
    assert horizontal_overflow(page) is None
    weight.scroll_into_view_if_needed()
    save_screenshot(page, "first-days-progress-phone", full_page=False)
    problems.assert_clean()


def test_phone_tab_bar_reaches_every_page_and_staff_get_admin(browsing, problems):
    staff = make_user("sam@example.com", is_staff=True, is_superuser=True, is_coach=True)
    page = browsing.page(viewport=PHONE, user=staff)
    page.goto("/today/")
    nav = page.get_by_role("navigation", name="Main")
    box = nav.bounding_box()
    assert box is not None and abs(box["y"] + box["height"] - PHONE["height"]) <= 1  # bottom bar
    for name in ("Clients", "Today", "Progress", "History", "Goals"):
        link = nav.get_by_role("link", name=name, exact=True)
        expect(link).to_be_visible()
        link_box = link.bounding_box()
        assert link_box["x"] >= 0 and link_box["x"] + link_box["width"] <= PHONE["width"]
    more = nav.locator("summary", has_text="More")
    for name in ("Myths", "Settings", "My coach", "Import and export", "Admin"):
        more.click()
        link = nav.locator(".nav-more-menu").get_by_role("link", name=name, exact=True)
        expect(link).to_be_visible()
        link.click()
        expect(page.get_by_role("heading", level=1).first).to_be_visible()
        page.go_back()
    expect(nav.locator(".nav-more-menu").get_by_role("button", name="Log out")).to_be_hidden()
    more.click()
    nav.locator(".nav-more-menu").get_by_role("button", name="Log out").click()
    expect(page).to_have_url(re.compile(r"/$"))
    problems.assert_clean()


def test_coach_logs_in_to_the_roster(browsing, problems):
    make_user("cora@example.com", is_coach=True)
    page = browsing.page(viewport=PHONE)
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill("cora@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(r"/coach/$"))
    nav = page.get_by_role("navigation", name="Main")
    expect(nav.get_by_role("link", name="Clients")).to_have_attribute("aria-current", "page")
    problems.assert_clean()


def test_device_in_another_zone_is_offered_a_fix(browsing, problems):
    athlete = make_user("ana@example.com", time_zone="UTC")
    page = browsing.page(viewport=PHONE, user=athlete, timezone_id="Pacific/Auckland")
    page.goto("/today/")
    offer = page.get_by_role("complementary", name="Time zone")
    expect(offer).to_contain_text("This device is set to Pacific/Auckland")
    offer.get_by_role("button", name="Keep UTC").click()
    expect(offer).to_be_hidden()
    page.reload()
    expect(page.get_by_role("complementary", name="Time zone")).to_be_hidden()  # remembered

    other = browsing.page(viewport=PHONE, user=athlete, timezone_id="Pacific/Auckland")
    other.goto("/progress/")
    offer = other.get_by_role("complementary", name="Time zone")
    offer.get_by_role("button", name="Use this device's time zone").click()
    expect(other).to_have_url(re.compile(r"/progress/$"))
    expect(other.get_by_role("status")).to_contain_text("Time zone set to Pacific/Auckland")
    athlete.refresh_from_db()
    assert athlete.time_zone == "Pacific/Auckland"
    expect(other.get_by_role("complementary", name="Time zone")).to_be_hidden()
    problems.assert_clean()
