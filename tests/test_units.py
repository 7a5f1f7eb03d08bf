"""Unit conversion between stored metric values and display units, and duration parsing."""

from __future__ import annotations

import pytest

from tracker import units


@pytest.mark.parametrize("kg", [25.0, 55.5, 80.0, 123.456, 350.0])
def test_kg_lb_round_trip(kg):
    shown = units.kg_to_display(kg, "lb")
    assert units.display_to_kg(shown, "lb") == pytest.approx(kg, abs=1e-9)


def test_kg_to_lb_known_values():
    assert units.kg_to_display(80, "lb") == pytest.approx(176.3698, abs=1e-4)
    assert units.display_to_kg(100, "lb") == pytest.approx(45.359237)
    # One pound is exactly 0.45359237 kg by definition.
    assert units.display_to_kg(1, "lb") == 0.45359237


def test_kg_unit_is_identity():
    assert units.kg_to_display(80.3, "kg") == 80.3
    assert units.display_to_kg(80.3, "kg") == 80.3


@pytest.mark.parametrize("km", [0.1, 5.0, 10.0, 42.195, 250.0])
def test_km_mi_round_trip(km):
    shown = units.km_to_display(km, "mi")
    assert units.display_to_km(shown, "mi") == pytest.approx(km, abs=1e-9)


def test_km_to_mi_known_values():
    assert units.km_to_display(1.609344, "mi") == pytest.approx(1.0)
    assert units.display_to_km(26.2188, "mi") == pytest.approx(42.195, abs=1e-3)
    assert units.km_to_display(10, "km") == 10
    assert units.display_to_km(10, "km") == 10


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("45", 2700),
        ("45.5", 2730),
        ("45,5", 2730),
        ("45:30", 2730),
        ("1:02:15", 3735),
        ("0:59", 59),
        (" 25:00 ", 1500),
        ("36:00:00", 129600),
        ("1:00:30.4", 3630),
    ],
)
def test_parse_duration(text, seconds):
    assert units.parse_duration(text) == seconds


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Enter a duration"),
        ("   ", "Enter a duration"),
        ("1:75", "Minutes and seconds must be between 0 and 59."),
        ("1:60:00", "Minutes and seconds must be between 0 and 59."),
        ("abc", "Use h:mm:ss or mm:ss"),
        ("::", "Use h:mm:ss or mm:ss"),
        ("1::", "Use h:mm:ss or mm:ss"),
        ("1:2:3:4", "Use h:mm:ss or mm:ss"),
        ("1.5:30", "Use h:mm:ss or mm:ss"),
        ("-5", "A duration can't be negative."),
        ("-1:30", "A duration can't be negative."),
        ("1:00:-1", "A duration can't be negative."),
        ("nan", "Use h:mm:ss or mm:ss"),
        ("inf", "Use h:mm:ss or mm:ss"),
        ("1e309", "Use h:mm:ss or mm:ss"),
        ("1:00:nan", "Use h:mm:ss or mm:ss"),
        ("1:00:inf", "Use h:mm:ss or mm:ss"),
        ("1e308", "far too long"),
        ("9" * 400 + ":00", "far too long"),
    ],
)
def test_parse_duration_rejects_malformed(text, message):
    with pytest.raises(ValueError, match=message):
        units.parse_duration(text)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0:00"),
        (59, "0:59"),
        (60, "1:00"),
        (2730, "45:30"),
        (3599.6, "1:00:00"),
        (3735, "1:02:15"),
        (129600, "36:00:00"),
    ],
)
def test_format_duration(seconds, text):
    assert units.format_duration(seconds) == text


@pytest.mark.parametrize("seconds", [60, 2730, 3735, 86399, 129600])
def test_duration_round_trip(seconds):
    assert units.parse_duration(units.format_duration(seconds)) == seconds


def test_format_pace():
    assert units.format_pace(300, "km") == "5:00 /km"
    # 5:00 /km is 8:03 /mi (300 × 1.609344 = 482.8 s).
    assert units.format_pace(300, "mi") == "8:03 /mi"
    assert units.format_pace(150, "km") == "2:30 /km"
    assert units.format_pace(1800, "km") == "30:00 /km"
