"""The one summary of an athlete: the numbers Today, Progress, the client page and the roster show.

Every screen gets its figures from :func:`athlete_summary`, which reads the same fixed windows
of a :class:`~tracker.history.History` whatever the screen loaded (Progress may hold three years,
the roster only the last weeks). So the same athlete on the same day shows the same trend weight,
rate, protein and running everywhere, by construction rather than by careful copying. Pure: no
Django.

The windows (:func:`summary_windows`) are as short as the numbers allow:

- weights and body fat: the 28-day rate window plus 62 days of trend warm-up. At 10 % a day
  the seed's weight in the trend is 0.9^62 ≈ 0.15 % by the start of the rate window, so a
  trend from these 90 days differs from one over the whole history by grams; the same 90 days
  choose the main body-fat method;
- protein: the 7-day average;
- runs: the 28-day chronic load (which also covers this ISO week);
- the last weigh-in and last run: over all time (carried by the history itself).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from tracker.body_composition import PRIMARY_WINDOW_DAYS, analyse_body_fat
from tracker.history import History, Windows
from tracker.trends import (
    CHRONIC_DAYS,
    PROTEIN_WINDOW_DAYS,
    RATE_WINDOW_DAYS,
    ProgressSummary,
    max_heart_rate,
    summary_from_trends,
    trend_series,
)

TREND_WARM_UP_DAYS = 62
SUMMARY_TREND_DAYS = RATE_WINDOW_DAYS + TREND_WARM_UP_DAYS
# Body fat shares the weights' window, which must also hold the 90 days in which the main
# method is chosen (tracker.body_composition).
assert SUMMARY_TREND_DAYS >= PRIMARY_WINDOW_DAYS


def summary_windows(as_of: date) -> Windows:
    """First day of each series the summary reads, for a summary as of `as_of`."""

    def since(days: int) -> date:
        return as_of - timedelta(days=days - 1)

    return Windows(
        weights_since=since(SUMMARY_TREND_DAYS),
        protein_since=since(PROTEIN_WINDOW_DAYS),
        runs_since=since(CHRONIC_DAYS),
    )


def athlete_summary(history: History, as_of: date, *, with_energy: bool = True) -> ProgressSummary:
    """The summary as of the athlete's `as_of`, from `history` cut to :func:`summary_windows`.

    `history` may hold more than the windows (a whole history) but not less. The last weigh-in
    and last run come from the history's all-time fields. ``with_energy=False`` skips the
    energy-balance regressions for a caller that doesn't show them (the roster); every other
    field is the same either way.
    """
    recent = history.window(summary_windows(as_of), through=as_of)
    body_fat = analyse_body_fat(recent.body_fats, as_of, history.body_fat_method or None)
    summary = summary_from_trends(
        trend_series(recent.weights),
        body_fat.composition_trend,
        recent.protein_days,
        recent.runs,
        as_of,
        with_energy=with_energy,
        body_fat=body_fat,
        max_hr=max_heart_rate(
            measured=history.max_heart_rate, birth_year=history.birth_year, as_of=as_of
        ),
    )
    # A weigh-in or run dated after as_of (a time-zone change moved "today" back) doesn't count.
    last_weigh_in = history.last_weigh_in
    if last_weigh_in is None or last_weigh_in > as_of:
        last_weigh_in = summary.last_weigh_in
    last_run = history.last_run
    if last_run is None or last_run > as_of:
        last_run = summary.last_run
    return replace(
        summary,
        last_weigh_in=last_weigh_in,
        days_since_weigh_in=(as_of - last_weigh_in).days if last_weigh_in else None,
        last_run=last_run,
    )
