"""Settings: year of birth, measured max heart rate and resting heart rate (the running dose).

Time is frozen on 1 June 2025, so the latest accepted year of birth is 2025 - 13 = 2012.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile

import pytest
import time_machine
from django.db import IntegrityError, transaction
from django.urls import reverse

from tracker.trends import MaxHeartRate

NOW = dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.UTC)
URL = "/settings/"

pytestmark = pytest.mark.usefixtures("frozen")


@pytest.fixture
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


def settings_data(**overrides: str) -> dict[str, str]:
    data = {
        "display_name": "Ana",
        "weight_unit": "kg",
        "distance_unit": "km",
        "time_zone": "UTC",
        "height_cm": "",
        "birth_year": "",
        "max_heart_rate": "",
        "resting_heart_rate": "",
    }
    data.update(overrides)
    return data


def test_url_is_the_settings_page():
    assert reverse("settings") == URL


def test_birth_year_gives_an_estimate_said_to_be_one(athlete, athlete_client):
    response = athlete_client.post(URL, settings_data(birth_year="1985"))
    assert response.status_code == 302
    athlete.refresh_from_db()
    assert athlete.birth_year == 1985
    # 2025 - 1985 = 40 -> 208 - 28 = 180 bpm
    assert athlete.max_heart_rate_for_dose(NOW.date()) == MaxHeartRate(180, estimated=True)
    page = athlete_client.get(URL).content.decode()
    assert "Max heart rate in use: 180 bpm, an estimate from your year of birth." in page


def test_measured_max_wins_and_resting_is_kept(athlete, athlete_client):
    response = athlete_client.post(
        URL, settings_data(birth_year="1985", max_heart_rate="192", resting_heart_rate="52")
    )
    assert response.status_code == 302
    athlete.refresh_from_db()
    assert (athlete.max_heart_rate, athlete.resting_heart_rate) == (192, 52)
    assert athlete.max_heart_rate_for_dose(NOW.date()) == MaxHeartRate(192, estimated=False)
    assert "Max heart rate in use: 192 bpm, measured." in athlete_client.get(URL).content.decode()


def test_without_either_the_page_says_what_to_add(athlete, athlete_client):
    page = athlete_client.get(URL).content.decode()
    assert "No max heart rate yet: add your year of birth or a measured value." in page


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("birth_year", "1919", "Year of birth must be between 1920 and 2012."),
        ("birth_year", "2013", "Year of birth must be between 1920 and 2012."),
        ("birth_year", "85", "Year of birth must be between 1920 and 2012."),
        ("birth_year", "nineteen", "Enter a whole number."),
        ("max_heart_rate", "99", "Max heart rate must be between 100 and 230 bpm."),
        ("max_heart_rate", "231", "Max heart rate must be between 100 and 230 bpm."),
        ("resting_heart_rate", "29", "Resting heart rate must be between 30 and 120 bpm."),
        ("resting_heart_rate", "121", "Resting heart rate must be between 30 and 120 bpm."),
        ("resting_heart_rate", "-5", "Resting heart rate must be between 30 and 120 bpm."),
    ],
)
def test_out_of_bounds_values_are_refused_with_a_clear_message(
    athlete, athlete_client, field, value, message
):
    # A valid change in the same post must not be saved either: nothing partial.
    response = athlete_client.post(URL, settings_data(weight_unit="lb", **{field: value}))
    assert response.status_code == 200
    assert message in response.content.decode()
    athlete.refresh_from_db()
    assert (athlete.weight_unit, getattr(athlete, field)) == ("kg", None)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("birth_year", "1920"),
        ("birth_year", "2012"),
        ("max_heart_rate", "100"),
        ("max_heart_rate", "230"),
        ("resting_heart_rate", "30"),
        ("resting_heart_rate", "99"),
    ],
)
def test_bounds_themselves_are_accepted(athlete, athlete_client, field, value):
    assert athlete_client.post(URL, settings_data(**{field: value})).status_code == 302
    athlete.refresh_from_db()
    assert getattr(athlete, field) == int(value)


def test_resting_must_be_below_max(athlete, athlete_client):
    response = athlete_client.post(
        URL, settings_data(max_heart_rate="110", resting_heart_rate="110")
    )
    assert "Resting heart rate must be below your max heart rate (110 bpm)." in (
        response.content.decode()
    )
    athlete.refresh_from_db()
    assert (athlete.max_heart_rate, athlete.resting_heart_rate) == (None, None)


def test_database_refuses_out_of_bounds_values(athlete):
    athlete.max_heart_rate = 300
    with pytest.raises(IntegrityError), transaction.atomic():
        athlete.save()


def test_full_export_carries_the_heart_rate_settings(athlete, athlete_client):
    athlete_client.post(URL, settings_data(birth_year="1985", max_heart_rate="188"))
    archive = zipfile.ZipFile(io.BytesIO(athlete_client.get("/data/export/").content))
    profile = json.loads(archive.read("wholebody.json"))["profile"]
    assert (profile["birth_year"], profile["max_heart_rate_bpm"]) == (1985, 188)
    assert profile["resting_heart_rate_bpm"] is None
