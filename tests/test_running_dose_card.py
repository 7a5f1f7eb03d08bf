"""The running-dose card's words, the roster cell, the run status and the dose chart.

Pure: no database. Dates: AS_OF = Wednesday 31 Jan 2024; this ISO week is Mon 29 - Wed 31 Jan.
"""

import json
from datetime import date, timedelta

import plotly.graph_objects as go
import pytest

from tracker import running_card, trends
from tracker.charts import BLUE, figure_is_empty, running_dose_figure
from tracker.trends import (
    BASIS_WEIGHT_ONLY,
    AcuteChronic,
    EnergyBalance,
    MaxHeartRate,
    RunPoint,
    running_dose,
)

AS_OF = date(2024, 1, 31)


def ago(n: int) -> date:
    return AS_OF - timedelta(days=n)


def run(d: date, minutes: float = 40, effort: int | None = 6, hr: int | None = None) -> RunPoint:
    return RunPoint(d, 6.0, minutes * 60.0, avg_hr=hr, effort=effort)


def energy(kcal: float) -> EnergyBalance:
    return EnergyBalance(kcal, BASIS_WEIGHT_ONLY, ago(27), AS_OF)


def card_for(runs, kcal: float | None = -400.0, **kwargs):
    max_hr = kwargs.pop("max_hr", None)
    dose = running_dose(runs, as_of=AS_OF, max_hr=max_hr.bpm if max_hr else None)
    return running_card.running_dose_card(
        dose,
        runs=runs,
        energy=energy(kcal) if kcal is not None else None,
        max_hr=max_hr,
        **kwargs,
    )


ENOUGH = [run(ago(2 * n)) for n in range(14)]  # 14 in 4 weeks = 3.5 a week


def test_enough_with_a_deficit():
    card = card_for(ENOUGH)
    assert card.verdict == "enough"
    assert card.status == "ok"
    assert card.headline == "3.5 qualifying runs a week: in the 3–5 band that works."
    assert card.diet == "deficit"
    assert card.diet_text == (
        "Deficit: about −400 kcal/day (estimate from the weight trend only, last 28 days)."
    )
    assert card.first_change.startswith("Keep going")
    assert card.minutes_per_run == "40 min per run"
    assert card.intensity_mix == [("Moderate", 14)]
    assert card.misses == ""


def test_enough_at_maintenance_says_fat_will_not_come_off():
    card = card_for(ENOUGH, kcal=-20.0)
    assert card.diet == "maintenance"
    assert card.first_change == (
        "You run enough, but your trend says you are eating at maintenance: fat will not come "
        "off anywhere, thighs included. A moderate calorie deficit is the change to make."
    )


def test_enough_in_surplus_and_without_weigh_ins():
    assert "eating more than you burn" in card_for(ENOUGH, kcal=250.0).first_change
    unknown = card_for(ENOUGH, kcal=None)
    assert unknown.diet == "unknown"
    assert unknown.diet_text == "Not enough weigh-ins yet to estimate your energy balance."
    assert "Weigh in a few times a week" in unknown.first_change


def test_too_short():
    card = card_for([run(ago(2 * n), minutes=20) for n in range(13)])
    assert card.verdict == "too_short"
    assert card.status == "warn"
    assert card.headline == "13 of 13 runs in 4 weeks were under 30 minutes."
    assert card.misses == "13 under 30 min"
    assert card.first_change.startswith("Make runs at least 30 minutes long")


def test_unknown_effort_asks_the_athlete_and_tells_the_coach_to_ask():
    runs = [run(ago(2 * n), effort=None) for n in range(12)]
    own = card_for(runs)
    assert own.verdict == "intensity_unknown"
    assert own.first_change == "Add the effort to your runs (one tap below) so they can count."
    coach = card_for(runs, is_own=False, athlete_name="Dana")
    assert coach.first_change == "Effort is missing on 12 runs: ask Dana to add it."
    assert own.intensity_mix == [("No effort logged", 12)]


def test_too_rare_and_too_easy_and_no_runs():
    assert card_for(ENOUGH[:6]).headline == (
        "1.5 runs a week: the dose needs 3–5 runs of 30+ minutes."
    )
    easy = card_for([run(ago(2 * n), effort=3) for n in range(12)])
    assert easy.verdict == "too_easy"
    assert easy.verdict_label == "Too easy"
    none = card_for([])
    assert none.verdict == "no_runs"
    assert none.status == ""
    assert not none.has_runs
    assert none.headline == "No runs in the last 4 weeks."


