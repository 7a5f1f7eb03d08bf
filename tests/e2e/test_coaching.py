"""Journey 5, in two browsers at once: a coach creates an invitation link, the athlete logs in
from it and accepts, the coach's roster shows them with the right flags and the client page draws
their charts; when the athlete ends the link the coach's next request gets a 404."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import DESKTOP, PHONE
from tests.e2e.support import PASSWORD, add_goal, make_user, seed_history, wait_for_charts

pytestmark = pytest.mark.e2e


def test_invite_accept_roster_client_page_then_athlete_ends_link(browsing, problems):
    from coaching.models import CoachingLink

    coach = make_user("cora@example.com", display_name="Cora", is_coach=True)
    athlete = make_user("chloe@example.com", display_name="Chloé", height_cm=165)
    # Persona "fast": losing about 1.4 %/week lately, protein in the target band, steady runs.
    seed_history(athlete, "fast", days=120)
    add_goal(athlete, "Lose my belly fat with crunches")

    coach_page = browsing.page(viewport=DESKTOP, user=coach)
    coach_page.goto("/coach/")
    expect(coach_page.get_by_text("No active clients yet")).to_be_visible()
    coach_page.get_by_role("link", name="Invite an athlete").first.click()
    coach_page.get_by_label("Message (optional)").fill("Let's train for the autumn 10k.")
    coach_page.get_by_role("button", name="Create invitation link").click()
    # The flash message, not the invitation list's copy-status (also a status region).
    expect(coach_page.locator(".messages")).to_contain_text("Invitation created")
    invite_url = coach_page.get_by_label("Invitation link").input_value()
    assert re.search(r"/coach/invite/[\w-]+/$", invite_url)

    # The athlete, on their phone and logged out, opens the link and logs in.
    athlete_page = browsing.page(viewport=PHONE)
    athlete_page.goto(invite_url)
    expect(athlete_page).to_have_url(re.compile(r"/accounts/login/\?next="))
    athlete_page.get_by_label("Email").fill("chloe@example.com")
    athlete_page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    athlete_page.get_by_role("button", name="Log in").click()
    expect(athlete_page).to_have_url(invite_url)
    expect(athlete_page.get_by_role("main")).to_contain_text("Cora")
    expect(athlete_page.get_by_role("main")).to_contain_text("Let's train for the autumn 10k.")
    athlete_page.get_by_role("button", name="Accept").click()
    expect(athlete_page).to_have_url(re.compile(r"/coach/my-coach/$"))
    expect(athlete_page.locator(".messages")).to_contain_text("Cora is now your coach")

    coach_page.goto("/coach/")
    row = coach_page.get_by_role("row").filter(
        has=coach_page.get_by_role("rowheader", name="Chloé")
    )
    expect(row).to_have_count(1)
    expect(row.locator(".flag-list .badge")).to_have_text(["Losing fast", "Spot-reduction goal"])
    expect(row).to_contain_text("Lose my belly fat with crunches")
    expect(row.get_by_role("img", name=re.compile("trend", re.I))).to_be_visible()  # sparkline

    row.get_by_role("link", name="Chloé").click()
    expect(coach_page.get_by_role("heading", level=1)).to_have_text("Chloé")
    assert wait_for_charts(coach_page) == 6  # the five of Progress and the running dose
    flags = coach_page.get_by_role("region", name="Flags")
    expect(flags.locator(".badge")).to_have_text(["Losing fast", "Spot-reduction goal"])
    client_url = coach_page.url

    # The athlete ends it from "My coach".
    athlete_page.get_by_role("link", name=re.compile("End coaching with Cora")).click()
    athlete_page.get_by_role("button", name="End coaching").click()
    expect(athlete_page.locator(".messages")).to_contain_text("Cora can no longer see your data")
    assert not CoachingLink.objects.active().filter(athlete=athlete).exists()

    problems.expect_console(r"status of 404")  # the page the coach is about to be refused
    response = coach_page.goto(client_url)
    assert response is not None and response.status == 404
    coach_page.goto("/coach/")
    active = coach_page.get_by_role("region", name="Active clients", exact=True)
    expect(active).to_contain_text("No active clients yet")
    expect(coach_page.get_by_role("region", name="Past clients")).to_contain_text("Chloé")
    problems.assert_clean()
