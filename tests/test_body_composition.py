"""Tests for tracker.body_composition against hand-computed values (arithmetic in the comments).

Pure functions: no database and no Django import.
"""

import math
from datetime import date, timedelta

import pytest

from tracker import trends
from tracker.body_composition import (
    READING_ALPHA_MAX,
    TYPICAL_ERROR_PCT,
    analyse_body_fat,
    navy_body_fat,
    primary_method,
    reading_alpha,
    reading_trend,
    series_by_method,
)

D0 = date(2024, 3, 4)


def day(n: int) -> date:
    return D0 + timedelta(days=n)


# --- Per-reading smoothing ----------------------------------------------------------------------


def test_weekly_series_gives_each_reading_a_third_not_half():
    # 25, 25, 25 then 31 a week apart. alpha = min(1 - 0.9^7, 1/3) = min(0.522, 0.333) = 1/3.
    # Trend after the outlier: 25 + (31 - 25) / 3 = 27.0 (the day-based rule gave 28.13).
    daily = [(day(0), 25.0), (day(7), 25.0), (day(14), 25.0), (day(21), 31.0)]
    trend = reading_trend(daily)
    assert [p.value for p in trend] == pytest.approx([25.0, 25.0, 25.0, 27.0])
    old = trends.trend_series(daily)
    assert old[-1][1] == pytest.approx(25 + (1 - 0.9**7) * 6)  # 28.13: the bug in the issue


def test_one_outlier_in_a_weekly_series_moves_the_trend_by_at_most_a_third():
    # Whatever the gap - a week, a fortnight (old rule: 77 %), two months - one reading moves
    # the trend by at most a third of its deviation.
    for gap in (7, 14, 30, 60):
        trend = reading_trend([(day(0), 22.0), (day(gap), 28.0)])
        assert trend[-1].value - 22.0 <= 6.0 / 3 + 1e-9


def test_daily_readings_keep_ten_percent_per_day():
    # 20 then 21 the next day: 20 + 0.1 * 1 = 20.1; then 19 two days later:
    # alpha = 1 - 0.81 = 0.19 -> 20.1 + 0.19 * (19 - 20.1) = 19.891.
    trend = reading_trend([(day(0), 20.0), (day(1), 21.0), (day(3), 19.0)])
    assert [p.value for p in trend] == pytest.approx([20.0, 20.1, 19.891])


def test_irregular_readings_use_the_gap_until_the_cap():
    # Gaps 3, 1, 10 days. alpha: 1-0.9^3 = 0.271; 0.1; min(1-0.9^10 = 0.651, 1/3) = 1/3.
    # 20 -> 20 + 0.271*3 = 20.813 -> 20.813 + 0.1*(20 - 20.813) = 20.7317
    #    -> 20.7317 + (23 - 20.7317)/3 = 21.4878
    daily = [(day(0), 20.0), (day(3), 23.0), (day(4), 20.0), (day(14), 23.0)]
    trend = reading_trend(daily)
    assert [p.value for p in trend] == pytest.approx([20.0, 20.813, 20.7317, 21.48780], abs=1e-4)
    assert reading_alpha(3) == pytest.approx(0.271)
    assert reading_alpha(10) == READING_ALPHA_MAX


def test_band_shrinks_with_readings_from_the_methods_typical_error():
    # s = 4 (scale). S: 1 -> (2/3)^2 + (1/3)^2 = 5/9 -> (4/9)(5/9) + 1/9 = 29/81
    #   -> (4/9)(29/81) + 1/9 = 197/729. Band = 4 * sqrt(S): 4.0, 2.981, 2.393, 2.079.
    daily = [(day(7 * n), 25.0) for n in range(4)]
    bands = [p.band for p in reading_trend(daily, TYPICAL_ERROR_PCT["scale"])]
    expected = [4.0, 4 * math.sqrt(5 / 9), 4 * math.sqrt(29 / 81), 4 * math.sqrt(197 / 729)]
    assert bands == pytest.approx(expected)
    # Steady state of a weekly series: S = alpha / (2 - alpha) = 1/5 -> band 4/sqrt(5) = 1.79.
    many = reading_trend([(day(7 * n), 25.0) for n in range(60)], 4.0)
    assert many[-1].band == pytest.approx(4 / math.sqrt(5))
    # A DEXA band is half a scale band with the same readings (2 vs 4 points per reading).
    dexa = reading_trend(daily, TYPICAL_ERROR_PCT["dexa"])
    assert dexa[-1].band == pytest.approx(bands[-1] / 2)


