"""The export ZIP: its files, metric units, formula escaping, the coach's CSV export, and the
round trip (export, delete, import the export back: identical data)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from coaching.models import CoachingLink
from tests.conftest import client_for
from tracker.exporters import spreadsheet_safe
from tracker.models import BodyFatEntry, Goal, ImportBatch, ProteinEntry, RunEntry, WeightEntry

pytestmark = pytest.mark.django_db

DAY = dt.date(2024, 3, 1)


def unzip(response) -> dict[str, str]:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        return {name: archive.read(name).decode("utf-8-sig") for name in archive.namelist()}


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


@pytest.fixture
def data(athlete):
    athlete.weight_unit = "lb"
    athlete.time_zone = "Europe/Rome"
    athlete.save()
    WeightEntry.objects.create(user=athlete, day=DAY, weight_kg=72.5747792)  # 160 lb
    WeightEntry.objects.create(user=athlete, day=DAY, weight_kg=72.9)  # two weigh-ins a day
    WeightEntry.objects.create(user=athlete, day=DAY + dt.timedelta(days=1), weight_kg=72.4)
    BodyFatEntry.objects.create(user=athlete, day=DAY, percent=21.5, method="calipers")
    BodyFatEntry.objects.create(user=athlete, day=DAY + dt.timedelta(days=2), percent=21.1)
    RunEntry.objects.create(
        user=athlete,
        day=DAY,
        distance_km=5.02,
        duration_s=1650,
        avg_heart_rate=150,
        elevation_gain_m=42.5,
        effort=6,
        note='=HYPERLINK("http://evil")',
    )
    RunEntry.objects.create(
        user=athlete,
        day=DAY + dt.timedelta(days=2),
        distance_km=12.3,
        duration_s=4000,
        note="-10 s/km negative split, @home, +hills; “quotes”, commas",
        source="file",
        external_id="strava:123",
    )
    ProteinEntry.objects.create(user=athlete, day=DAY, grams=142.5)
    ProteinEntry.objects.create(user=athlete, day=DAY + dt.timedelta(days=1), grams=0)
    Goal.objects.create(
        user=athlete, text="@SUM(1+1) run a sub-25 5k", target_kind="run", target_value=5
    )
    return athlete


def test_export_zip_has_a_csv_per_metric_json_and_a_units_note(data, athlete_client):
    response = athlete_client.get("/data/export/")
    assert "attachment;" in response["Content-Disposition"]
    assert response["Cache-Control"] == "private, no-store"
    files = unzip(response)
    assert sorted(files) == [
        "README.txt",
        "body_fat.csv",
        "goals.csv",
        "measurements.csv",
        "protein.csv",
        "runs.csv",
        "weights.csv",
        "wholebody.json",
    ]
    assert "All values are in metric units" in files["README.txt"]
    assert "Europe/Rome" in files["README.txt"]
    # Metric, whatever the athlete's display unit (lb here).
    assert rows(files["weights.csv"]) == [
        ["date", "weight_kg"],
        ["2024-03-01", "72.5747792"],
        ["2024-03-01", "72.9"],
        ["2024-03-02", "72.4"],
    ]
    assert rows(files["protein.csv"])[1:] == [["2024-03-01", "142.5"], ["2024-03-02", "0.0"]]
    document = json.loads(files["wholebody.json"])
    assert document["units"]["weight"] == "kg"
    assert document["profile"]["email"] == "ana@example.com"
    assert len(document["weights"]) == 3 and len(document["runs"]) == 2
    assert document["goals"][0]["text"] == "@SUM(1+1) run a sub-25 5k"  # JSON is data, raw


def test_formula_cells_are_escaped(data, athlete_client):
    files = unzip(athlete_client.get("/data/export/"))
    runs = rows(files["runs.csv"])
    assert runs[1][6] == '\'=HYPERLINK("http://evil")'
    assert runs[2][6].startswith("'-10 s/km")
    assert rows(files["goals.csv"])[1][0] == "'@SUM(1+1) run a sub-25 5k"
    for name, text in files.items():
        if name.endswith(".csv"):
            for row in rows(text):
                for value in row:
                    assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (name, value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@a", "'@a"),
        ("\tx", "'\tx"),
        ("plain", "plain"),
        (-5.0, -5.0),  # numbers stay numbers
        (None, None),
    ],
)
def test_spreadsheet_safe(value, expected):
    assert spreadsheet_safe(value) == expected


def _import(client, kind: str, name: str, text: str) -> None:
    file = SimpleUploadedFile(name, text.encode("utf-8-sig"))
    response = client.post(f"/data/import/{kind}/", {"file": file})
    assert response.status_code == 302, response.content.decode()[:3000]
    batch = ImportBatch.objects.get(pk=int(response["Location"].rstrip("/").split("/")[-1]))
    assert batch.payload["problem_count"] == 0, batch.payload["problems"]
    assert client.post(f"/data/import/{kind}/{batch.pk}/confirm/").status_code == 302


def _snapshot(user) -> dict[str, list]:
    return {
        "weights": sorted(WeightEntry.objects.filter(user=user).values_list("day", "weight_kg")),
        "body_fat": sorted(
            BodyFatEntry.objects.filter(user=user).values_list("day", "percent", "method")
        ),
        "runs": sorted(
            RunEntry.objects.filter(user=user).values_list(
                "day",
                "distance_km",
                "duration_s",
                "avg_heart_rate",
                "elevation_gain_m",
                "effort",
                "note",
                "source",
                "external_id",
            )
        ),
        "protein": sorted(ProteinEntry.objects.filter(user=user).values_list("day", "grams")),
    }


def test_round_trip_export_delete_import_gives_identical_data(data, athlete_client):
    before = _snapshot(data)
    files = unzip(athlete_client.get("/data/export/"))
    for model in (WeightEntry, BodyFatEntry, RunEntry, ProteinEntry):
        model.objects.filter(user=data).delete()
    _import(athlete_client, "body", "weights.csv", files["weights.csv"])
    _import(athlete_client, "body", "body_fat.csv", files["body_fat.csv"])
    _import(athlete_client, "runs", "runs.csv", files["runs.csv"])
    _import(athlete_client, "protein", "protein.csv", files["protein.csv"])
    after = _snapshot(data)
    # Two identical weigh-ins on a day would merge; this data has none, so all must survive.
    assert after == before
    # And importing the export a second time adds nothing.
    for kind, name in (("body", "weights.csv"), ("runs", "runs.csv"), ("protein", "protein.csv")):
        _import(athlete_client, kind, name, files[name])
    assert _snapshot(data) == before


def test_export_query_count_does_not_grow_with_entries(data, athlete_client):
    with CaptureQueriesContext(connection) as few:
        athlete_client.get("/data/export/")
    for i in range(30):
        WeightEntry.objects.create(user=data, day=DAY - dt.timedelta(days=i + 1), weight_kg=80)
        RunEntry.objects.create(
            user=data, day=DAY - dt.timedelta(days=i + 1), distance_km=5, duration_s=1800
        )
    with CaptureQueriesContext(connection) as many:
        athlete_client.get("/data/export/")
    assert len(many) == len(few)


def test_active_coach_gets_the_clients_csvs_only(data, coach_user, other_athlete):
    link = CoachingLink.objects.create(coach=coach_user, athlete=data)
    coach = client_for(coach_user)
    files = unzip(coach.get(f"/coach/clients/{data.pk}/export/"))
    assert "wholebody.json" not in files  # the account itself (email, ...) stays private
    assert "weights.csv" in files and "72.5747792" in files["weights.csv"]
    assert (
        "wholebody-ana-export"
        in coach.get(f"/coach/clients/{data.pk}/export/")["Content-Disposition"]
    )
    # Nobody else: a stranger, the athlete at the coach URL, and the coach once the link ends.
    assert client_for(other_athlete).get(f"/coach/clients/{data.pk}/export/").status_code == 404
    assert client_for(data).get(f"/coach/clients/{data.pk}/export/").status_code == 404
    link.ended_at = dt.datetime.now(dt.UTC)
    link.save()
    assert coach.get(f"/coach/clients/{data.pk}/export/").status_code == 404


def test_export_of_an_empty_account_is_headers_only(athlete_client):
    files = unzip(athlete_client.get("/data/export/"))
    assert rows(files["runs.csv"]) == [
        [
            "date",
            "distance_km",
            "duration_s",
            "avg_heart_rate",
            "elevation_gain_m",
            "effort",
            "note",
            "source",
            "external_id",
        ]
    ]
