"""Goal target progress (tracker.goal_progress): hand-computed projections, pace against the
target date, the safe-rate check, and the honest cases (too little data, wrong direction)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker import goal_progress as gp

TODAY = date(2026, 11, 30)


def weight(**overrides) -> gp.TargetProgress:
    """Start 70 kg, now 68 kg, target 64 kg, losing 0.5 kg a week: 4 kg left = 8 weeks =
    56 days, so the projection is 30 Nov + 56 days = 25 Jan 2027. Progress 2 of 6 kg = 33.3 %."""
    values = {
        "kind": gp.KIND_WEIGHT,
        "target": 64.0,
        "start": 70.0,
        "current": 68.0,
        "rate_per_week": -0.5,
        "first_data_day": date(2026, 11, 2),
        "as_of": TODAY,
    }
    values.update(overrides)
    return gp.target_progress(**values)


def test_projection_without_target_date():
    progress = weight()
    assert progress.state == gp.STATE_PROJECTED
    assert progress.projected_date == date(2027, 1, 25)
    assert progress.remaining == pytest.approx(4.0)
    assert progress.done_pct == pytest.approx(100 / 3)
    assert progress.pace is None
    assert progress.needed_per_week is None
    assert not progress.too_fast


def test_on_pace():
    # 1 Feb 2027 is 63 days = 9 weeks away: 4 kg / 9 = 0.444 kg a week = 0.65 % of 68 kg.
    progress = weight(target_date=date(2027, 2, 1))
    assert progress.pace == gp.PACE_ON_PACE
    assert progress.needed_per_week == pytest.approx(4 / 9)
    assert progress.needed_pct_per_week == pytest.approx(4 / 9 / 68 * 100)
    assert not progress.too_fast
    assert progress.safe_date is None


def test_on_pace_up_to_two_weeks_early():
    # The projection (25 Jan) is exactly 14 days before 8 Feb: still "on pace", not "ahead".
    assert weight(target_date=date(2027, 2, 8)).pace == gp.PACE_ON_PACE
    assert weight(target_date=date(2027, 2, 9)).pace == gp.PACE_AHEAD


def test_ahead():
    # 1 Mar 2027 is 91 days = 13 weeks away: needs 4 / 13 = 0.31 kg a week.
    progress = weight(target_date=date(2027, 3, 1))
    assert progress.pace == gp.PACE_AHEAD
    assert progress.needed_per_week == pytest.approx(4 / 13)


def test_behind_and_too_fast():
    # 4 Jan 2027 is 35 days = 5 weeks away: 0.8 kg a week = 1.18 % of 68 kg, above 1 %.
    # 1 % of 68 kg is 0.68 kg a week: 4 / 0.68 x 7 = 41.2 -> 42 days -> 11 Jan 2027.
    progress = weight(target_date=date(2027, 1, 4))
    assert progress.pace == gp.PACE_BEHIND
    assert progress.projected_date == date(2027, 1, 25)
    assert progress.needed_per_week == pytest.approx(0.8)
    assert progress.needed_pct_per_week == pytest.approx(0.8 / 68 * 100)
    assert progress.too_fast
    assert progress.safe_date == date(2027, 1, 11)


def test_exactly_one_percent_a_week_is_not_too_fast():
    # 6.8 kg in 10 weeks from 68 kg is 0.68 kg a week = 1.00 %.
    progress = weight(target=61.2, target_date=date(2027, 2, 8))
    assert progress.needed_pct_per_week == pytest.approx(1.0)
    assert not progress.too_fast


def test_wrong_direction_has_no_projection():
    progress = weight(rate_per_week=0.3, target_date=date(2027, 3, 1))
    assert progress.state == gp.STATE_WRONG_WAY
    assert progress.projected_date is None
    assert progress.pace is None
    # The needed pace is still known: 4 kg in 13 weeks.
    assert progress.needed_per_week == pytest.approx(4 / 13)


def test_flat_trend_is_wrong_way_too():
    assert weight(rate_per_week=0.0).state == gp.STATE_WRONG_WAY


def test_too_little_data_says_when_the_projection_appears():
    # First weigh-in of the window on 28 Nov: a rate needs data spanning 6 days -> 4 Dec.
    progress = weight(rate_per_week=None, first_data_day=date(2026, 11, 28), start=None)
    assert progress.state == gp.STATE_TOO_LITTLE_DATA
    assert progress.projected_date is None
    assert progress.projection_from == date(2026, 12, 4)
    assert progress.done_pct is None
    assert progress.remaining == pytest.approx(4.0)


def test_no_data():
    progress = weight(current=None, rate_per_week=None, first_data_day=None)
    assert progress.state == gp.STATE_NO_DATA
    assert progress.remaining is None


def test_reached():
    progress = weight(current=63.9)
    assert progress.state == gp.STATE_REACHED
    assert progress.remaining == 0
    assert progress.done_pct == 100


def test_too_slow_beyond_two_years():
    # 4 kg at 0.02 kg a week is 1400 days.
    assert weight(rate_per_week=-0.02).state == gp.STATE_TOO_SLOW


def test_gain_target():
    # 70 -> 75 kg, now 71, gaining 0.25 kg a week: 4 kg = 16 weeks = 112 days -> 22 Mar 2027.
    progress = weight(target=75.0, start=70.0, current=71.0, rate_per_week=0.25)
    assert not progress.losing
    assert progress.projected_date == date(2027, 3, 22)
    assert progress.done_pct == pytest.approx(20.0)
    assert weight(target=75.0, start=70.0, current=71.0, rate_per_week=-0.1).state == (
        gp.STATE_WRONG_WAY
    )


def test_body_fat_target_in_points():
    # 25 % -> 20 %, now 24 %, -0.25 points a week: 4 points = 16 weeks -> 22 Mar 2027.
    # By 1 Jan 2027 (32 days = 4.57 weeks) it needs 0.875 points a week: under 1, not too fast.
    progress = gp.target_progress(
        kind=gp.KIND_BODY_FAT,
        target=20.0,
        start=25.0,
        current=24.0,
        rate_per_week=-0.25,
        first_data_day=date(2026, 11, 3),
        as_of=TODAY,
        target_date=date(2027, 1, 1),
        body_weight_kg=80.0,
    )
    assert progress.projected_date == date(2027, 3, 22)
    assert progress.done_pct == pytest.approx(20.0)
    assert progress.pace == gp.PACE_BEHIND
    assert progress.needed_per_week == pytest.approx(4 / (32 / 7))
    assert progress.needed_pct_per_week == pytest.approx(4 / (32 / 7))
    assert not progress.too_fast


def test_target_date_passed():
    progress = weight(target_date=date(2026, 11, 1))
    assert progress.pace == gp.PACE_DATE_PASSED
    assert progress.needed_per_week is None
    assert progress.projected_date == date(2027, 1, 25)
