"""Tests for tracker.trends against hand-computed values (arithmetic in the comments).

Pure functions: no database and no Django import. Run with
``.venv/bin/python -m pytest tests/test_trends.py -p no:django``.
"""

import random
import time
from datetime import date, timedelta

import pytest

from tracker import trends
from tracker.trends import (
    BASIS_COMPOSITION,
    BASIS_WEIGHT_ONLY,
    AcuteChronic,
    RunPoint,
    acute_chronic_ratio,
    clip_series,
    composition_series,
    daily_means,
    daily_trend,
    energy_balance,
    longest_run,
    pace_trend,
    progress_summary,
    protein_average,
    protein_g_per_kg_series,
    protein_status,
    rate_status,
    running_energy_kcal,
    trend_at,
    trend_series,
    week_start,
    weekly_distance_km,
    weight_rate,
)

D0 = date(2024, 1, 1)  # a Monday


def day(n: int) -> date:
    return D0 + timedelta(days=n)


def approx(value: float, tol: float = 1e-9):
    """Floats equal to `value` within an absolute tolerance (hand arithmetic vs binary floats)."""
    return pytest.approx(value, abs=tol)


# --- trend_series -------------------------------------------------------------------------------


def test_empty_input_gives_empty_series():
    assert trend_series([]) == []
    assert daily_means([]) == []


def test_one_point_seeds_the_trend():
    assert trend_series([(D0, 80.0)]) == [(D0, 80.0)]


def test_several_weigh_ins_on_one_day_use_the_daily_mean():
    points = [(day(0), 80.0), (day(0), 81.0), (day(1), 82.0)]
    # day 0 mean = (80 + 81) / 2 = 80.5
    assert daily_means(points) == [(day(0), 80.5), (day(1), 82.0)]
    # day 1: 80.5 + 0.1 * (82 - 80.5) = 80.65
    result = trend_series(points)
    assert result[0] == (day(0), 80.5)
    assert result[1][0] == day(1)
    assert result[1][1] == approx(80.65)


def test_daily_means_of_three_readings():
    # (79 + 80 + 84) / 3 = 81
    assert daily_means([(D0, 79.0), (D0, 80.0), (D0, 84.0)]) == [(D0, 81.0)]


def test_gap_uses_the_gap_exponent():
    # 3 days later: factor 1 - 0.9^3 = 1 - 0.729 = 0.271; 80 + 0.271 * (70 - 80) = 77.29
    result = trend_series([(day(0), 80.0), (day(3), 70.0)])
    assert result[1] == (day(3), approx(77.29))


def test_long_gap_moves_the_trend_almost_all_the_way():
    # 30 days: factor 1 - 0.9^30 = 1 - 0.0423912 = 0.9576088; 80 + 0.9576088 * -10 = 70.423912
    result = trend_series([(day(0), 80.0), (day(30), 70.0)])
    assert result[1][1] == approx(70.423912, tol=1e-6)


def test_unsorted_input_gives_the_same_series():
    points = [(day(0), 80.0), (day(1), 81.0), (day(1), 79.0), (day(4), 78.0), (day(2), 82.0)]
    shuffled = list(points)
    random.Random(7).shuffle(shuffled)
    shuffled.reverse()
    assert trend_series(shuffled) == trend_series(points)
    # by hand: d0 80; d1 mean 80 -> 80; d2 80 + 0.1*(82-80) = 80.2;
    # d4 gap 2: 1 - 0.81 = 0.19 -> 80.2 + 0.19 * (78 - 80.2) = 80.2 - 0.418 = 79.782
    assert [round(t, 6) for _, t in trend_series(shuffled)] == [80.0, 80.0, 80.2, 79.782]


