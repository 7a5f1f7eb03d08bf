"""How far a goal's number target is, and when it will be reached at the current trend rate.

Pure: plain numbers in, a frozen :class:`TargetProgress` out; no Django. The rate is always
the one the rest of the app shows (the summary's 28-day least-squares slope of the trend, see
:mod:`tracker.trends`), never a second estimate, so the projected date on a goal agrees with
the rate card on Progress. Words are the presenter's job (:mod:`tracker.goal_targets`): this
module answers with state codes.

Rules (DESIGN.md "Analytics", MYTHS.md on safe rates):

- progress = (start - current) / (start - target), in the direction of the target, clipped to
  0..100 %; remaining = |target - current|;
- projected date = today + remaining / |rate| weeks, only when the trend moves toward the target
  and the rate window holds enough data (RATE_MIN_* in trends); no date beyond two years;
- pace against the target date: *behind* when the projection is later than the date, *ahead*
  when it is more than two weeks earlier, else *on pace*;
- needed pace = remaining / weeks left; above 1 % of body weight a week it gets a safe-rate
  note with the date a 1 %/week pace would reach. A body-fat point a week is close to 1 % of
  body weight a week when lean mass holds (fat kg = points x weight / 100), so body-fat targets
  use the same limit in points.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date, timedelta

from tracker.trends import RATE_MIN_SPAN_DAYS, SAFE_LOSS_MAX_PCT_PER_WEEK

KIND_WEIGHT = "weight"
KIND_BODY_FAT = "body_fat"
TRACKED_KINDS = (KIND_WEIGHT, KIND_BODY_FAT)

# Where a target stands.
STATE_NO_DATA = "no_data"  # nothing logged for this metric yet
STATE_REACHED = "reached"  # the trend is at or past the target
STATE_TOO_LITTLE_DATA = "too_little_data"  # a trend, but no 28-day rate yet
STATE_WRONG_WAY = "wrong_way"  # the trend is flat or moves away from the target
STATE_TOO_SLOW = "too_slow"  # moving toward it, but more than MAX_PROJECTION_DAYS away
STATE_PROJECTED = "projected"

# Pace against the target date.
PACE_AHEAD = "ahead"
PACE_ON_PACE = "on_pace"
PACE_BEHIND = "behind"
PACE_DATE_PASSED = "date_passed"

AHEAD_MARGIN_DAYS = 14
MAX_PROJECTION_DAYS = 730
SAFE_MAX_PCT_PER_WEEK = SAFE_LOSS_MAX_PCT_PER_WEEK  # 1 % of body weight a week


@dataclass(frozen=True)
class TargetProgress:
    """A number target as of one day. Values are metric: kg for weight, % for body fat."""

    kind: str
    as_of: date
    target: float
    start: float | None
    current: float | None
    state: str
    rate_per_week: float | None = None  # signed, the summary's rate
    done_pct: float | None = None  # 0..100, None without a start value
    remaining: float | None = None  # distance left, always >= 0
    projected_date: date | None = None
    target_date: date | None = None
    pace: str | None = None  # PACE_* with a target date, else None
    needed_per_week: float | None = None  # pace the target date asks for, >= 0
    needed_pct_per_week: float | None = None  # the same, in % of body weight (or body-fat points)
    too_fast: bool = False  # needed pace above the safe 1 %/week
    safe_date: date | None = None  # when a 1 %/week pace gets there
    projection_from: date | None = None  # STATE_TOO_LITTLE_DATA: first day a rate can exist

    @property
    def losing(self) -> bool:
        """The target is below the start (or the current value when no start was kept)."""
        reference = self.start if self.start is not None else self.current
        return reference is None or self.target <= reference


def target_progress(
    *,
    kind: str,
    target: float,
    start: float | None,
    current: float | None,
    rate_per_week: float | None,
    first_data_day: date | None,
    as_of: date,
    target_date: date | None = None,
    body_weight_kg: float | None = None,
) -> TargetProgress:
    """Progress of one target as of `as_of`.

    `current` is today's trend value (trend weight in kg, or the body-fat trend in %);
    `rate_per_week` its 28-day slope from the summary (None when the window is too thin);
    `first_data_day` the first data day inside the rate window (for "a projection from ...").
    `body_weight_kg` turns a weight pace into % of body weight (defaults to `current`).
    """
    base = TargetProgress(
        kind=kind,
        as_of=as_of,
        target=target,
        start=start,
        current=current,
        state=STATE_NO_DATA,
        rate_per_week=rate_per_week,
        target_date=target_date,
    )
    if current is None:
        return base
    reference = start if start is not None else current
    direction = -1.0 if target <= reference else 1.0  # -1: the number should go down
    remaining = max(0.0, (target - current) * direction)
    done_pct = None
    if start is not None and start != target:
        done_pct = min(100.0, max(0.0, (current - start) / (target - start) * 100.0))
    base = replace(base, remaining=remaining, done_pct=done_pct)
    if remaining <= 0.0 or round(remaining, 2) == 0.0:
        return replace(base, state=STATE_REACHED, remaining=0.0, done_pct=100.0 if start else None)

    needed = _needed_pace(base, remaining, body_weight_kg if body_weight_kg else current)
    if rate_per_week is None:
        projection_from = (
            first_data_day + timedelta(days=RATE_MIN_SPAN_DAYS) if first_data_day else None
        )
        return replace(needed, state=STATE_TOO_LITTLE_DATA, projection_from=projection_from)
    toward = rate_per_week * direction
    if toward <= 0.0:
        return replace(needed, state=STATE_WRONG_WAY)
    days = math.ceil(remaining / toward * 7.0)
    if days > MAX_PROJECTION_DAYS:
        return replace(needed, state=STATE_TOO_SLOW)
    projected = as_of + timedelta(days=days)
    return replace(
        needed,
        state=STATE_PROJECTED,
        projected_date=projected,
        pace=_pace(projected, target_date, as_of),
    )


def _pace(projected: date, target_date: date | None, as_of: date) -> str | None:
    if target_date is None:
        return None
    if target_date < as_of:
        return PACE_DATE_PASSED
    if projected > target_date:
        return PACE_BEHIND
    if projected < target_date - timedelta(days=AHEAD_MARGIN_DAYS):
        return PACE_AHEAD
    return PACE_ON_PACE


def _needed_pace(progress: TargetProgress, remaining: float, body_weight: float) -> TargetProgress:
    """The weekly pace the target date asks for, and whether it is faster than is safe."""
    target_date, as_of = progress.target_date, progress.as_of
    if target_date is None:
        return progress
    if target_date <= as_of:
        return replace(progress, pace=PACE_DATE_PASSED)
    weeks_left = (target_date - as_of).days / 7.0
    needed = remaining / weeks_left
    if progress.kind == KIND_WEIGHT:
        needed_pct = needed / body_weight * 100.0
        safe_per_week = body_weight * SAFE_MAX_PCT_PER_WEEK / 100.0
    else:  # body-fat points a week read as % of body weight a week (module docstring)
        needed_pct = needed
        safe_per_week = SAFE_MAX_PCT_PER_WEEK
    too_fast = round(needed_pct, 2) > SAFE_MAX_PCT_PER_WEEK
    safe_date = as_of + timedelta(days=math.ceil(remaining / safe_per_week * 7.0))
    return replace(
        progress,
        needed_per_week=needed,
        needed_pct_per_week=needed_pct,
        too_fast=too_fast,
        safe_date=safe_date if too_fast else None,
    )
