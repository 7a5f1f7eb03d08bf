"""One athlete's logged data as plain values: the single input of the analytics and the charts.

:class:`History` is what :mod:`tracker.selectors` loads (whole or windowed) and what
:mod:`tracker.summary`, :mod:`tracker.trends` and :mod:`tracker.charts` read. It is frozen and
holds tuples in metric units, so a history loaded once can be shared by every number on a page
without anyone changing it underneath the others. Pure: no Django.

Adding a metric (measurements, say) means a new field here with an empty default, a query in
the selectors, and whatever reads it; nothing that ignores the new field has to change.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from tracker.trends import RunPoint

DaySeries = tuple[tuple[date, float], ...]
# (day, percent, method): one series per method, never blended (tracker.body_composition).
BodyFatReadings = tuple[tuple[date, float, str], ...]


@dataclass(frozen=True)
class Windows:
    """First day kept of each series (None: from the beginning). Body fat shares the weights'
    window: both are smoothed trends that need the same warm-up."""

    weights_since: date | None = None
    protein_since: date | None = None
    runs_since: date | None = None

    @classmethod
    def all_from(cls, since: date | None) -> Windows:
        return cls(since, since, since)

    @property
    def earliest(self) -> date | None:
        days = [self.weights_since, self.protein_since, self.runs_since]
        return None if None in days else min(day for day in days if day is not None)


ALL_TIME = Windows()


@dataclass(frozen=True)
class History:
    """An athlete's entries, oldest-first order not guaranteed (the analytics sort by day).

    ``last_weigh_in`` and ``last_run`` are over *all* time even when the series are windowed, so
    "no weigh-in for 90 days" stays exact when only the last few weeks were read.
    """

    weights: DaySeries = ()
    body_fats: BodyFatReadings = ()
    protein_days: DaySeries = ()
    runs: tuple[RunPoint, ...] = ()
    # The athlete's chosen main body-fat method ("" = the one used most lately).
    body_fat_method: str = ""
    # Heart-rate settings that place a run's intensity (the running dose): a measured max HR,
    # else the birth year for an estimate.
    max_heart_rate: int | None = None
    birth_year: int | None = None
    last_weigh_in: date | None = None
    last_run: date | None = None
    # Whether the athlete has logged anything at all, in or out of the windows read.
    ever_logged: bool = False

    @classmethod
    def complete(
        cls,
        *,
        weights: Iterable[tuple[date, float]] = (),
        body_fats: Iterable[tuple[date, float, str]] = (),
        protein_days: Iterable[tuple[date, float]] = (),
        runs: Iterable[RunPoint] = (),
        body_fat_method: str = "",
        max_heart_rate: int | None = None,
        birth_year: int | None = None,
    ) -> History:
        """A whole (unwindowed) history: the last weigh-in and run are read off the data."""
        history = cls(
            weights=tuple(weights),
            body_fats=tuple(body_fats),
            protein_days=tuple(protein_days),
            runs=tuple(runs),
            body_fat_method=body_fat_method,
            max_heart_rate=max_heart_rate,
            birth_year=birth_year,
        )
        return replace(
            history,
            last_weigh_in=max((day for day, _ in history.weights), default=None),
            last_run=max((run.day for run in history.runs), default=None),
            ever_logged=not history.is_empty,
        )

    @property
    def is_empty(self) -> bool:
        """Nothing in the series held (a windowed history may be empty while `ever_logged`)."""
        return not (self.weights or self.body_fats or self.protein_days or self.runs)

    def window(self, windows: Windows, *, through: date | None = None) -> History:
        """The same history with each series cut to ``since <= day <= through`` (None: open),
        and sorted.

        Sorted by the whole row, not just the day: floating-point sums depend on their order,
        and rows come from the database in whatever order its plan gives (a windowed index
        scan and a full scan differ). Sorted, the same entries give the same last digit.
        """

        # Open ends as the first and last representable days: one chained comparison a row
        # (Progress "All time" windows three years of rows for its summary on every view).
        last = through or date.max
        weights_since = windows.weights_since or date.min
        protein_since = windows.protein_since or date.min
        runs_since = windows.runs_since or date.min
        return replace(
            self,
            weights=tuple(sorted(row for row in self.weights if weights_since <= row[0] <= last)),
            body_fats=tuple(
                sorted(row for row in self.body_fats if weights_since <= row[0] <= last)
            ),
            protein_days=tuple(
                sorted(row for row in self.protein_days if protein_since <= row[0] <= last)
            ),
            runs=tuple(
                sorted(
                    (run for run in self.runs if runs_since <= run.day <= last),
                    key=lambda run: (
                        run.day,
                        run.distance_km,
                        run.duration_s,
                        run.avg_hr or 0,
                        run.effort or 0,
                    ),
                )
            ),
        )