def test_single_absurd_outlier_barely_moves_the_trend_and_decays():
    points = [(day(n), 80.0) for n in range(10)]
    points.append((day(10), 120.0))
    points += [(day(n), 80.0) for n in range(11, 31)]
    result = dict(trend_series(points))
    assert result[day(9)] == 80.0
    # 80 + 0.1 * (120 - 80) = 84: a 40 kg typo moves the trend by 4 kg
    assert result[day(10)] == approx(84.0)
    # then the excess decays by 0.9 a day: 80 + 4 * 0.9 = 83.6, 80 + 4 * 0.81 = 83.24
    assert result[day(11)] == approx(83.6)
    assert result[day(12)] == approx(83.24)
    # 20 days after: 80 + 4 * 0.9^20 = 80 + 4 * 0.1215767 = 80.4863066
    assert result[day(30)] == approx(80.4863066, tol=1e-6)


def test_custom_smoothing_and_invalid_smoothing():
    # smoothing 0.5: 80 + 0.5 * (90 - 80) = 85; gap 2: 1 - 0.5^2 = 0.75 -> 85 + 0.75 * 15 = 96.25
    result = trend_series([(day(0), 80.0), (day(1), 90.0), (day(3), 100.0)], smoothing=0.5)
    assert [t for _, t in result] == [80.0, 85.0, 96.25]
    with pytest.raises(ValueError):
        trend_series([(D0, 80.0)], smoothing=0)
    with pytest.raises(ValueError):
        trend_series([(D0, 80.0)], smoothing=1.5)


def _reference_daily_means(points):
    """The straightforward daily mean: a sum and a count per day, adding in the given order."""
    sums, counts = {}, {}
    for d, value in points:
        sums[d] = sums.get(d, 0.0) + value
        counts[d] = counts.get(d, 0) + 1
    return [(d, sums[d] / counts[d]) for d in sorted(sums)]


def _reference_trend(daily, smoothing=0.1):
    """The smoothing as the formula reads: 1 - (1 - smoothing) ** gap towards each new day."""
    result, trend, previous = [], 0.0, None
    for d, value in daily:
        if previous is None:
            trend = value
        else:
            trend += (1.0 - (1.0 - smoothing) ** (d - previous).days) * (value - trend)
        result.append((d, trend))
        previous = d
    return result


@pytest.mark.parametrize("seed", range(20))
def test_fast_daily_means_and_trend_give_the_straightforward_numbers(seed):
    # Exact equality: Progress, the client page and the stored summaries must agree to the
    # last digit, and float sums depend on their order (0.1 + 0.2 + 0.3 != 0.3 + 0.2 + 0.1).
    rng = random.Random(seed)
    points = [
        (day(rng.choice([0, 1, 2, 3, 5, 9, 40, 41, 300])), rng.choice([0.1, 0.2, 0.3, 80.05]))
        for _ in range(rng.randrange(0, 60))
    ] + [(day(n), 70.0 + rng.random()) for n in range(rng.randrange(0, 400)) if rng.random() < 0.7]
    rng.shuffle(points)
    daily = _reference_daily_means(points)
    assert daily_means(points) == daily
    assert trend_series(points) == _reference_trend(daily)
    assert daily_trend(daily_means(points)) == trend_series(points)
    assert daily_trend(daily, smoothing=0.5) == _reference_trend(daily, smoothing=0.5)
    # Protein adds a day's entries up in the same order.
    weights = trend_series([(day(0), 80.0), (day(100), 75.0)])
    assert protein_g_per_kg_series(points, weights) == [
        (d, total / (80.0 if d < day(100) else weights[-1][1]))
        for d, total in (
            (d, sum((value for dd, value in points if dd == d), 0.0))
            for d in sorted({d for d, _ in points})
        )
    ]


def test_week_start_for_every_day_of_the_week():
    for n in range(-400, 400):
        d = D0 + timedelta(days=n)
        assert week_start(d) == d - timedelta(days=d.weekday())
        assert week_start(d).weekday() == 0 and 0 <= (d - week_start(d)).days < 7


