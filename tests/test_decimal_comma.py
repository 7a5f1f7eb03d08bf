"""Decimal numbers typed the way each language writes them: "72,4" saves 72.4 for an Italian,
German, French, Spanish or Portuguese user, "72.4" keeps working, garbage gets a clear message."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from tests.conftest import client_for
from tracker.fields import LocalizedFloatField, parse_decimal
from tracker.forms import MeasurementLogForm, WeightForm
from tracker.models import BodyFatEntry, Measurement, ProteinEntry, RunEntry, WeightEntry

pytestmark = pytest.mark.django_db
COMMA_LANGUAGES = ["it", "de", "fr", "es", "pt"]


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("72,4", 72.4),
        ("72.4", 72.4),
        (" 72,4 ", 72.4),
        ("72", 72.0),
        (",5", 0.5),
        ("72,", 72.0),
        ("-3,5", -3.5),
        ("", None),
    ],
)
def test_parse_decimal_reads_comma_and_point(typed, value):
    assert parse_decimal(typed) == value


@pytest.mark.parametrize("typed", ["72,4,1", "1.234,5", "abc", "72 kg", "7 2,4.", "inf", "1e999"])
def test_parse_decimal_refuses_anything_else(typed):
    with pytest.raises(ValueError):
        parse_decimal(typed)


@pytest.mark.parametrize("language", COMMA_LANGUAGES)
def test_weight_typed_with_a_comma_saves_the_decimal(athlete, language):
    athlete.language = language
    athlete.save()
    response = client_for(athlete).post(
        reverse("quick_log", args=["weight"]),
        {"weight": "72,4", "day": athlete.local_today().isoformat()},
    )
    assert response.status_code == 302
    assert WeightEntry.objects.get(user=athlete).weight_kg == pytest.approx(72.4)


@pytest.mark.parametrize("language", ["en", *COMMA_LANGUAGES])
def test_weight_typed_with_a_point_still_works(athlete, language):
    athlete.language = language
    athlete.save()
    client_for(athlete).post(
        reverse("quick_log", args=["weight"]),
        {"weight": "72.4", "day": athlete.local_today().isoformat()},
    )
    assert WeightEntry.objects.get(user=athlete).weight_kg == pytest.approx(72.4)


def test_every_decimal_quick_log_accepts_a_comma(athlete):
    athlete.language = "it"
    athlete.save()
    client = client_for(athlete)
    day = athlete.local_today().isoformat()
    posts = {
        "body-fat": {"percent": "18,5", "method": "scale", "day": day},
        "runs": {"distance": "10,25", "duration": "50:00", "day": day},
        "protein": {"grams": "30,5", "day": day},
    }
    for metric, data in posts.items():
        assert client.post(reverse("quick_log", args=[metric]), data).status_code == 302, metric
    assert BodyFatEntry.objects.get(user=athlete).percent == pytest.approx(18.5)
    assert RunEntry.objects.get(user=athlete).distance_km == pytest.approx(10.25)
    assert ProteinEntry.objects.get(user=athlete).grams == pytest.approx(30.5)


def test_measurements_accept_a_comma(athlete):
    athlete.language = "de"
    athlete.save()
    response = client_for(athlete).post(
        "/measurements/", {"day": athlete.local_today().isoformat(), "waist": "84,5"}
    )
    assert response.status_code == 302
    assert Measurement.objects.get(user=athlete, site="waist").cm == pytest.approx(84.5)


def test_garbage_gets_a_clear_message_in_the_users_language(athlete):
    with translation.override("en"):
        form = WeightForm({"weight": "72,4,1", "day": athlete.local_today()}, user=athlete)
        assert not form.is_valid()
        assert form.errors["weight"] == ["Enter a number, such as 72.5."]
    assert not WeightEntry.objects.exists()


def test_the_example_in_the_message_uses_the_languages_separator(athlete):
    with translation.override("it"):
        form = WeightForm({"weight": "abc", "day": athlete.local_today()}, user=athlete)
        assert not form.is_valid()
        assert "72,5" in form.errors["weight"][0]


def test_inputs_are_decimal_text_fields_showing_the_languages_separator(athlete):
    field = LocalizedFloatField()
    with translation.override("it"):
        html = field.widget.render("weight", 72.4)
    assert 'type="text"' in html
    assert 'inputmode="decimal"' in html
    assert 'value="72,4"' in html
    with translation.override("en"):
        assert 'value="72.4"' in field.widget.render("weight", 72.4)


def test_the_decimal_forms_have_no_number_inputs(athlete):
    """type="number" is what turned "72,4" into 724: none of the decimal fields may use it."""
    for form in (MeasurementLogForm(user=athlete), WeightForm(user=athlete)):
        for bound in form:
            if isinstance(bound.field, LocalizedFloatField):
                assert 'type="text"' in str(bound), bound.name


def test_values_on_pages_use_the_languages_decimal_separator():
    from tracker.templatetags.wholebody import distance, elevation, signed, weight

    with translation.override("it"):
        assert distance(22.5) == "22,50 km"
        assert weight(72.44) == "72,4 kg"
        assert signed(-0.35) == "−0,3" or signed(-0.35) == "−0,4"
        assert elevation(1234) == "1.234 m"
    with translation.override("en"):
        assert distance(22.5) == "22.50 km"
        assert elevation(1234) == "1,234 m"
