"""Journey 7 and the accessibility sweep: every main page, at desktop and phone size, on the demo
data. Each page must fit the viewport's width, log no console errors, trigger no
Content-Security-Policy violations and have no serious or critical axe-core findings. Each is
also saved as a screenshot in artifacts/screenshots/ (git-ignored; the README's come from there).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from tests.e2e.conftest import VIEWPORTS, axe_missing, skip_or_fail
from tests.e2e.support import (
    axe_violations,
    blocking,
    horizontal_overflow,
    save_screenshot,
    wait_for_charts,
)
from tests.e2e.test_goals import MYTH_GOAL, type_goal

pytestmark = pytest.mark.e2e


@dataclass(frozen=True)
class MainPage:
    name: str  # also the screenshot's file name
    who: str  # "anonymous", "athlete" or "coach"
    path: str  # may hold {athlete_id}
    prepare: Callable[[Any], None] | None = None
    phone_screen_at: str = ""  # the phone's one-screen shot starts here (CSS selector)


def _show_live_warning(page: Any) -> None:
    type_goal(page, MYTH_GOAL)
    page.locator("#myth-warning .myth-warning").wait_for()


def _open_data_tables(page: Any) -> None:
    # Check the tables behind the charts too, as a screen-reader user would open them.
    for summary in page.get_by_text("Show data table").all():
        summary.click()


MAIN_PAGES = [
    MainPage("landing", "anonymous", "/"),
    MainPage("login", "anonymous", "/accounts/login/"),
    MainPage("signup", "anonymous", "/accounts/signup/"),
    MainPage("myths", "anonymous", "/myths/"),
    MainPage("myth", "anonymous", "/myths/spot-reduction-exercise/"),
    MainPage("dashboard", "athlete", "/today/"),
    MainPage("progress", "athlete", "/progress/", phone_screen_at=".progress-charts"),
    MainPage("progress-tables", "athlete", "/progress/?range=4w", _open_data_tables),
    MainPage("history", "athlete", "/history/weight/"),
    MainPage("history-runs", "athlete", "/history/runs/"),
    MainPage("goals-warning", "athlete", "/goals/", _show_live_warning),
    MainPage("settings", "athlete", "/settings/"),
    MainPage("reminders", "coach", "/reminders/"),
    MainPage("my-coach", "athlete", "/coach/my-coach/"),
    MainPage("roster", "coach", "/coach/"),
    MainPage("client", "coach", "/coach/clients/{athlete_id}/"),
    MainPage("invitations", "coach", "/coach/invitations/"),
]


def _demo_users() -> dict[str, Any]:
    from coaching import services
    from coaching.demo import demo_email, load_demo_data
    from tracker.models import User

    load_demo_data(stdout_write=lambda *args: None)
    users = {
        "anonymous": None,
        "athlete": User.objects.get(email=demo_email("athlete")),
        "coach": User.objects.get(email=demo_email("coach")),
    }
    # A pending invitation, so the invitations page shows its link and "Withdraw" button.
    services.invitation_create(coach=users["coach"], email="new.client@example.com", message="")
    return users


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_main_pages_fit_run_clean_and_pass_axe(browsing, problems, viewport):
    users = _demo_users()
    run_axe = axe_missing() is None
    pages = {
        who: browsing.page(viewport=VIEWPORTS[viewport], user=user) for who, user in users.items()
    }
    failures: list[str] = []
    for main_page in MAIN_PAGES:
        page = pages[main_page.who]
        problems.clear()
        path = main_page.path.format(athlete_id=users["athlete"].pk)
        response = page.goto(path)
        where = f"{main_page.name} ({path}, {viewport})"
        if response is None or response.status != 200:
            failures.append(f"{where}: HTTP {response.status if response else 'no response'}")
            continue
        if page.locator("[data-figure]").count():
            wait_for_charts(page)
        if main_page.prepare:
            main_page.prepare(page)

        overflow = horizontal_overflow(page)
        if overflow:
            failures.append(f"{where}: scrolls sideways {json.dumps(overflow)}")
        if run_axe:
            for violation in blocking(axe_violations(page)):
                failures.append(f"{where}: axe {json.dumps(violation, indent=1)}")
        save_screenshot(page, f"{main_page.name}-{viewport}")
        if viewport == "phone":  # one screen too, which is what the README shows
            page.evaluate(_SCROLL_TO, main_page.phone_screen_at)
            save_screenshot(page, f"{main_page.name}-phone-screen", full_page=False)
        page.wait_for_timeout(50)  # let the last console/CSP reports arrive
        failures += [f"{where}: CSP violation {report}" for report in problems.csp]
        failures += [f"{where}: console error {text}" for text in problems.unexpected_console()]

    assert not failures, "\n".join(failures)


# Scroll so the element starts just under the sticky top bar (or to the top without one).
_SCROLL_TO = """(selector) => {
  const el = selector && document.querySelector(selector);
  const bar = document.querySelector(".topbar").offsetHeight;
  window.scrollTo(0, el ? el.getBoundingClientRect().top + window.scrollY - bar - 8 : 0);
}"""


def test_axe_core_is_installed():
    """The sweep above runs axe-core only when `npm ci` has installed it; say so when it hasn't."""
    reason = axe_missing()
    if reason:
        skip_or_fail("axe", reason)