def test_trend_at_carries_the_last_value_forward():
    series = [(day(0), 80.0), (day(3), 79.0)]
    assert trend_at(series, day(-1)) is None
    assert trend_at(series, day(0)) == 80.0
    assert trend_at(series, day(2)) == 80.0
    assert trend_at(series, day(3)) == 79.0
    assert trend_at(series, day(30)) == 79.0
    assert trend_at([], day(0)) is None


def test_clip_series_is_inclusive_and_open_ended():
    series = [(day(n), float(n)) for n in range(10)]
    assert clip_series(series, day(3), day(5)) == [(day(3), 3.0), (day(4), 4.0), (day(5), 5.0)]
    assert clip_series(series, None, day(1)) == [(day(0), 0.0), (day(1), 1.0)]
    assert clip_series(series, day(8)) == [(day(8), 8.0), (day(9), 9.0)]
    assert clip_series([], day(0), day(1)) == []


# --- Fat and lean mass --------------------------------------------------------------------------


def test_composition_carries_body_fat_forward_and_does_not_extrapolate_back():
    weight_trend = [(day(0), 80.0), (day(7), 79.0), (day(14), 78.0)]
    body_fat_trend = [(day(5), 25.0), (day(12), 24.0)]
    rows = composition_series(weight_trend, body_fat_trend)
    # day 0 is before the first body-fat reading: left out.
    assert [row[0] for row in rows] == [day(7), day(14)]
    # day 7: 79 * 25 / 100 = 19.75 fat, 79 - 19.75 = 59.25 lean
    assert rows[0][1] == approx(19.75)
    assert rows[0][2] == approx(59.25)
    # day 14: 78 * 24 / 100 = 18.72 fat, 78 - 18.72 = 59.28 lean
    assert rows[1][1] == approx(18.72)
    assert rows[1][2] == approx(59.28)


def test_composition_without_body_fat_is_empty():
    assert composition_series([(day(0), 80.0)], []) == []
    assert composition_series([], [(day(0), 20.0)]) == []


# --- Rate ---------------------------------------------------------------------------------------


def linear(start_day: int, days: int, start_kg: float, kg_per_day: float):
    return [(day(start_day + n), start_kg + kg_per_day * n) for n in range(days)]


def test_rate_of_a_linear_trend():
    # 28 days from 80.0 falling 0.1 kg/day: slope -0.1 * 7 = -0.7 kg/week;
    # current trend 80 - 0.1 * 27 = 77.3 kg; -0.7 / 77.3 * 100 = -0.905563 %/week -> in band
    rate = weight_rate(linear(0, 28, 80.0, -0.1))
    assert rate is not None
    assert rate.kg_per_week == approx(-0.7)
    assert rate.trend_weight_kg == approx(77.3)
    assert rate.pct_per_week == approx(-0.905563, tol=1e-6)
    assert rate.status == trends.RATE_IN_BAND
    assert rate.status_text == "losing within the 0.5–1.0 %/week band"
    assert (rate.window_start, rate.window_end) == (day(0), day(27))
    assert rate.days_with_data == 28


def test_rate_uses_only_the_last_28_days():
    # 12 old days at 100 kg would drag the slope if they were inside the window
    series = [(day(n), 100.0) for n in range(12)] + linear(12, 28, 80.0, -0.1)
    rate = weight_rate(series)
    # window = day 39 - 27 = day 12 .. day 39
    assert rate.window_start == day(12)
    assert rate.kg_per_week == approx(-0.7)


def test_rate_as_of_ends_the_window_there():
    series = linear(0, 60, 80.0, 0.05)
    rate = weight_rate(series, as_of=day(40))
    # 0.05 * 7 = 0.35 kg/week, trend at day 40 = 80 + 2 = 82 -> 0.35 / 82 * 100 = 0.426829 %
    assert rate.kg_per_week == approx(0.35)
    assert rate.trend_weight_kg == approx(82.0)
    assert rate.pct_per_week == approx(0.426829, tol=1e-6)
    assert rate.status == trends.RATE_GAINING
    assert rate.status_text == "gaining"


