"""Journeys 1 and 2: a new athlete signs up, switches to pounds and logs a weight from the quick-log
form without leaving the page; bad input shows its errors beside the fields and saves nothing."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from tests.e2e.conftest import VIEWPORTS, axe_missing
from tests.e2e.support import PASSWORD, axe_violations, blocking, make_user

pytestmark = pytest.mark.e2e


def mark_document(page) -> None:
    """Tag the current document so a later check can tell whether the page navigated."""
    page.evaluate("() => { window.__e2eSameDocument = true; }")


def same_document(page) -> bool:
    return page.evaluate("() => window.__e2eSameDocument === true")


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_sign_up_switch_to_lb_and_quick_log_a_weight(browsing, problems, viewport):
    from tracker.models import User, WeightEntry

    page = browsing.page(viewport=VIEWPORTS[viewport])
    page.goto("/")
    page.get_by_role("link", name="Create a free account").click()
    expect(page).to_have_url(re.compile(r"/accounts/signup/$"))
    page.get_by_label("Email").fill("lena@example.com")
    page.get_by_label("Your name").fill("Lena")
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_label("Password confirmation").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()

    # Sign-up mails a confirmation link; confirming it logs in and lands on Settings.
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    link = re.search(r"/accounts/signup/confirm/\S+", mail.outbox[-1].body).group(0)
    page.goto(link)
    page.get_by_role("button", name="Confirm and continue").click()
    expect(page).to_have_url(re.compile(r"/settings/$"))
    expect(page.get_by_role("status")).to_contain_text("Welcome to Wholebody")
    page.get_by_role("group", name="Weight unit").get_by_label("lb").check()
    page.get_by_role("button", name="Save settings").click()
    expect(page.get_by_role("status")).to_contain_text("Settings saved")
    assert User.objects.get(email="lena@example.com").weight_unit == "lb"

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Today").click()
    card = page.locator("#log-weight")
    expect(card.get_by_label("Weight (lb)")).to_be_visible()
    mark_document(page)
    card.get_by_label("Weight (lb)").fill("176.4")
    with page.expect_response(re.compile(r"/log/weight/$")) as posted:
        card.get_by_role("button", name="Log weight").click()
    assert posted.value.request.headers.get("hx-request") == "true"

    # The card was swapped in place: same document, the new entry shown in lb.
    card = page.locator("#log-weight")
    expect(card.get_by_role("status")).to_contain_text("176.4 lb")
    expect(card.get_by_role("heading", name=re.compile("Weight"))).to_contain_text("Last: 176.4 lb")
    assert same_document(page), "logging a weight navigated away from the dashboard"
    entry = WeightEntry.objects.get(user__email="lena@example.com")
    assert entry.weight_kg == pytest.approx(80.01, abs=0.01)

    page.get_by_role("navigation", name="Main").get_by_role("link", name="History").click()
    expect(page).to_have_url(re.compile(r"/history/weight/$"))
    rows = page.get_by_role("table").locator("tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("176.4 lb")
    problems.assert_clean()


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_out_of_range_weight_and_malformed_duration_show_errors_and_save_nothing(
    browsing, problems, viewport
):
    from tracker.models import RunEntry, WeightEntry

    athlete = make_user("ana@example.com")
    page = browsing.page(viewport=VIEWPORTS[viewport], user=athlete)
    page.goto("/today/")

    weight_card = page.locator("#log-weight")
    weight_card.get_by_label("Weight (kg)").fill("20")
    with page.expect_response(re.compile(r"/log/weight/$")):
        weight_card.get_by_role("button", name="Log weight").click()
    weight = page.locator("#log-weight").get_by_label("Weight (kg)")
    expect(weight).to_have_attribute("aria-invalid", "true")
    expect(weight).to_be_focused()  # app.js moves focus to the first invalid field
    error = page.locator("#log-weight .errorlist")
    expect(error).to_be_visible()
    expect(error).to_have_text("Weight must be between 25 and 350 kg.")
    expect(weight).to_have_accessible_description(re.compile("between 25 and 350 kg"))

    run_card = page.locator("#log-runs")
    run_card.get_by_label("Distance (km)").fill("5")
    run_card.get_by_label("Duration").fill("half an hour")
    with page.expect_response(re.compile(r"/log/runs/$")):
        run_card.get_by_role("button", name="Log run").click()
    duration = page.locator("#log-runs").get_by_label("Duration")
    expect(duration).to_have_attribute("aria-invalid", "true")
    duration_error = page.locator("#log-runs .errorlist")
    expect(duration_error).to_be_visible()
    expect(duration_error).to_contain_text(re.compile("h:mm:ss|mm:ss"))
    # What was typed stays, so it can be corrected.
    expect(page.locator("#log-runs").get_by_label("Distance (km)")).to_have_value("5")
    expect(duration).to_have_value("half an hour")

    if axe_missing() is None:  # the error state is accessible too (test_pages.py says if skipped)
        assert not blocking(axe_violations(page))
    assert not WeightEntry.objects.exists()
    assert not RunEntry.objects.exists()
    page.goto("/history/weight/")
    expect(page.get_by_text("No weight logged yet")).to_be_visible()
    problems.assert_clean()
