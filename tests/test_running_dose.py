"""The running dose (MYTHS.md 4f) and the honest-first-weeks rules, against hand-computed values.

Pure functions: no database. Run with ``.venv/bin/python -m pytest tests/test_running_dose.py
-p no:django``. Dates: D0 = Monday 1 Jan 2024; AS_OF = Wednesday 31 Jan 2024, so the 28-day
window is Thu 4 Jan (AS_OF - 27) to Wed 31 Jan, and "this week" is Mon 29 to Wed 31 Jan.
"""

from datetime import date, timedelta

import pytest

from tracker import trends
from tracker.trends import (
    BASIS_COMPOSITION,
    BASIS_WEIGHT_ONLY,
    DIET_DEFICIT,
    DIET_MAINTENANCE,
    DIET_SURPLUS,
    DIET_UNKNOWN,
    DOSE_ENOUGH,
    DOSE_INTENSITY_UNKNOWN,
    DOSE_NO_RUNS,
    DOSE_TOO_EASY,
    DOSE_TOO_RARE,
    DOSE_TOO_SHORT,
    INTENSITY_LIGHT,
    INTENSITY_MODERATE,
    INTENSITY_UNKNOWN,
    INTENSITY_VIGOROUS,
    EnergyBalance,
    MaxHeartRate,
    RunPoint,
    acute_chronic_ratio,
    diet_signal,
    dose_verdict,
    intensity_basis,
    max_heart_rate,
    run_intensity,
    run_qualifies,
    running_dose,
    tanaka_max_hr,
    weekly_qualifying_sessions,
)

AS_OF = date(2024, 1, 31)  # a Wednesday
MIN = 60.0


def ago(days: int) -> date:
    return AS_OF - timedelta(days=days)


def run(
    d: date,
    minutes: float = 40,
    *,
    effort: int | None = 6,
    hr: int | None = None,
    km: float = 6.0,
) -> RunPoint:
    return RunPoint(d, km, minutes * MIN, avg_hr=hr, effort=effort)


# --- RunPoint -----------------------------------------------------------------------------------


def test_run_point_keeps_positional_fields_first():
    point = RunPoint(AS_OF, 5.0, 1800.0)
    assert (point.avg_hr, point.effort) == (None, None)
    assert RunPoint(AS_OF, 5.0, 1800.0, 150, 6) == RunPoint(
        day=AS_OF, distance_km=5.0, duration_s=1800.0, avg_hr=150, effort=6
    )


# --- Intensity ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("max_hr", "avg_hr", "intensity"),
    [
        # max 200: 64 % = 128.0 exactly, 77 % = 154.0 exactly
        (200, 127, INTENSITY_LIGHT),
        (200, 128, INTENSITY_MODERATE),
        (200, 153, INTENSITY_MODERATE),
        (200, 154, INTENSITY_VIGOROUS),
        # max 190: 64 % = 121.6, 77 % = 146.3
        (190, 121, INTENSITY_LIGHT),
        (190, 122, INTENSITY_MODERATE),
        (190, 146, INTENSITY_MODERATE),
        (190, 147, INTENSITY_VIGOROUS),
        # max 175: 64 % = 112.0 (0.64 * 175 is 112.00000000000001 in floats), 77 % = 134.75
        (175, 112, INTENSITY_MODERATE),
        (175, 134, INTENSITY_MODERATE),
        (175, 135, INTENSITY_VIGOROUS),
    ],
)
def test_heart_rate_intensity_boundaries(max_hr, avg_hr, intensity):
    # effort=None so only the heart rate can decide
    assert run_intensity(run(AS_OF, effort=None, hr=avg_hr), max_hr) == intensity


@pytest.mark.parametrize(
    ("effort", "intensity"),
    [
        (1, INTENSITY_LIGHT),
        (4, INTENSITY_LIGHT),
        (5, INTENSITY_MODERATE),
        (6, INTENSITY_MODERATE),
        (7, INTENSITY_VIGOROUS),
        (10, INTENSITY_VIGOROUS),
    ],
)
def test_effort_intensity_boundaries(effort, intensity):
    assert run_intensity(run(AS_OF, effort=effort), None) == intensity


