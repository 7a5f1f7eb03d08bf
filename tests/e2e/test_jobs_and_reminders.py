"""Journey: a page that started a background job shows its progress and then its result without
a reload (htmx polling, CSP clean); the reminders page turns a reminder on and refuses a time
inside quiet hours, in a real browser."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import VIEWPORTS
from tests.e2e.support import make_user

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_job_page_follows_progress_to_the_result_without_a_reload(browsing, problems, viewport):
    from tracker.jobs.models import Job

    athlete = make_user("ana@example.com")
    job = Job.objects.create(
        owner=athlete,
        label="Apple Health import",
        task_path="x",
        status=Job.Status.RUNNING,
        progress_done=1,
        progress_total=4,
        message="Reading workouts",
    )
    page = browsing.page(viewport=VIEWPORTS[viewport], user=athlete)
    page.goto(job.get_absolute_url())
    status = page.get_by_role("status").filter(has_text="Running")
    expect(status).to_contain_text("Reading workouts")
    expect(page.locator("progress")).to_have_attribute("value", "25")
    page.evaluate("window.notReloaded = true")

    Job.objects.filter(pk=job.pk).update(progress_done=3, message="Saving runs")
    expect(page.locator("progress")).to_have_attribute("value", "75", timeout=5000)
    Job.objects.filter(pk=job.pk).update(
        status=Job.Status.SUCCEEDED, message="", result={"runs saved": 42}
    )
    expect(page.get_by_role("status")).to_contain_text("Done", timeout=5000)
    expect(page.get_by_role("status")).to_contain_text("42")
    assert page.evaluate("window.notReloaded") is True  # swapped in place, not reloaded
    problems.assert_clean()


def test_reminders_turn_on_in_one_tap_and_refuse_a_time_in_quiet_hours(browsing, problems):
    from tracker.reminders.models import ReminderPreference

    athlete = make_user("ana@example.com")
    page = browsing.page(viewport=VIEWPORTS["phone"], user=athlete)
    page.goto("/settings/")
    page.locator("#reminders").get_by_role("button", name="Turn on").first.click()
    expect(page.get_by_text("Reminder turned on")).to_be_visible()
    assert ReminderPreference.objects.get(user=athlete).weigh_in_enabled

    problems.expect_console(r"status of 400")  # the refused form comes back with a 400
    page.get_by_label("weigh-in reminder time").select_option("23:00")
    page.get_by_role("button", name="Save reminders").click()
    expect(page.get_by_text("23:00 is inside your quiet hours (22:00–07:00)")).to_be_visible()
    assert ReminderPreference.objects.get(user=athlete).weigh_in_hour == 8  # nothing saved
    problems.assert_clean()
