"""New sources through upload → preview → confirm, each with small sample files written from
the source's documented layout (tests/fixtures/import/) and values worked out by hand:
Garmin Connect (weight CSV, activities CSV), Fitbit via Google Takeout (weight, fat and
exercise JSON), Samsung Health (weight and exercise CSVs), Google Fit Takeout (daily metrics
CSV and TCX activities)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.import_samples import fixture, make_zip
from tracker.models import BodyFatEntry, ImportBatch, RunEntry, WeightEntry

pytestmark = pytest.mark.django_db
D = dt.date


def import_file(client, kind: str, name: str, data: bytes, **fields) -> str:
    """Upload, check the preview opens, confirm; returns the preview's text."""
    response = client.post(
        f"/data/import/{kind}/",
        {"file": SimpleUploadedFile(name, data, "application/octet-stream"), **fields},
    )
    assert response.status_code == 302, response.content.decode()[-3000:]
    preview = client.get(response["Location"]).content.decode()
    batch = ImportBatch.objects.get(saved_at__isnull=True)
    confirmed = client.post(f"/data/import/{kind}/{batch.pk}/confirm/", {"skip_problems": "1"})
    assert confirmed.status_code == 302
    return " ".join(preview.split())


def weights(user) -> list[tuple[dt.date, float]]:
    return sorted(
        (day, round(kg, 2))
        for day, kg in WeightEntry.objects.filter(user=user).values_list("day", "weight_kg")
    )


def fats(user) -> list[tuple[dt.date, float]]:
    return sorted(
        (day, round(p, 1))
        for day, p in BodyFatEntry.objects.filter(user=user).values_list("day", "percent")
    )


def runs(user) -> list[tuple]:
    return sorted(
        (day, round(km, 3), seconds, hr)
        for day, km, seconds, hr in RunEntry.objects.filter(user=user).values_list(
            "day", "distance_km", "duration_s", "avg_heart_rate"
        )
    )


def test_garmin_connect_weight_csv(athlete, athlete_client):
    preview = import_file(athlete_client, "body", "Weight.csv", fixture("garmin_weight.csv"))
    assert "read as Garmin Connect weight CSV" in preview
    # Each weigh-in belongs to the day line above it; "--" is no reading.
    assert weights(athlete) == [(D(2024, 3, 4), 80.7), (D(2024, 3, 4), 80.9), (D(2024, 3, 5), 80.4)]
    assert fats(athlete) == [(D(2024, 3, 4), 22.0), (D(2024, 3, 5), 21.6)]


def test_garmin_connect_activities_csv_in_the_athletes_distance_unit(athlete, athlete_client):
    preview = import_file(
        athlete_client, "runs", "Activities.csv", fixture("garmin_activities.csv")
    )
    assert "Skipped activities that are not runs: 1 Cycling." in preview
    assert "distances were read as kilometres (your setting)" in preview
    assert runs(athlete) == [
        (D(2024, 3, 3), 5.0, 1650, 148),  # Treadmill Running, 27:30
        (D(2024, 3, 5), 10.02, 3130, 151),  # moving time 52:10
    ]
    RunEntry.objects.all().delete()
    athlete.distance_unit = "mi"
    athlete.save()
    import_file(athlete_client, "runs", "Activities.csv", fixture("garmin_activities.csv"))
    assert [r[1] for r in runs(athlete)] == [8.047, 16.126]  # 5 and 10.02 miles


def test_fitbit_takeout_zip_weight_and_fat_json_in_pounds(athlete, athlete_client):
    takeout = make_zip(
        {
            "Takeout/Fitbit/Global Export Data/weight-2024-03-01.json": fixture(
                "fitbit_weight-2024-03-01.json"
            ),
            "Takeout/Fitbit/Global Export Data/fat-2024-03-01.json": fixture(
                "fitbit_fat-2024-03-01.json"
            ),
            "Takeout/Fitbit/Global Export Data/steps-2024-03-01.json": b"[]",
            "Takeout/Fitbit/Global Export Data/exercise-0.json": fixture("fitbit_exercise-0.json"),
        }
    )
    preview = import_file(athlete_client, "body", "takeout.zip", takeout, weight_unit="lb")
    assert "Fitbit export (JSON)" in preview
    # 177.2 lb and 177.8 lb.
    assert weights(athlete) == [(D(2024, 3, 4), 80.65), (D(2024, 3, 5), 80.38)]
    assert fats(athlete) == [(D(2024, 3, 4), 22.4), (D(2024, 3, 5), 22.1)]


def test_fitbit_weight_json_alone_says_which_unit_it_assumed(athlete, athlete_client):
    preview = import_file(
        athlete_client, "body", "weight-2024-03-01.json", fixture("fitbit_weight-2024-03-01.json")
    )
    assert "2 were read as kg (your setting)" in preview


def test_fitbit_exercise_json_imports_runs_only(athlete, athlete_client):
    preview = import_file(
        athlete_client, "runs", "exercise-0.json", fixture("fitbit_exercise-0.json")
    )
    assert "skipped activities that are not runs: 1 Walk" in preview
    # 6.21 miles in 3,030 s of active time.
    assert runs(athlete) == [(D(2024, 3, 5), 9.994, 3030, 152)]
    assert RunEntry.objects.get().external_id == "fitbit:61234567890"


def test_samsung_health_weight_csv_in_the_athletes_zone(athlete, athlete_client):
    athlete.time_zone = "Europe/Berlin"
    athlete.save()
    name = "com.samsung.health.weight.20240306101010.csv"
    preview = import_file(athlete_client, "body", name, fixture("samsung_weight.csv"))
    assert "read as Samsung Health weight CSV" in preview
    # 23:30 UTC on 4 March is half past midnight on 5 March in Berlin.
    assert weights(athlete) == [(D(2024, 3, 5), 80.4), (D(2024, 3, 5), 80.9)]
    assert fats(athlete) == [(D(2024, 3, 5), 21.6)]


def test_samsung_health_exercise_csv(athlete, athlete_client):
    name = "com.samsung.shealth.exercise.20240306101010.csv"
    preview = import_file(athlete_client, "runs", name, fixture("samsung_exercise.csv"))
    assert "Skipped exercises that are not runs: 1 cycling." in preview
    assert runs(athlete) == [(D(2024, 3, 5), 10.021, 3150, 151)]


def test_google_fit_takeout_daily_metrics_and_tcx(athlete, athlete_client):
    takeout = make_zip(
        {
            "Takeout/Fit/Daily activity metrics/Daily activity metrics.csv": fixture(
                "googlefit_daily_activity_metrics.csv"
            ),
            "Takeout/Fit/Activities/2024-03-05T07_12_00+01_00_PT52M30S_Running.tcx": fixture(
                "run.tcx"
            ),
        }
    )
    preview = import_file(athlete_client, "body", "takeout.zip", takeout)
    assert "Google Fit daily activity metrics" in preview
    assert "with problems" not in preview  # days without a weigh-in are simply passed over
    assert weights(athlete) == [(D(2024, 3, 4), 80.9), (D(2024, 3, 5), 80.45)]

    ImportBatch.objects.all().delete()
    preview = import_file(athlete_client, "runs", "takeout.zip", takeout)
    assert "ZIP: TCX" in preview
    assert RunEntry.objects.filter(user=athlete).count() == 1