def test_heart_rate_wins_over_effort_when_max_hr_is_known():
    easy_by_hr = run(AS_OF, effort=8, hr=110)  # 110 / 200 = 55 % -> light, whatever RPE says
    assert run_intensity(easy_by_hr, 200) == INTENSITY_LIGHT
    assert intensity_basis(easy_by_hr, 200) == trends.BASIS_HEART_RATE
    # Without a max HR the heart rate can't be placed: effort decides
    assert run_intensity(easy_by_hr, None) == INTENSITY_VIGOROUS
    assert intensity_basis(easy_by_hr, None) == trends.BASIS_EFFORT


def test_neither_heart_rate_nor_effort_is_unknown():
    assert run_intensity(run(AS_OF, effort=None), 190) == INTENSITY_UNKNOWN
    # a heart rate without any max HR is no help either
    assert run_intensity(run(AS_OF, effort=None, hr=160), None) == INTENSITY_UNKNOWN
    assert intensity_basis(run(AS_OF, effort=None, hr=160), None) is None


def test_thirty_minutes_exactly_qualifies():
    assert run_qualifies(RunPoint(AS_OF, 5.0, 1800.0, effort=5), None)
    assert not run_qualifies(RunPoint(AS_OF, 5.0, 1799.0, effort=5), None)
    assert not run_qualifies(RunPoint(AS_OF, 5.0, 3600.0, effort=4), None)
    assert not run_qualifies(RunPoint(AS_OF, 5.0, 3600.0), None)  # unknown intensity


# --- Max heart rate -----------------------------------------------------------------------------


def test_measured_max_hr_wins_over_the_estimate():
    assert max_heart_rate(measured=195, birth_year=1980, as_of=AS_OF) == MaxHeartRate(195, False)


def test_tanaka_estimate_from_birth_year():
    # 2024 - 1984 = 40 -> 208 - 0.7 * 40 = 180.0
    assert max_heart_rate(measured=None, birth_year=1984, as_of=AS_OF) == MaxHeartRate(180, True)
    # age 35 -> 208 - 24.5 = 183.5 -> half up: 184; age 45 -> 176.5 -> 177
    assert tanaka_max_hr(35) == 184
    assert tanaka_max_hr(45) == 177
    # 2024 - 1991 = 33 -> 208 - 23.1 = 184.9 -> 185
    assert max_heart_rate(measured=None, birth_year=1991, as_of=AS_OF).bpm == 185
    assert max_heart_rate(measured=None, birth_year=None, as_of=AS_OF) is None


# --- running_dose -------------------------------------------------------------------------------


def test_no_runs():
    dose = running_dose([], as_of=AS_OF)
    assert dose.verdict == DOSE_NO_RUNS
    assert dose.sessions == 0
    assert dose.sessions_per_week == 0.0
    assert dose.minutes_per_run is None
    assert dose.window_start == date(2024, 1, 4)


def test_window_is_the_28_days_ending_at_as_of_inclusive():
    runs = [
        run(ago(28)),  # Wed 3 Jan: one day too old
        run(ago(27)),  # Thu 4 Jan: first day of the window
        run(AS_OF),  # last day of the window
        run(AS_OF + timedelta(days=1)),  # tomorrow: ignored
    ]
    dose = running_dose(runs, as_of=AS_OF)
    assert dose.sessions == 2
    assert dose.qualifying == 2
    # 2 / 4 = 0.5 a week
    assert dose.sessions_per_week == 0.5
    assert dose.qualifying_per_week == 0.5


def test_three_qualifying_sessions_a_week_is_enough_and_eleven_runs_are_not():
    twelve = [run(ago(2 * n)) for n in range(12)]  # every other day, ago(0) .. ago(22)
    dose = running_dose(twelve, as_of=AS_OF)
    assert dose.qualifying == 12
    assert dose.qualifying_per_week == 3.0  # 12 / 4
    assert dose.verdict == DOSE_ENOUGH
    assert dose.is_enough

    eleven = running_dose(twelve[:11], as_of=AS_OF)
    assert eleven.qualifying_per_week == 2.75
    # 11 runs in 4 weeks: even if every one counted it would be under 3 a week
    assert eleven.verdict == DOSE_TOO_RARE