def test_rate_with_gaps_in_the_data():
    # Weigh-ins every 3rd day on the same line: the slope must still be -0.1 kg/day.
    series = [(d, kg) for d, kg in linear(0, 28, 80.0, -0.1) if (d - D0).days % 3 == 0]
    assert weight_rate(series).kg_per_week == approx(-0.7)


def test_rate_needs_enough_data():
    assert weight_rate([]) is None
    assert weight_rate([(day(0), 80.0)]) is None
    # two points only 3 days apart: less than a week of data
    assert weight_rate([(day(0), 80.0), (day(3), 79.0)]) is None
    # 6 days apart (7 calendar days of data): enough. slope -1/6 kg/day -> -7/6 kg/week
    rate = weight_rate([(day(0), 80.0), (day(6), 79.0)])
    assert rate.kg_per_week == approx(-7 / 6)
    # all data older than the window ending at as_of
    assert weight_rate(linear(0, 28, 80.0, -0.1), as_of=day(80)) is None


@pytest.mark.parametrize(
    ("pct", "status"),
    [
        (-2.0, trends.RATE_FAST_LOSS),
        (-1.01, trends.RATE_FAST_LOSS),
        (-1.004, trends.RATE_IN_BAND),  # shown as -1.00: not "faster than 1 %"
        (-1.0, trends.RATE_IN_BAND),
        (-0.75, trends.RATE_IN_BAND),
        (-0.5, trends.RATE_IN_BAND),
        (-0.49, trends.RATE_SLOW_LOSS),
        (-0.1, trends.RATE_SLOW_LOSS),
        (-0.09, trends.RATE_STEADY),
        (0.0, trends.RATE_STEADY),
        (0.09, trends.RATE_STEADY),
        (0.1, trends.RATE_GAINING),
        (1.5, trends.RATE_GAINING),
    ],
)
def test_rate_status_band_edges(pct, status):
    assert rate_status(pct) == status


def test_rate_status_words():
    assert trends.RATE_STATUS_TEXT == {
        "fast_loss": "losing faster than 1 %/week",
        "in_band": "losing within the 0.5–1.0 %/week band",
        "slow_loss": "losing slowly",
        "steady": "holding steady",
        "gaining": "gaining",
    }


def test_fast_loss_status_from_a_series():
    # -0.2 kg/day = -1.4 kg/week; trend at end 80 - 5.4 = 74.6 -> -1.876676 %/week
    rate = weight_rate(linear(0, 28, 80.0, -0.2))
    assert rate.pct_per_week == approx(-1.4 / 74.6 * 100)
    assert rate.status_text == "losing faster than 1 %/week"


# --- Energy balance -----------------------------------------------------------------------------


def test_energy_balance_from_weight_only():
    # -0.1 kg/day * 7700 kcal/kg = -770 kcal/day
    energy = energy_balance(linear(0, 28, 80.0, -0.1))
    assert energy.kcal_per_day == approx(-770.0)
    assert energy.basis == BASIS_WEIGHT_ONLY == "weight trend only"
    assert energy.is_deficit
    assert (energy.window_start, energy.window_end) == (day(0), day(27))


def test_energy_balance_from_fat_and_lean():
    weight_trend = linear(0, 28, 80.0, -0.1)
    body_fat_trend = [(day(n), 25.0) for n in (0, 7, 14, 21)]
    # fat = 25 % of weight: -0.025 kg/day; lean -0.075 kg/day
    # -0.025 * 9440 + -0.075 * 1816 = -236 - 136.2 = -372.2 kcal/day
    energy = energy_balance(weight_trend, body_fat_trend)
    assert energy.kcal_per_day == approx(-372.2)
    assert energy.basis == BASIS_COMPOSITION == "fat and lean mass trend"


