"""Pure scheduling rules: when, in a person's own time zone, an email is due. No models here.

An email is due from its chosen local hour until the end of that local day (so a scheduler that
runs every few minutes, or was down for a while, still sends it that day), never inside quiet
hours. Local time comes from zoneinfo, so DST changes move the UTC send time with the clocks.
"""

from __future__ import annotations

import datetime as dt


def in_quiet_hours(hour: int, quiet_start: int, quiet_end: int) -> bool:
    """Is local `hour` inside [quiet_start, quiet_end)? The range may wrap past midnight."""
    if quiet_start == quiet_end:
        return False
    if quiet_start < quiet_end:
        return quiet_start <= hour < quiet_end
    return hour >= quiet_start or hour < quiet_end


def daily_due(local_now: dt.datetime, hour: int, quiet_start: int, quiet_end: int) -> bool:
    """Due today: at or after `hour` local time and not in quiet hours."""
    return local_now.hour >= hour and not in_quiet_hours(local_now.hour, quiet_start, quiet_end)


def weekly_due(
    local_now: dt.datetime, weekday: int, hour: int, quiet_start: int, quiet_end: int
) -> bool:
    """Due this week: on `weekday` (0 = Monday), at or after `hour`, not in quiet hours."""
    return local_now.weekday() == weekday and daily_due(local_now, hour, quiet_start, quiet_end)


def week_period(local_day: dt.date) -> str:
    """The ISO week of a local day, e.g. "2026-W13": one weekly email per person per week."""
    year, week, _ = local_day.isocalendar()
    return f"{year}-W{week:02d}"