def test_heart_rate_basis_says_when_max_is_an_estimate():
    card = card_for(ENOUGH, max_hr=MaxHeartRate(183, estimated=True))
    assert card.intensity_basis == (
        "Intensity from heart rate against a max of 183 bpm (estimated from the year of birth), "
        "else from the logged effort."
    )
    assert "Settings" in card_for(ENOUGH).intensity_basis


def test_week_strip_is_the_last_four_iso_weeks():
    runs = [run(date(2024, 1, 29)), run(date(2024, 1, 30), minutes=10), run(date(2024, 1, 10))]
    weeks = card_for(runs).weeks
    assert [w.monday for w in weeks] == [
        date(2024, 1, 8),
        date(2024, 1, 15),
        date(2024, 1, 22),
        date(2024, 1, 29),
    ]
    assert [(w.qualifying, w.runs) for w in weeks] == [(1, 1), (0, 0), (0, 0), (1, 2)]
    assert weeks[-1].label == "Week of 29 Jan: 1 of 2 runs counted"
    assert not weeks[-1].in_band


def test_recovery_note_for_many_hard_runs_or_a_spike_and_baseline_for_new_runners():
    hard = [run(date(2024, 1, 29) + timedelta(days=n % 3), effort=8) for n in range(6)]
    assert "recovery matters" in card_for(hard).recovery
    spike = AcuteChronic(30.0, 12.0, 2.5, True, True)
    assert card_for(ENOUGH, load=spike).recovery.startswith("This week's distance is 2.5×")
    new = AcuteChronic(12.0, 3.0, 4.0, False, False)
    card = card_for(ENOUGH[:3], load=new)
    assert card.baseline.startswith("Building your baseline")
    assert card.recovery == ""
    assert card.safety.startswith("Warm up before you run")


def test_roster_cell_and_flag_text():
    assert running_card.roster_cell(running_dose(ENOUGH, as_of=AS_OF)) == "3.5/wk"
    short = running_dose([run(ago(2 * n), minutes=20) for n in range(13)], as_of=AS_OF)
    assert running_card.roster_cell(short) == "0/wk · too short"
    assert running_card.roster_cell(running_dose([], as_of=AS_OF)) == "—"
    assert running_card.too_light_explanation(short) == (
        "The goal relies on running, but only 0 runs a week counted over 4 weeks (needs 3+ of "
        "30+ min at a moderate effort): too short."
    )


@pytest.mark.parametrize(
    ("point", "code"),
    [
        (run(AS_OF, 30, effort=5), "counted"),
        (run(AS_OF, 29.9, effort=9), "short"),
        (run(AS_OF, 45, effort=4), "easy"),
        (run(AS_OF, 45, effort=None), "unknown"),
        (run(AS_OF, 45, effort=None, hr=150), "counted"),  # 150 / 190 = 79 %: hard
    ],
)
def test_run_status(point, code):
    assert running_card.run_status(point, 190)[0] == code


# --- The chart ----------------------------------------------------------------------------------


def test_dose_figure_stacks_counted_and_other_runs_against_the_band():
    weeks = trends.weekly_qualifying_sessions(
        [run(ago(1)), run(ago(2), minutes=15), run(ago(7)), run(ago(8)), run(ago(9))],
        max_hr=None,
        through=AS_OF,
    )
    figure = running_dose_figure(weeks)
    json.dumps(figure, allow_nan=False)
    go.Figure(figure)  # raises on anything outside plotly's schema
    counted, other = figure["data"]
    assert counted["marker"]["color"] == BLUE
    assert counted["y"] == [3, 1]  # week of 22 Jan: 3; this week: 1 counted
    assert other["y"] == [0, 1]  # the 15-minute run
    assert figure["layout"]["barmode"] == "stack"
    band = figure["layout"]["shapes"][0]
    assert (band["y0"], band["y1"]) == (3, 5)
    assert figure["layout"]["annotations"][0]["text"] == "Dose 3–5 a week"


def test_dose_figure_empty():
    figure = running_dose_figure([])
    assert figure_is_empty(figure)
    assert figure_is_empty(running_dose_figure([(AS_OF, 0, 0)]))