def test_energy_balance_sees_recomposition_at_stable_weight():
    weight_trend = [(day(n), 80.0) for n in range(28)]
    body_fat_trend = [(day(0), 25.0), (day(14), 24.0)]
    # fat = 20 kg on days 0-13, 19.2 kg on days 14-27 (carried forward); lean mirrors it.
    # slope = Sxy / Sxx with x = 0..27, mean 13.5:
    #   Sxx = n(n^2 - 1) / 12 = 28 * 783 / 12 = 1827
    #   Sxy = -0.8 * sum(x - 13.5 for x in 14..27) = -0.8 * (0.5 + 1.5 + ... + 13.5) = -0.8 * 98
    #       = -78.4 -> fat -78.4 / 1827 kg/day, lean +78.4 / 1827 kg/day
    # kcal = -78.4 / 1827 * 9440 + 78.4 / 1827 * 1816 = -597721.6 / 1827 = -327.160
    energy = energy_balance(weight_trend, body_fat_trend)
    assert energy.basis == BASIS_COMPOSITION
    assert energy.kcal_per_day == approx(-78.4 * 7624 / 1827)
    assert energy.kcal_per_day == approx(-327.160, tol=1e-3)


def test_energy_balance_falls_back_to_weight_with_one_body_fat_reading_in_window():
    # Only one reading inside the window (day 10); the day -20 one is outside.
    body_fat_trend = [(day(-20), 30.0), (day(10), 25.0)]
    energy = energy_balance(linear(0, 28, 80.0, -0.1), body_fat_trend)
    assert energy.basis == BASIS_WEIGHT_ONLY
    assert energy.kcal_per_day == approx(-770.0)


def test_energy_balance_surplus_and_too_little_data():
    # +0.05 kg/day * 7700 = +385 kcal/day
    energy = energy_balance(linear(0, 28, 70.0, 0.05))
    assert energy.kcal_per_day == approx(385.0)
    assert not energy.is_deficit
    assert energy_balance([(day(0), 80.0), (day(2), 79.0)]) is None
    assert energy_balance([]) is None


# --- Protein ------------------------------------------------------------------------------------


def test_protein_average_over_logged_days():
    as_of = day(20)
    weight_trend = [(day(0), 80.0)]
    protein = [
        (day(13), 500.0),  # as_of - 7: outside the 7-day window
        (day(14), 96.0),  # 96 / 80 = 1.2
        (day(16), 128.0),  # 1.6
        (day(18), 64.0),
        (day(18), 64.0),  # two entries on one day add up: 128 / 80 = 1.6
        (day(20), 160.0),  # 2.0
        (day(21), 400.0),  # after as_of: ignored
    ]
    # mean of logged days only: (1.2 + 1.6 + 1.6 + 2.0) / 4 = 6.4 / 4 = 1.6
    result = protein_average(protein, weight_trend, as_of=as_of)
    assert result.g_per_kg == approx(1.6)
    assert result.days_logged == 4
    assert result.status == trends.PROTEIN_IN_TARGET
    assert result.status_text == "within the 1.6–2.2 g/kg target"
    assert (result.window_start, result.window_end) == (day(14), day(20))


def test_protein_low_status():
    # 80 g at 80 kg = 1.0 g/kg < 1.2 on each of 3 logged days -> low
    protein = [(day(n), 80.0) for n in (3, 4, 5)]
    result = protein_average(protein, [(day(0), 80.0)], as_of=day(5))
    assert result.g_per_kg == approx(1.0)
    assert result.days_logged == 3
    assert result.status == trends.PROTEIN_LOW
    assert result.status_text == "low (under 1.2 g/kg)"


@pytest.mark.parametrize("logged_days", [1, 2])
@pytest.mark.parametrize("grams", [80.0, 120.0])  # 1.0 g/kg (low), 1.5 g/kg (below target)
def test_protein_warnings_wait_for_three_logged_days(logged_days, grams):
    # A first day's partial log is no verdict yet: no "low", no coach flag.
    protein = [(day(5 - n), grams) for n in range(logged_days)]
    result = protein_average(protein, [(day(0), 80.0)], as_of=day(5))
    assert result.g_per_kg == approx(grams / 80.0)
    assert result.status == trends.PROTEIN_BASELINE
    assert result.status_text.startswith("building your baseline")