# --- Methods are never blended ------------------------------------------------------------------


def test_methods_stay_apart_and_same_day_readings_of_one_method_average():
    readings = [
        (day(0), 25.0, "scale"),
        (day(0), 26.0, "scale"),
        (day(0), 19.5, "dexa"),
        (day(7), 24.0, "scale"),
    ]
    assert series_by_method(readings) == {
        "scale": [(day(0), 25.5), (day(7), 24.0)],
        "dexa": [(day(0), 19.5)],
    }


def test_a_dexa_scan_on_a_scale_day_does_not_move_the_scale_trend():
    # The example: weekly scale readings, then one DEXA of 19.5 on a day with a 25.2
    # scale reading. The primary (scale) trend must be exactly what it is without the scan.
    scale = [(day(7 * n), 25.2, "scale") for n in range(8)]
    as_of = day(49)
    without = analyse_body_fat(scale, as_of)
    with_dexa = analyse_body_fat([*scale, (day(49), 19.5, "dexa")], as_of)
    assert with_dexa.primary == "scale"
    assert with_dexa.trend == without.trend
    assert with_dexa.latest.value == pytest.approx(25.2)
    assert with_dexa.others == ["dexa"]
    assert with_dexa.by_method["dexa"] == [(day(49), 19.5)]


def test_primary_method_is_the_setting_else_most_readings_in_90_days():
    as_of = day(200)
    readings = [(day(200 - 7 * n), 25.0, "scale") for n in range(5)]  # 5 in the window
    readings += [(day(200 - 3 * n), 20.0, "calipers") for n in range(3)]  # 3, more recent
    readings += [(day(n), 19.0, "dexa") for n in range(10)]  # 10, but long ago
    assert primary_method(readings, as_of) == "scale"
    assert primary_method(readings, as_of, preferred="dexa") == "dexa"
    # A tie in the window goes to the method read most recently.
    tie = [(day(100), 25.0, "scale"), (day(110), 20.0, "calipers")]
    assert primary_method(tie, as_of) == "calipers"
    # Same count, same last day: the more precise method.
    same = [(day(100), 25.0, "scale"), (day(100), 20.0, "dexa")]
    assert primary_method(same, as_of) == "dexa"
    # Nothing in 90 days: the method with the most readings overall is still the newest-ranked.
    assert primary_method([(day(0), 25.0, "scale")], as_of) == "scale"
    assert primary_method([], as_of) is None


def test_a_chosen_method_without_readings_says_so_instead_of_falling_back():
    analysis = analyse_body_fat([(day(0), 25.0, "scale")], day(1), preferred="dexa")
    assert analysis.primary == "dexa"
    assert analysis.trend == []
    assert not analysis.ready
    assert "DEXA scan readings in 6 weeks (you have 0)" in analysis.not_ready_reason


def test_split_needs_three_primary_readings_in_six_weeks():
    two = [(day(0), 25.0, "scale"), (day(20), 24.0, "scale")]
    analysis = analyse_body_fat(two, day(30))
    assert not analysis.ready
    assert analysis.composition_trend == []
    assert "need 3 smart scale readings in 6 weeks (you have 2)" in (analysis.not_ready_reason)
    three = [*two, (day(30), 24.0, "scale")]
    assert analyse_body_fat(three, day(30)).ready
    # Day 0 falls out of the 42-day window on day 42 (window = days 1..42).
    assert analyse_body_fat(three, day(41)).ready
    assert not analyse_body_fat(three, day(42)).ready
    # Other methods never count towards the primary's readings.
    mixed = [*two, (day(30), 19.0, "dexa")]
    assert not analyse_body_fat(mixed, day(30)).ready