def test_each_run_falls_in_exactly_one_bucket():
    runs = [
        run(ago(1), 45, effort=6),  # qualifies
        run(ago(2), 29, effort=8),  # too short, whatever the intensity
        run(ago(3), 20, effort=None),  # too short (unknown intensity too, but short first)
        run(ago(4), 50, effort=3),  # too easy
        run(ago(5), 50, effort=None),  # unknown intensity
        run(ago(6), 30, effort=None, hr=150),  # max 190: 150 >= 121.6 -> moderate, qualifies
    ]
    dose = running_dose(runs, as_of=AS_OF, max_hr=190)
    assert (dose.qualifying, dose.too_short, dose.too_easy, dose.intensity_unknown) == (2, 2, 1, 1)
    assert dose.sessions == 6
    # mix over all runs, short ones included: vigorous = effort 8 and 150 bpm (150 / 190 =
    # 78.9 % >= 77 %); moderate = effort 6; light = effort 3; unknown = the two without either
    assert dose.intensity_mix == {
        INTENSITY_VIGOROUS: 2,
        INTENSITY_MODERATE: 1,
        INTENSITY_LIGHT: 1,
        INTENSITY_UNKNOWN: 2,
    }
    # (45 + 29 + 20 + 50 + 50 + 30) / 6 = 224 / 6 = 37.33 min per run
    assert dose.minutes_per_run == pytest.approx(224 / 6)
    # qualifying minutes (45 + 30) / 4 weeks = 18.75 a week
    assert dose.qualifying_minutes_per_week == pytest.approx(18.75)


def test_this_week_is_the_iso_week_up_to_as_of():
    runs = [
        run(date(2024, 1, 28)),  # Sunday: last week
        run(date(2024, 1, 29)),  # Monday
        run(date(2024, 1, 30), 20),  # Tuesday, too short
        run(date(2024, 1, 31), effort=7),  # Wednesday, vigorous
    ]
    dose = running_dose(runs, as_of=AS_OF)
    assert dose.this_week_sessions == 3
    assert dose.this_week_qualifying == 2
    assert dose.this_week_hard == 1


@pytest.mark.parametrize(
    ("make_run", "verdict"),
    [
        (lambda n: run(ago(2 * n), 25, effort=6), DOSE_TOO_SHORT),  # 12 runs of 25 min
        (lambda n: run(ago(2 * n), 40, effort=3), DOSE_TOO_EASY),  # 12 easy 40-min runs
        (lambda n: run(ago(2 * n), 40, effort=None), DOSE_INTENSITY_UNKNOWN),
        (lambda n: run(ago(2 * n), 40, effort=5), DOSE_ENOUGH),
    ],
)
def test_verdict_for_twelve_runs_that_miss_in_one_way(make_run, verdict):
    assert running_dose([make_run(n) for n in range(12)], as_of=AS_OF).verdict == verdict


def test_unknown_heart_rate_runs_count_once_a_max_hr_is_known():
    runs = [run(ago(2 * n), 40, effort=None, hr=140) for n in range(12)]
    assert running_dose(runs, as_of=AS_OF).verdict == DOSE_INTENSITY_UNKNOWN
    # 140 / 180 = 77.8 % -> vigorous
    dose = running_dose(runs, as_of=AS_OF, max_hr=180)
    assert dose.verdict == DOSE_ENOUGH
    assert dose.intensity_mix[INTENSITY_VIGOROUS] == 12


@pytest.mark.parametrize(
    ("counts", "verdict"),
    [
        # (sessions, qualifying, too_short, too_easy, unknown)
        ((0, 0, 0, 0, 0), DOSE_NO_RUNS),
        ((20, 12, 8, 0, 0), DOSE_ENOUGH),
        ((11, 0, 11, 0, 0), DOSE_TOO_RARE),  # frequency comes first below 12 runs
        ((11, 0, 0, 0, 11), DOSE_TOO_RARE),
        ((12, 8, 3, 0, 1), DOSE_TOO_SHORT),  # the most common miss
        ((12, 8, 1, 3, 0), DOSE_TOO_EASY),
        ((12, 6, 2, 2, 2), DOSE_INTENSITY_UNKNOWN),  # three-way tie: unknown first
        ((12, 6, 3, 3, 0), DOSE_TOO_SHORT),  # short before easy
        ((16, 11, 0, 5, 0), DOSE_TOO_EASY),
    ],
)
def test_main_reason_rule(counts, verdict):
    assert dose_verdict(*counts) == verdict


def test_too_many_hard_sessions_means_recovery():
    six_hard = [run(date(2024, 1, 29) + timedelta(days=n % 3), effort=8) for n in range(6)]
    assert running_dose(six_hard, as_of=AS_OF).too_many_hard_sessions
    assert not running_dose(six_hard[:5], as_of=AS_OF).too_many_hard_sessions
    # 21 vigorous runs over 4 weeks (5.25 a week on average), at most 4 of them this week
    spread = [run(ago(n), effort=7) for n in range(3, 24)]
    assert running_dose(spread, as_of=AS_OF).too_many_hard_sessions
    assert not running_dose(spread[:20], as_of=AS_OF).too_many_hard_sessions


