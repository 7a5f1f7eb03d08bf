"""Untyped tracks (run or ride?), the preview's account of days that already have data, and the
odd-but-real file shapes the import samples showed (GPX 1.0 heart rate, points without a fix,
Strava's type codes, damaged FIT files with a summary)."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.import_samples import fit_activity
from tracker.importers.activity_kind import minute_speeds, not_a_run_reason
from tracker.importers.common import ImportOptions
from tracker.importers.runs import parse_runs_upload
from tracker.models import ImportBatch, RunEntry, WeightEntry

OPTIONS = ImportOptions(today=dt.date(2026, 1, 1), tz=dt.UTC)
START = dt.datetime(2024, 5, 4, 8, 0, tzinfo=dt.UTC)


def track_gpx(
    speeds_ms: list[float],
    *,
    step_s: int = 10,
    kind: str | None = None,
    version: str = "1.1",
    heart_rate: int | None = None,
    first_point_without_fix: bool = False,
) -> bytes:
    """A GPX track heading east from 45 N, one point every `step_s` seconds at each speed."""
    metres_per_degree = math.pi / 180 * 6_371_008.8 * math.cos(math.radians(45))
    lon, when = 9.0, START
    points = []
    if first_point_without_fix:
        points.append(
            f"<trkpt><time>{(when - dt.timedelta(seconds=30)):%Y-%m-%dT%H:%M:%SZ}</time></trkpt>"
        )
    for speed in [0.0, *speeds_ms]:
        lon += speed * step_s / metres_per_degree
        when += dt.timedelta(seconds=step_s) if speed or points else dt.timedelta()
        hr = (
            "<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>"
            f"{heart_rate}</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions>"
            if heart_rate
            else ""
        )
        points.append(
            f'<trkpt lat="45.0" lon="{lon:.7f}"><time>{when:%Y-%m-%dT%H:%M:%SZ}</time>{hr}</trkpt>'
        )
    type_element = f"<type>{kind}</type>" if kind else ""
    return (
        f'<?xml version="1.0"?><gpx version="{version}" creator="test" '
        'xmlns="http://www.topografix.com/GPX/1/1" '
        'xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">'
        f"<trk><name>Saturday</name>{type_element}<trkseg>{''.join(points)}</trkseg></trk></gpx>"
    ).encode()


# --- Run or ride: the pure decision ------------------------------------------------------------


def _samples(speeds: list[float], step: float = 10.0) -> list[tuple[float, float]]:
    out, metres = [(0.0, 0.0)], 0.0
    for i, speed in enumerate(speeds, start=1):
        metres += speed * step
        out.append((i * step, metres))
    return out


def test_steady_fast_run_is_a_run():
    speeds = [4.4] * 360  # 3:47 /km for an hour
    assert not_a_run_reason(4.4 * 3600, 3600, _samples(speeds)) is None


def test_ride_faster_than_any_runner_on_average():
    speeds = [6.7] * 360  # 24 km/h
    assert "24.1 km/h" in str(not_a_run_reason(6.7 * 3600, 3600, _samples(speeds)))


def test_slow_ride_with_fast_descents_is_not_a_run():
    # 16.4 km/h on average, but minutes at 36 km/h downhill.
    speeds = ([3.0] * 28 + [10.0] * 8) * 10
    distance = sum(s * 10 for s in speeds)
    reason = str(not_a_run_reason(distance, 3600, _samples(speeds)))
    assert "for minutes at a time" in reason


def test_uneven_ride_at_a_runners_average_speed_is_caught_by_its_variation():
    # 16.5 km/h average swinging between 8 and 25 km/h minute by minute, never 30 km/h.
    speeds = ([2.2] * 6 + [6.9] * 6) * 30
    distance = sum(s * 10 for s in speeds)
    assert "swinging" in str(not_a_run_reason(distance, 3600, _samples(speeds)))


def test_interval_run_slower_than_the_variation_threshold_stays_a_run():
    # Intervals swing too, but a runner averaging under 15 km/h is not questioned.
    speeds = ([2.5] * 12 + [5.5] * 12) * 15
    distance = sum(s * 10 for s in speeds)
    assert not_a_run_reason(distance, 3600, _samples(speeds)) is None


def test_minute_speeds_leave_out_long_stops():
    samples = [(0.0, 0.0), (60.0, 200.0), (600.0, 210.0), (660.0, 410.0)]
    assert minute_speeds(samples) == [pytest.approx(200 / 60), pytest.approx(200 / 60)]


# --- The parsers -------------------------------------------------------------------------------


def test_gpx_1_0_with_garmin_heart_rate_extension_keeps_the_heart_rate():
    result = parse_runs_upload(
        "run.gpx", track_gpx([3.0] * 100, version="1.0", heart_rate=151), OPTIONS
    )
    assert [row.avg_heart_rate for row in result.rows] == [151]


def test_track_point_without_coordinates_is_left_out_and_said():
    result = parse_runs_upload(
        "etrex.gpx", track_gpx([3.0] * 100, first_point_without_fix=True), OPTIONS
    )
    assert len(result.rows) == 1
    assert result.rows[0].distance_km == pytest.approx(3.0, abs=0.01)
    assert any("left out 1 track point without coordinates" in n.english() for n in result.notes)


def test_strava_type_code_is_named_in_words():
    result = parse_runs_upload("activities/1.gpx", track_gpx([7.0] * 100, kind="1"), OPTIONS)
    assert [n.english() for n in result.notes] == [
        "activities/1.gpx: skipped, it is a ride activity, not a run."
    ]


def test_fit_cut_short_after_its_session_is_read_from_the_session():
    # Strava's Android app writes the session first; here the file's records come after it.
    data = fit_activity(distance_m=8000, timer_s=2400, elapsed_s=2500)
    result = parse_runs_upload("ok.fit", data, OPTIONS)
    assert result.rows and not result.notes


# --- The browser flow --------------------------------------------------------------------------


def _upload(client, kind: str, name: str, data: bytes):
    return client.post(
        f"/data/import/{kind}/", {"file": SimpleUploadedFile(name, data, "application/gpx+xml")}
    )


@pytest.mark.django_db
def test_untyped_ride_is_set_aside_and_can_be_imported_anyway(athlete, athlete_client):
    response = _upload(athlete_client, "runs", "saturday.gpx", track_gpx([6.0] * 360))
    assert response.status_code == 302
    preview = athlete_client.get(response["Location"]).content.decode()
    assert "1 track skipped as probably not a run" in preview
    assert "Skipped as probably a ride: its average moving speed, 21.6 km/h" in preview
    assert "Import the ticked tracks" in preview
    batch = ImportBatch.objects.get()

    # Confirming without ticking it saves nothing.
    athlete_client.post(f"/data/import/runs/{batch.pk}/confirm/")
    assert not RunEntry.objects.exists()

    response = _upload(athlete_client, "runs", "saturday.gpx", track_gpx([6.0] * 360))
    batch = ImportBatch.objects.get(saved_at__isnull=True)  # the first is kept as "saved"
    response = athlete_client.post(
        f"/data/import/runs/{batch.pk}/confirm/", {"include_unsure": "0"}
    )
    assert response.status_code == 302
    run = RunEntry.objects.get(user=athlete)
    assert run.distance_km == pytest.approx(21.6, abs=0.01)
    assert run.duration_s == 3600


@pytest.mark.django_db
def test_preview_counts_rows_on_days_that_already_have_data(athlete, athlete_client):
    WeightEntry.objects.create(user=athlete, day=dt.date(2024, 3, 4), weight_kg=81.0)
    WeightEntry.objects.create(user=athlete, day=dt.date(2024, 3, 5), weight_kg=80.0)
    csv = b"date,weight_kg\n2024-03-04,81.0\n2024-03-05,80.6\n2024-03-06,80.2\n"
    response = _upload(athlete_client, "body", "w.csv", csv)
    preview = " ".join(athlete_client.get(response["Location"]).content.decode().split())
    assert "<strong>2</strong> new weigh-ins" in preview
    assert "1 already there, skipped" in preview
    assert (
        "1 of them on days that already have data: added as another weigh-in; the day's "
        "average is what counts." in preview.replace("&#x27;", "'")
    )
    assert "skipped when same day and same weight (to 0.1 kg)" in preview
