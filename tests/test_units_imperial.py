"""Pounds-and-miles people get every number in their units: height in feet and inches,
elevation in feet, protein per pound, goal examples in pounds."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tracker import units
from tracker.forms import GoalForm, RunForm
from tracker.models import RunEntry


@pytest.mark.parametrize(
    ("typed", "cm"),
    [
        ("5'10\"", 177.8),
        ("5' 10", 177.8),
        ("5 ft 10 in", 177.8),
        ("5’10”", 177.8),
        ("5 10", 177.8),
        ("6", 182.9),
        ("6ft", 182.9),
        ("70 in", 177.8),
        ('70"', 177.8),
        ("178 cm", 178.0),
        ("178", 178.0),
    ],
)
def test_height_as_people_type_it(typed, cm):
    assert round(units.parse_height_imperial(typed), 1) == cm


@pytest.mark.parametrize("typed", ["", "tall", "5'14", "5'10'10", "-5'"])
def test_height_that_is_not_a_height_says_how_to_type_it(typed):
    with pytest.raises(ValueError, match=r"5'10"):
        units.parse_height_imperial(typed)


def test_height_shown_in_whole_inches():
    assert units.format_height_imperial(177.8) == "5'10\""
    assert units.format_height_imperial(182.0) == "6'0\""


def _settings(**overrides):
    data = {
        "display_name": "Sam",
        "weight_unit": "lb",
        "distance_unit": "mi",
        "time_zone": "America/Chicago",
        "height_cm": "5'10\"",
    }
    return data | overrides


@pytest.fixture
def imperial(athlete):
    athlete.weight_unit, athlete.distance_unit = "lb", "mi"
    athlete.save()
    return athlete


def test_settings_take_and_show_height_in_feet_and_inches(imperial, athlete_client):
    page = athlete_client.get(reverse("settings")).content.decode()
    assert "Height (ft and in)" in page and "Height (cm)" not in page
    response = athlete_client.post(reverse("settings"), _settings())
    assert response.status_code == 302
    imperial.refresh_from_db()
    assert round(imperial.height_cm, 1) == 177.8
    assert 'value="5&#x27;10&quot;"' in athlete_client.get(reverse("settings")).content.decode()


def test_settings_height_errors_in_feet_and_save_nothing(imperial, athlete_client):
    response = athlete_client.post(reverse("settings"), _settings(height_cm="9'2\""))
    assert response.status_code == 200
    assert "Height must be between 3&#x27;3&quot; and 8&#x27;2&quot;." in response.content.decode()
    response = athlete_client.post(reverse("settings"), _settings(height_cm="five ten"))
    assert "Type your height like 5&#x27;10&quot;" in response.content.decode()
    imperial.refresh_from_db()
    assert imperial.height_cm is None and imperial.time_zone == "UTC"


def test_metric_settings_keep_centimetres(athlete, athlete_client):
    page = athlete_client.get(reverse("settings")).content.decode()
    assert "Height (cm)" in page


def test_elevation_in_feet_beside_miles(imperial):
    form = RunForm(
        {
            "distance": "3.1",
            "duration": "30:00",
            "day": imperial.local_today().isoformat(),
            "elevation_gain_m": "328",
        },
        user=imperial,
    )
    assert form.fields["elevation_gain_m"].label == "Elevation gain (ft)"
    assert form.is_valid(), form.errors
    run = form.save()
    assert round(run.elevation_gain_m, 1) == 100.0  # 328 ft
    edit = RunForm(instance=RunEntry.objects.get(pk=run.pk), user=imperial)
    assert edit.initial["elevation_gain_m"] == 328


def test_elevation_bound_in_feet(imperial):
    form = RunForm(
        {
            "distance": "3.1",
            "duration": "30:00",
            "day": imperial.local_today().isoformat(),
            "elevation_gain_m": "40000",
        },
        user=imperial,
    )
    assert not form.is_valid()
    assert form.errors["elevation_gain_m"] == ["Elevation gain must be between 0 and 32,808 ft."]


def test_goal_example_in_pounds(imperial, athlete_client):
    assert (
        "lose 10 lb by summer" in GoalForm(user=imperial).fields["text"].widget.attrs["placeholder"]
    )
    today = athlete_client.get(reverse("dashboard")).content.decode()
    assert "lose 10 lb by summer" in today and "lose 5 kg" not in today
