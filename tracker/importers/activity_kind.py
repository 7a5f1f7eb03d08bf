"""Is an untyped track a run? Many GPX files (Runkeeper, GPSBabel, older watches) carry no
activity type, and a ride saved as a run would wreck the athlete's weekly distance and pace.

Decided from speed, not from the pace floor alone: a run's pace is limited by the runner, a
ride's is not. Speeds are taken over windows of about a minute, so single GPS jumps don't
count. A track is "probably not a run" when
- its average moving speed is over 20 km/h (3:00 /km for the whole track: elite racing), or
- a minute-long stretch is faster than 30 km/h (quicker than the 800 m world record pace), or
- it averages over 15 km/h (4:00 /km) and its minute speeds vary by more than 40 % around
  their mean, as coasting downhill and climbing do on a bike but even pacing doesn't on foot.
Anything slower and steadier stays a run; the preview offers the doubtful ones anyway.

Pure Python.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from tracker.texts import Number, Text, gettext_lazy

WINDOW_S = 60.0
RUN_AVERAGE_MAX_MS = 20 / 3.6
RUN_BURST_MAX_MS = 30 / 3.6
STEADY_CHECK_FROM_MS = 15 / 3.6
VARIATION_MAX = 0.4
MOVING_MS = 0.5  # slower than this between two points counts as standing


def minute_speeds(samples: Sequence[tuple[float, float]]) -> list[float]:
    """Speeds (m/s) over successive windows of at least WINDOW_S seconds, from (seconds since
    start, metres so far) samples in time order. Windows spanning a long stop (over 3 windows)
    are left out, so a pause doesn't look like a slow stretch."""
    speeds: list[float] = []
    if len(samples) < 2:
        return speeds
    start = 0
    for end in range(1, len(samples)):
        span = samples[end][0] - samples[start][0]
        if span < WINDOW_S:
            continue
        if span <= 3 * WINDOW_S:
            metres = samples[end][1] - samples[start][1]
            speeds.append(max(metres, 0.0) / span)
        start = end
    return speeds


def not_a_run_reason(
    distance_m: float, moving_s: float, samples: Sequence[tuple[float, float]]
) -> Text | None:
    """Why this untyped track is probably not a run, in words for the athlete; None if it may
    well be one."""
    if moving_s <= 0 or distance_m <= 0:
        return None
    average = distance_m / moving_s
    if average > RUN_AVERAGE_MAX_MS:
        return gettext_lazy(
            "its average moving speed, %(speed)s km/h, is faster than running",
            speed=Number(average * 3.6),
        )
    speeds = [s for s in minute_speeds(samples) if s >= MOVING_MS]
    if speeds:
        burst = _percentile(speeds, 0.95)
        if burst > RUN_BURST_MAX_MS:
            return gettext_lazy(
                "it keeps up %(speed)s km/h for minutes at a time, faster than anyone runs",
                speed=Number(burst * 3.6, 0),
            )
        if average > STEADY_CHECK_FROM_MS and len(speeds) >= 5:
            variation = statistics.pstdev(speeds) / statistics.fmean(speeds)
            if variation > VARIATION_MAX:
                return gettext_lazy(
                    "it averages %(speed)s km/h with speeds swinging like a ride's "
                    "(±%(variation)s %%)",
                    speed=Number(average * 3.6),
                    variation=Number(variation * 100, 0),
                )
    return None


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]