def test_protein_on_target_is_said_from_the_first_day():
    result = protein_average([(day(5), 160.0)], [(day(0), 80.0)], as_of=day(5))
    assert result.status == trends.PROTEIN_IN_TARGET


def test_protein_uses_trend_weight_of_each_day():
    weight_trend = [(day(0), 80.0), (day(3), 100.0)]
    protein = [(day(-1), 80.0), (day(1), 160.0), (day(3), 200.0)]
    # day -1: before any weigh-in -> first trend 80: 80 / 80 = 1.0
    # day 1: trend carried from day 0 = 80: 160 / 80 = 2.0; day 3: 200 / 100 = 2.0
    assert protein_g_per_kg_series(protein, weight_trend) == [
        (day(-1), 1.0),
        (day(1), 2.0),
        (day(3), 2.0),
    ]
    assert protein_g_per_kg_series(protein, []) == []


def test_protein_none_without_logs_or_weight():
    assert protein_average([], [(day(0), 80.0)], as_of=day(5)) is None
    assert protein_average([(day(5), 100.0)], [], as_of=day(5)) is None


@pytest.mark.parametrize(
    ("g_per_kg", "status"),
    [
        (0.5, "low"),
        (1.19, "low"),
        (1.2, "below_target"),
        (1.59, "below_target"),
        (1.6, "in_target"),
        (1.995, "in_target"),
        (2.2, "in_target"),
        (2.21, "above_target"),
    ],
)
def test_protein_status_edges(g_per_kg, status):
    assert protein_status(g_per_kg) == status


# --- Running ------------------------------------------------------------------------------------


def run(d: date, km: float, seconds: float = 1800.0) -> RunPoint:
    return RunPoint(day=d, distance_km=km, duration_s=seconds)


def test_week_start_is_monday_across_year_end():
    assert week_start(date(2024, 3, 3)) == date(2024, 2, 26)  # Sunday -> previous Monday
    assert week_start(date(2024, 3, 4)) == date(2024, 3, 4)  # Monday
    assert week_start(date(2025, 1, 1)) == date(2024, 12, 30)  # ISO week 1 of 2025


def test_weekly_distance_with_iso_boundaries_and_zero_weeks():
    runs = [
        run(date(2024, 3, 18), 7.0),  # Monday
        run(date(2024, 3, 3), 5.0),  # Sunday: belongs to the week of Mon 26 Feb
        run(date(2024, 3, 4), 10.0),  # Monday: a new week
        run(date(2024, 3, 10), 3.0),  # Sunday: same week as 4 Mar -> 10 + 3 = 13
    ]
    assert weekly_distance_km(runs) == [
        (date(2024, 2, 26), 5.0),
        (date(2024, 3, 4), 13.0),
        (date(2024, 3, 11), 0.0),  # no runs that week
        (date(2024, 3, 18), 7.0),
    ]
    # `through` Sunday 31 Mar extends with the zero week of Mon 25 Mar
    assert weekly_distance_km(runs, through=date(2024, 3, 31))[-1] == (date(2024, 3, 25), 0.0)
    assert weekly_distance_km([]) == []


def test_longest_run_prefers_the_earliest_on_a_tie():
    runs = [run(day(5), 21.1), run(day(1), 21.1), run(day(3), 10.0)]
    assert longest_run(runs) == run(day(1), 21.1)
    assert longest_run([]) is None


def test_pace_trend_weights_by_distance_and_smooths_with_gaps():
    runs = [
        run(day(0), 5.0, 1500.0),  # 300 s/km
        run(day(0), 5.0, 1000.0),  # 200 s/km; day 0 = 2500 s / 10 km = 250 s/km
        run(day(2), 10.0, 3000.0),  # 300 s/km
    ]
    # day 2, gap 2: 1 - 0.81 = 0.19 -> 250 + 0.19 * (300 - 250) = 259.5 s/km
    assert pace_trend(runs) == [(day(0), 250.0), (day(2), approx(259.5))]
    assert run(day(0), 10.0, 3000.0).pace_s_per_km == 300.0


