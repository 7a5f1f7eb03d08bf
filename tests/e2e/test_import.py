"""Import journeys in a real browser: an Apple Health export read by the background worker
(progress page, then the preview), a Garmin scale's FIT file, an untyped ride imported anyway,
and the date-order question answered without choosing the file again."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import axe_missing
from tests.e2e.support import axe_violations, blocking, make_user

pytestmark = pytest.mark.e2e


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _run_queued_jobs() -> None:
    """What `manage.py run_worker` does, here in the test's process (the live server polls)."""
    from django_tasks_db.models import DBTaskResult

    for queued in DBTaskResult.objects.all():
        queued.task.call(*queued.args_kwargs["args"], **queued.args_kwargs["kwargs"])


def _upload(page, path: str, name: str, data: bytes, mime: str) -> None:
    page.goto(path)
    page.locator("#id_file").set_input_files({"name": name, "mimeType": mime, "buffer": data})
    page.get_by_role("button", name="Upload and preview").click()


def _confirm(page) -> None:
    page.get_by_role("button", name=re.compile(r"^Import ")).click()


def test_apple_health_export_round_trip(browsing, problems):
    from tests.apple_health_export import write_export
    from tracker.models import ProteinEntry, RunEntry, WeightEntry

    athlete = make_user("ana@example.com", time_zone="Europe/Paris")
    page = browsing.page(user=athlete)
    export = io.BytesIO()
    write_export(export, filler_bytes=100_000)
    _upload(page, "/data/import/apple/", "export.zip", export.getvalue(), "application/zip")

    expect(page).to_have_url(re.compile(r"/jobs/[0-9a-f-]+/$"))
    expect(page.get_by_role("heading", name="Apple Health import")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("Waiting for a worker")
    _run_queued_jobs()
    # The status region polls itself and turns into a link to the preview.
    page.get_by_role("link", name="Check what will be imported").click()
    expect(page.get_by_role("heading", name="Check the import")).to_be_visible()
    summary = page.locator(".import-summary")
    expect(summary).to_contain_text("2 new weigh-ins")
    expect(summary).to_contain_text("2 new runs")
    expect(summary).to_contain_text("2 new protein days")
    if axe_missing() is None:
        assert not blocking(axe_violations(page))
    _confirm(page)
    expect(page.get_by_role("status")).to_contain_text("Imported 2 weigh-ins")
    assert WeightEntry.objects.filter(user=athlete).count() == 2
    assert sorted(RunEntry.objects.values_list("distance_km", flat=True)) == [5.5, 10.02]
    assert sorted(ProteinEntry.objects.values_list("grams", flat=True)) == [110.0, 137.5]
    problems.assert_clean()


def _weight_scale_fit() -> bytes:
    """A Garmin Index-style FIT weight-scale file with two weigh-ins (fit_tool writes it)."""
    from fit_tool.fit_file_builder import FitFileBuilder
    from fit_tool.profile.messages.file_id_message import FileIdMessage
    from fit_tool.profile.messages.weight_scale_message import WeightScaleMessage
    from fit_tool.profile.profile_type import FileType, Manufacturer

    builder = FitFileBuilder(auto_define=True)
    file_id = FileIdMessage()
    file_id.type = FileType.WEIGHT
    file_id.manufacturer = Manufacturer.GARMIN.value
    file_id.time_created = round(dt.datetime(2024, 3, 6, 7, 0, tzinfo=dt.UTC).timestamp() * 1000)
    builder.add(file_id)
    for day, kg, fat in ((4, 81.3, 22.4), (5, 80.9, 22.1)):
        reading = WeightScaleMessage()
        when = dt.datetime(2024, 3, day, 6, 45, tzinfo=dt.UTC)
        reading.timestamp = round(when.timestamp() * 1000)
        reading.weight = kg
        reading.percent_fat = fat
        builder.add(reading)
    return builder.build().to_bytes()


def test_garmin_scale_fit_file_round_trip(browsing, problems):
    from tracker.models import BodyFatEntry, WeightEntry

    athlete = make_user("ana@example.com")
    page = browsing.page(user=athlete)
    _upload(
        page, "/data/import/body/", "weight.fit", _weight_scale_fit(), "application/octet-stream"
    )
    expect(page.get_by_text("read as FIT weight-scale file")).to_be_visible()
    expect(page.locator(".import-summary")).to_contain_text("2 new weigh-ins")
    _confirm(page)
    expect(page.get_by_role("status")).to_contain_text("Imported 2 weigh-ins, 2 body-fat readings")
    assert sorted(WeightEntry.objects.values_list("weight_kg", flat=True)) == [
        pytest.approx(80.9),
        pytest.approx(81.3),
    ]
    assert BodyFatEntry.objects.count() == 2
    problems.assert_clean()


def test_untyped_ride_is_skipped_and_can_be_imported_anyway(browsing, problems):
    from tests.test_import_tracks import track_gpx
    from tracker.models import RunEntry

    athlete = make_user("ana@example.com")
    page = browsing.page(user=athlete)
    _upload(
        page, "/data/import/runs/", "saturday.gpx", track_gpx([6.0] * 360), "application/gpx+xml"
    )
    expect(page.locator(".import-summary")).to_contain_text("1 track skipped as probably not a run")
    page.get_by_label(re.compile("as a run anyway")).check()
    page.get_by_role("button", name="Import the ticked tracks").click()
    expect(page.get_by_role("status")).to_contain_text("Imported 1 run")
    assert RunEntry.objects.filter(user=athlete).count() == 1
    problems.assert_clean()


def test_date_order_is_asked_without_choosing_the_file_again(browsing, problems):
    from tracker.models import WeightEntry

    athlete = make_user("ana@example.com")
    page = browsing.page(user=athlete)
    data = b"date,weight_kg\n03/04/2024,80.0\n05/06/2024,79.5\n"
    _upload(page, "/data/import/body/", "w.csv", data, "text/csv")
    expect(page.get_by_text("could mean day/month or month/day")).to_be_visible()
    expect(page.get_by_text("is kept")).to_be_visible()
    page.get_by_label("Dates in the file are written").select_option("mdy")
    page.get_by_role("button", name="Upload and preview").click()
    expect(page.get_by_role("heading", name="Check the import")).to_be_visible()
    _confirm(page)
    expect(page.get_by_role("status")).to_contain_text("Imported 2 weigh-ins")
    assert sorted(WeightEntry.objects.values_list("day", flat=True)) == [
        dt.date(2024, 3, 4),
        dt.date(2024, 5, 6),
    ]
    problems.assert_clean()


@pytest.mark.parametrize(
    ("kind", "name", "fixture_name", "saved"),
    [
        ("body", "Weight.csv", "garmin_weight.csv", "Imported 3 weigh-ins"),
        ("runs", "Activities.csv", "garmin_activities.csv", "Imported 2 runs"),
        ("body", "weight-2024-03-01.json", "fitbit_weight-2024-03-01.json", "Imported 2 weigh-ins"),
        ("runs", "exercise-0.json", "fitbit_exercise-0.json", "Imported 1 run"),
        (
            "body",
            "com.samsung.health.weight.20240306101010.csv",
            "samsung_weight.csv",
            "Imported 2 weigh-ins",
        ),
        (
            "runs",
            "com.samsung.shealth.exercise.20240306101010.csv",
            "samsung_exercise.csv",
            "Imported 1 run",
        ),
        (
            "body",
            "Daily activity metrics.csv",
            "googlefit_daily_activity_metrics.csv",
            "Imported 2 weigh-ins",
        ),
    ],
)
def test_new_source_round_trip(browsing, problems, kind, name, fixture_name, saved):
    from tests.import_samples import fixture

    athlete = make_user("ana@example.com")
    page = browsing.page(user=athlete)
    _upload(page, f"/data/import/{kind}/", name, fixture(fixture_name), "text/plain")
    expect(page.get_by_role("heading", name="Check the import")).to_be_visible()
    _confirm(page)
    expect(page.get_by_role("status")).to_contain_text(saved)
    problems.assert_clean()
