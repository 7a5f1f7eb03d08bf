"""Limits live in one place (tracker/bounds.py) and every message that names one takes its
numbers from there, in the person's units."""

from __future__ import annotations

import datetime as dt
import pathlib
import re

import pytest
from django.utils import translation

from tracker import bound_messages, bounds, units
from tracker.forms import ProteinAddForm, RunForm, WeightForm
from tracker.importers.common import RunRow, run_problems

ROOT = pathlib.Path(__file__).resolve().parent.parent


def test_bounds_show_in_the_persons_units():
    assert bounds.WEIGHT.shown(weight_unit="lb") == bounds.ShownBound("55.1", "771.6", "lb")
    assert bounds.RUN_DISTANCE.shown(distance_unit="mi") == bounds.ShownBound("0.06", "155.3", "mi")
    assert bounds.ELEVATION_GAIN.shown() == bounds.ShownBound("0", "10,000", "m")
    assert bounds.ELEVATION_GAIN.shown(distance_unit="mi") == bounds.ShownBound("0", "32,808", "ft")
    assert bounds.PACE.shown(distance_unit="mi").low == "4:01 /mi"
    assert bounds.CIRCUMFERENCE["neck"].shown(length_unit="in") == bounds.ShownBound(
        "7.9", "27.6", "in"
    )


def test_the_flat_names_read_the_bounds():
    assert (bounds.WEIGHT.low, bounds.WEIGHT.high) == (bounds.WEIGHT_MIN_KG, bounds.WEIGHT_MAX_KG)
    assert bounds.ELEVATION_GAIN_MAX_M == bounds.ELEVATION_GAIN.high == 10000
    assert bounds.CIRCUMFERENCE_CM["waist"] == (40.0, 250.0)


def test_every_range_message_belongs_to_a_bound():
    names = {b.name for b in vars(bounds).values() if isinstance(b, bounds.Bound)}
    assert set(bound_messages.OUT_OF_RANGE) <= names
    assert set(bound_messages.GOAL_TARGET) <= names


def test_plain_number():
    assert units.plain_number(80.0) == "80"
    assert units.plain_number(80.26) == "80.3"
    assert units.plain_number(10000, 0) == "10,000"
    assert units.plain_number(-0.01) == "0"


def test_no_limit_is_typed_into_a_message():
    """The numbers of a limit appear only in bounds.py: forms, views and importers take them
    from there (a changed bound changes every message)."""
    typed = re.compile(r"500 g|75 %|30 and 230|10,000 m|0–10,000|2:30 /km|36 hours\"")
    offenders = []
    for path in [*ROOT.glob("tracker/**/*.py"), *ROOT.glob("coaching/**/*.py")]:
        if path.name == "bounds.py" or "migrations" in path.parts:
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if typed.search(line) and not line.lstrip().startswith("#"):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, "\n".join(offenders)


def run_data(**extra):
    data = {"distance": "10", "duration": "50:00", "day": "2024-03-01"}
    data.update(extra)
    return data


@pytest.mark.django_db
def test_form_messages_use_the_persons_units(athlete):
    athlete.weight_unit, athlete.distance_unit = "lb", "mi"
    athlete.save()
    form = WeightForm({"weight": "800", "day": "2024-03-01"}, user=athlete)
    assert form.errors["weight"] == ["Weight must be between 55.1 and 771.6 lb."]
    # The elevation limit in feet beside miles (it was only ever given in metres before).
    form = RunForm(run_data(elevation_gain_m="40000"), user=athlete)
    assert form.errors["elevation_gain_m"] == ["Elevation gain must be between 0 and 32,808 ft."]
    form = RunForm(run_data(elevation_gain_m="32808"), user=athlete)
    assert form.is_valid(), form.errors


@pytest.mark.django_db
def test_protein_messages_name_the_daily_bound(athlete):
    form = ProteinAddForm({"grams": "501", "day": "2024-03-01"}, user=athlete)
    assert form.errors["grams"] == ["Add between 1 and 500 g."]


@pytest.mark.django_db
def test_messages_are_translated_when_they_are_rendered(athlete):
    """Messages are lazy: the language active when the form is shown decides, not the one at
    import time (a catalogue without the string falls back to English)."""
    form = RunForm(run_data(avg_heart_rate="20"), user=athlete)
    with translation.override("it"):
        assert form.errors["avg_heart_rate"] == [
            translation.gettext("Average heart rate must be between %(low)s and %(high)s %(unit)s.")
            % {"low": "30", "high": "230", "unit": "bpm"}
        ]


def run_row(**extra) -> RunRow:
    values = {"line": 2, "day": dt.date(2024, 3, 1), "distance_km": 10.0, "duration_s": 3000}
    values.update(extra)
    return RunRow(**values)


def test_importer_elevation_limit_comes_from_bounds():
    assert run_problems(run_row(elevation_gain_m=10000.0)) == []
    assert [p.english() for p in run_problems(run_row(elevation_gain_m=10001.0))] == [
        "elevation gain 10001 m is outside 0–10,000 m"
    ]


def test_importer_messages_in_the_files_distance_unit():
    problems = run_problems(run_row(distance_km=400.0, duration_s=40000), "mi")
    assert [p.english() for p in problems] == ["distance 248.55 mi is above the 155.3 mi limit"]
    problems = run_problems(run_row(distance_km=10.0, duration_s=1000), "mi")
    assert [p.english() for p in problems] == ["pace 2:41 /mi is faster than the 4:01 /mi limit"]