def test_run_point_rejects_non_positive_values():
    with pytest.raises(ValueError):
        RunPoint(day(0), 0.0, 1800.0)
    with pytest.raises(ValueError):
        RunPoint(day(0), 5.0, 0.0)


def test_running_energy():
    # ~1 kcal per kg per km: 10 km at 70 kg = 700 kcal
    assert running_energy_kcal(10.0, 70.0) == 700.0


def test_acute_chronic_spike():
    as_of = date(2024, 3, 31)
    runs = [
        run(date(2024, 3, 3), 100.0),  # as_of - 28: outside both windows
        run(date(2024, 3, 4), 10.0),  # as_of - 27: first chronic day
        run(date(2024, 3, 11), 10.0),
        run(date(2024, 3, 24), 10.0),  # as_of - 7: chronic only
        run(date(2024, 3, 25), 12.0),  # as_of - 6: first acute day
        run(date(2024, 3, 30), 8.0),
        run(date(2024, 4, 1), 50.0),  # after as_of: ignored
    ]
    # acute = 12 + 8 = 20; chronic = 10 + 10 + 10 + 12 + 8 = 50 -> 50 / 4 = 12.5 per week
    # ratio = 20 / 12.5 = 1.6 > 1.5 -> spike
    result = acute_chronic_ratio(runs, as_of)
    assert result == AcuteChronic(
        acute_km=20.0, chronic_weekly_km=12.5, ratio=approx(1.6), spike=True, baseline_ready=True
    )


def test_acute_chronic_exactly_one_and_a_half_is_not_a_spike():
    as_of = date(2024, 3, 31)
    # acute 15, chronic 25 + 15 = 40 -> 10 per week -> 1.5, not above 1.5
    result = acute_chronic_ratio([run(date(2024, 3, 4), 25.0), run(as_of, 15.0)], as_of)
    assert result.ratio == approx(1.5)
    assert not result.spike


def test_acute_chronic_with_zero_chronic_load():
    as_of = date(2024, 3, 31)
    result = acute_chronic_ratio([run(date(2024, 1, 1), 10.0)], as_of)
    assert result == AcuteChronic(
        acute_km=0.0, chronic_weekly_km=0.0, ratio=None, spike=False, baseline_ready=False
    )
    assert acute_chronic_ratio([], as_of).ratio is None


# --- Progress summary ---------------------------------------------------------------------------


