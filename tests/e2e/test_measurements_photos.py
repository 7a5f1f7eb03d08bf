"""Journeys at phone size: log several measurements and see them beside the weight trend; upload
two dates of progress photos and compare them side by side."""

from __future__ import annotations

import datetime as dt
import io
import random

import pytest
from PIL import Image
from playwright.sync_api import expect

from tests.e2e.conftest import PHONE
from tests.e2e.support import (
    axe_violations,
    blocking,
    make_user,
    save_screenshot,
    seed_history,
    wait_for_charts,
)

pytestmark = pytest.mark.e2e


def test_log_measurements_and_see_the_chart_on_a_phone(browsing, problems):
    from coaching import demo
    from tracker.models import Measurement

    athlete = make_user("ana@example.com", height_cm=168)
    seed_history(athlete, "athlete", days=150)
    persona = demo.PERSONAS[0]
    today = athlete.local_today()
    days = [today - dt.timedelta(days=n) for n in range(149, 0, -1)]
    Measurement.objects.bulk_create(demo._measurements(persona, random.Random(1), days, athlete))
    page = browsing.page(viewport=PHONE, user=athlete)
    page.goto("/measurements/")
    page.get_by_label("Waist (at the navel) (cm)").fill("81.5")
    page.get_by_label("Neck (cm)").fill("34")
    page.get_by_label("Thigh (left, or both) (cm)").fill("55.2")
    page.get_by_role("button", name="Save measurements").click()
    expect(page.get_by_text("3 measurements saved for")).to_be_visible()
    assert wait_for_charts(page) == 1
    expect(page.locator("#measure-sites")).to_contain_text("Waist")
    assert Measurement.objects.filter(user=athlete, day=today).count() == 3
    assert not blocking(axe_violations(page))
    save_screenshot(page, "measurements-phone")
    problems.assert_clean()


def _photo(colour: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (600, 800), colour).save(buffer, "JPEG")
    return buffer.getvalue()


def test_upload_two_dates_and_compare_on_a_phone(browsing, problems):
    athlete = make_user("ana@example.com")
    seed_history(athlete, "athlete", days=60)
    page = browsing.page(viewport=PHONE, user=athlete)
    earlier = athlete.local_today() - dt.timedelta(days=42)
    for day, colour in ((earlier, (200, 120, 90)), (athlete.local_today(), (120, 160, 200))):
        page.goto("/photos/")
        page.get_by_label("Day").fill(day.isoformat())
        for pose in ("Front", "Side"):
            page.get_by_label(pose).set_input_files(
                {"name": f"{pose}.jpg", "mimeType": "image/jpeg", "buffer": _photo(colour)}
            )
        page.get_by_role("button", name="Upload").click()
        expect(page.get_by_text("2 photos saved for")).to_be_visible()
    compare = page.locator("#photo-compare")
    expect(compare).to_contain_text(earlier.strftime("%-d %b %Y"))
    expect(compare.locator("img")).to_have_count(4)
    # Every image actually loads through the private view (waited for: on a busy machine the
    # four JPEGs can still be arriving when the comparison is shown).
    page.wait_for_function(
        "() => Array.from(document.querySelectorAll('#photo-compare img'))"
        ".every(img => img.complete && img.naturalWidth > 0)",
        timeout=15_000,
    )
    expect(compare).to_contain_text("Trend weight")
    assert not blocking(axe_violations(page))
    save_screenshot(page, "photo-compare-phone")
    problems.assert_clean()