def test_readings_without_a_method_are_one_series():
    analysis = analyse_body_fat([(day(0), 25.0), (day(7), 25.0)], day(7))
    assert analysis.primary == "other"
    assert len(analysis.trend) == 2


# --- Summary and energy balance use only the primary series -------------------------------------


def _weights(days: int, start: float = 80.0, per_day: float = -0.05):
    return [(day(n), start + per_day * n) for n in range(days)]


def test_summary_ignores_a_dexa_scan_and_keeps_fat_and_lean_steady():
    weights = _weights(56)
    scale = [(day(7 * n), 25.2, "scale") for n in range(8)]
    as_of = day(55)
    before = trends.progress_summary(weights, scale, [], [], as_of)
    after = trends.progress_summary(weights, [*scale, (day(49), 19.5, "dexa")], [], [], as_of)
    assert after.fat_kg == pytest.approx(before.fat_kg)
    assert after.lean_kg == pytest.approx(before.lean_kg)
    assert after.energy.kcal_per_day == pytest.approx(before.energy.kcal_per_day)
    assert after.energy.basis == trends.BASIS_COMPOSITION
    assert after.body_fat.others == ["dexa"]


def test_summary_falls_back_to_weight_only_with_too_few_readings():
    weights = _weights(56)
    sparse = [(day(20), 25.0, "scale"), (day(50), 24.0, "scale")]
    summary = trends.progress_summary(weights, sparse, [], [], day(55))
    assert summary.fat_kg is None and summary.lean_kg is None
    assert summary.energy.basis == trends.BASIS_WEIGHT_ONLY
    # 28-day slope of a straight -0.05 kg/day trend: -0.05 * 7700 = -385 kcal/day.
    assert summary.energy.kcal_per_day == pytest.approx(-385, abs=15)
    assert "you have 2" in summary.body_fat.not_ready_reason


# --- US Navy estimate ---------------------------------------------------------------------------


def test_navy_men():
    # Height 180, neck 38, waist 85: log10(47) = 1.672098, log10(180) = 2.255273.
    # density = 1.0324 - 0.19077*1.672098 + 0.15456*2.255273 = 1.0324 - 0.318986 + 0.348575
    #         = 1.061989; % = 495 / 1.061989 - 450 = 16.11.
    estimate = navy_body_fat(sex="male", height_cm=180, neck_cm=38, waist_cm=85)
    assert estimate.percent == pytest.approx(16.11, abs=0.01)
    assert estimate.standard_error == 3.52


def test_navy_women():
    # Height 165, neck 32, waist 70, hips 98: log10(136) = 2.133539, log10(165) = 2.217484.
    # density = 1.29579 - 0.35004*2.133539 + 0.22100*2.217484 = 1.29579 - 0.746824 + 0.490064
    #         = 1.039030; % = 495 / 1.039030 - 450 = 26.41.
    estimate = navy_body_fat(sex="female", height_cm=165, neck_cm=32, waist_cm=70, hips_cm=98)
    assert estimate.percent == pytest.approx(26.41, abs=0.01)
    assert "±3.7 points" in estimate.error_text


def test_navy_refuses_what_it_cannot_compute():
    with pytest.raises(ValueError, match="hips"):
        navy_body_fat(sex="female", height_cm=165, neck_cm=32, waist_cm=70)
    with pytest.raises(ValueError, match="larger than the neck"):
        navy_body_fat(sex="male", height_cm=180, neck_cm=40, waist_cm=40)
    with pytest.raises(ValueError, match="sex"):
        navy_body_fat(sex="", height_cm=180, neck_cm=38, waist_cm=85)