def test_progress_summary_end_to_end():
    # Weight falls 0.1 kg/day from 90 kg for 100 days (day 0 = Mon 1 Jan 2024 .. day 99).
    # In steady state the 10 % EMA lags a ramp by a * (1 - s) / s = 0.1 * 0.9 / 0.1 = 0.9 kg,
    # the transient 0.9 * 0.9^99 is ~3e-5: trend(day 99) = (90 - 9.9) + 0.9 = 81.0 kg.
    as_of = day(99)  # Tuesday 9 Apr 2024
    weights = [(day(n), 90.0 - 0.1 * n) for n in range(100)]
    weights.append((day(100), 150.0))  # after as_of: ignored
    body_fats = [(day(n), 20.0) for n in range(0, 100, 7)]
    protein_days = [(day(n), 162.0) for n in range(93, 100)]
    runs = [
        run(day(97), 10.0),  # Sunday 7 Apr: last week
        run(day(98), 5.0),  # Monday 8 Apr
        run(day(99), 5.0),  # Tuesday 9 Apr
    ]
    summary = progress_summary(weights, body_fats, protein_days, runs, as_of)

    assert summary.as_of == as_of
    assert summary.trend_weight_kg == approx(81.0, tol=1e-3)
    assert summary.last_weigh_in == as_of
    assert summary.days_since_weigh_in == 0
    # slope -0.1 kg/day -> -0.7 kg/week; -0.7 / 81 * 100 = -0.864 %/week -> in band
    assert summary.rate.kg_per_week == approx(-0.7, tol=1e-3)
    assert summary.rate.pct_per_week == approx(-0.864, tol=1e-3)
    assert summary.rate.status == trends.RATE_IN_BAND
    # body fat constant 20 %: fat -0.02 kg/day, lean -0.08 kg/day
    # -0.02 * 9440 + -0.08 * 1816 = -188.8 - 145.28 = -334.08 kcal/day
    assert summary.energy.basis == BASIS_COMPOSITION
    assert summary.energy.kcal_per_day == approx(-334.08, tol=0.1)
    assert summary.trend_body_fat_pct == approx(20.0)
    # 81.0 * 20 / 100 = 16.2 fat, 64.8 lean
    assert summary.fat_kg == approx(16.2, tol=1e-3)
    assert summary.lean_kg == approx(64.8, tol=1e-3)
    # 162 g / ~81.0 kg (trend at each day, 81.6 .. 81.0) ~ 2.0 g/kg
    assert summary.protein.g_per_kg == approx(162 / 81.3, tol=0.01)
    assert summary.protein.status == trends.PROTEIN_IN_TARGET
    # this ISO week: Mon 8 + Tue 9 Apr = 10 km; 10 km * 81 kg * 1 kcal = 810 kcal
    assert summary.week_km == 10.0
    assert summary.week_run_kcal == approx(810.0, tol=0.1)
    assert summary.last_run == as_of
    # acute 20 km, no earlier runs: chronic 20 / 4 = 5 -> ratio 4.0, but a first week of
    # running has no baseline to spike against
    assert summary.acute_chronic.ratio == approx(4.0)
    assert not summary.acute_chronic.baseline_ready
    assert not summary.acute_chronic.spike


def test_progress_summary_with_no_data():
    summary = progress_summary([], [], [], [], date(2024, 5, 1))
    assert summary.trend_weight_kg is None
    assert summary.last_weigh_in is None
    assert summary.days_since_weigh_in is None
    assert summary.rate is None
    assert summary.energy is None
    assert summary.protein is None
    assert summary.fat_kg is None
    assert summary.week_km == 0.0
    assert summary.week_run_kcal is None
    assert summary.last_run is None
    assert summary.acute_chronic.ratio is None


def test_progress_summary_is_fast_enough_for_a_roster():
    # 200 clients x 60 days of data; generous bound, typically ~25 ms in total.
    rng = random.Random(3)
    as_of = day(59)
    weights = [(day(n), 80 + rng.gauss(0, 0.7)) for n in range(60)]
    body_fats = [(day(n), 22 + rng.gauss(0, 2)) for n in range(0, 60, 7)]
    protein_days = [(day(n), rng.uniform(80, 180)) for n in range(60)]
    runs = [run(day(n), rng.uniform(3, 15)) for n in range(0, 60, 2)]
    started = time.perf_counter()
    for _ in range(200):
        progress_summary(weights, body_fats, protein_days, runs, as_of)
    assert time.perf_counter() - started < 2.0


def test_summary_without_energy_matches_the_full_summary_otherwise():
    from datetime import date, timedelta

    from tracker.trends import summary_from_trends, trend_series

    start = date(2026, 1, 1)
    weights = trend_series((start + timedelta(days=n), 80 - 0.1 * n) for n in range(40))
    fats = trend_series((start + timedelta(days=n), 25 - 0.05 * n) for n in range(0, 40, 7))
    as_of = start + timedelta(days=39)
    full = summary_from_trends(weights, fats, [], [], as_of)
    lean = summary_from_trends(weights, fats, [], [], as_of, with_energy=False)
    assert full.energy is not None
    assert lean.energy is None
    assert lean.rate == full.rate
    assert lean.trend_weight_kg == full.trend_weight_kg