# --- Weekly qualifying sessions (the chart's data) ----------------------------------------------


def test_weekly_qualifying_sessions_with_zero_weeks_and_through():
    runs = [
        run(date(2024, 1, 1)),  # Mon, week 1
        run(date(2024, 1, 7), 20),  # Sun, week 1, too short
        run(date(2024, 1, 16), effort=None),  # week 3, unknown
        run(date(2024, 1, 17)),  # week 3
        run(date(2024, 2, 1)),  # after `through`: ignored
    ]
    assert weekly_qualifying_sessions(runs, max_hr=None, through=AS_OF) == [
        (date(2024, 1, 1), 1, 2),
        (date(2024, 1, 8), 0, 0),
        (date(2024, 1, 15), 1, 2),
        (date(2024, 1, 22), 0, 0),
        (date(2024, 1, 29), 0, 0),
    ]
    assert weekly_qualifying_sessions([], max_hr=None, through=AS_OF) == []


# --- Diet signal --------------------------------------------------------------------------------


def energy(kcal: float) -> EnergyBalance:
    return EnergyBalance(kcal, BASIS_WEIGHT_ONLY, ago(27), AS_OF)


@pytest.mark.parametrize(
    ("kcal", "signal"),
    [
        (-400.0, DIET_DEFICIT),
        (-100.0, DIET_DEFICIT),
        (-99.6, DIET_DEFICIT),  # shown as -100
        (-99.4, DIET_MAINTENANCE),  # shown as -99
        (0.0, DIET_MAINTENANCE),
        (99.0, DIET_MAINTENANCE),
        (100.0, DIET_SURPLUS),
        (350.0, DIET_SURPLUS),
    ],
)
def test_diet_signal_edges(kcal, signal):
    assert diet_signal(energy(kcal)) == signal


def test_diet_signal_without_enough_weigh_ins():
    assert diet_signal(None) == DIET_UNKNOWN
    # and from the real estimate: one weigh-in gives no energy balance at all
    assert diet_signal(trends.energy_balance([(AS_OF, 80.0)], as_of=AS_OF)) == DIET_UNKNOWN


def test_diet_signal_from_a_weight_trend():
    # a straight line down 0.05 kg/day: -0.05 * 7700 = -385 kcal/day -> deficit
    falling = sorted((ago(n), 80.0 + 0.05 * n) for n in range(28))
    balance = trends.energy_balance(falling, as_of=AS_OF)
    assert balance.kcal_per_day == pytest.approx(-385.0)
    assert diet_signal(balance) == DIET_DEFICIT
    # flat weight and flat body fat: 0 kcal/day -> maintenance
    flat = sorted((ago(n), 80.0) for n in range(28))
    flat_bf = sorted((ago(n), 25.0) for n in range(0, 28, 7))
    balance = trends.energy_balance(flat, flat_bf, as_of=AS_OF)
    assert balance.basis == BASIS_COMPOSITION
    assert diet_signal(balance) == DIET_MAINTENANCE


# --- Honest first weeks: the load-spike baseline ------------------------------------------------


def test_first_weeks_of_running_build_a_baseline_instead_of_a_spike():
    # A new runner: 5 km on each of the last 3 days. ratio = 15 / (15 / 4) = 4.0, no baseline.
    new = [run(ago(n), km=5.0) for n in range(3)]
    load = acute_chronic_ratio(new, AS_OF)
    assert load.ratio == pytest.approx(4.0)
    assert not load.baseline_ready
    assert not load.spike


@pytest.mark.parametrize(("oldest", "ready"), [(20, False), (21, True), (27, True), (28, False)])
def test_baseline_needs_a_run_three_weeks_back_inside_the_window(oldest, ready):
    # oldest run 2 km, then 20 km in the last 7 days.
    runs = [run(ago(oldest), km=2.0), run(ago(1), km=20.0)]
    load = acute_chronic_ratio(runs, AS_OF)
    assert load.baseline_ready is ready
    # inside the window: chronic (2 + 20) / 4 = 5.5, ratio 20 / 5.5 = 3.6 > 1.5;
    # at 28 days the old run is out: chronic 20 / 4 = 5, ratio 4.0 (and no baseline)
    assert load.spike is ready
