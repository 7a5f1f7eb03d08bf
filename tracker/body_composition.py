"""Body composition you can trust: per-method body-fat series, per-reading smoothing, an
uncertainty band, the primary-method rule, and the US Navy circumference estimate.

Pure functions over plain data (no Django, standard library only). A body-fat reading is a
``(day, percent, method)`` tuple; method codes are the ``BodyFatEntry.Method`` values
(``scale``, ``calipers``, ``dexa``, ``tape``, ``other``). A ``(day, percent)`` pair without a
method is accepted and counted as ``other``.

Rules (DESIGN.md "Body fat and measurements", issue 14):

1. **Never blend methods.** A DEXA scan of 19.5 % and a smart-scale reading of 25.2 % on the same
   day measure different things with different biases; averaging them invents a change. Each
   method is its own series; only the *primary* one feeds the trend, fat/lean mass and the
   energy balance. The others are shown as their own points.

2. **Primary method**: the athlete's choice in Settings; else the method with the most reading
   days in the last 90 days (ties: the one read most recently, then the more precise one); else,
   with nothing in 90 days, the method of the latest reading.

3. **Per-reading smoothing.** Weight is smoothed per calendar day (10 %/day, gap exponent), which
   is right for daily weigh-ins. For body fat read once a week that rule gives each new reading
   ``1 - 0.9^7 = 52 %`` of the trend (77 % after a fortnight), so one bad scale reading steps the
   fat/lean chart by a kilogram overnight. Here each *reading day* (the mean of that day's
   readings of one method) moves the trend by::

       alpha = min(1 - 0.9 ** gap_days, READING_ALPHA_MAX)      READING_ALPHA_MAX = 1/3

   so daily readings keep the familiar 10 %/day (alpha 0.1), a reading every 3 days gets 27 %,
   and no reading - weekly, monthly or after a holiday - carries more than a third. An outlier
   of deviation d therefore moves the trend by at most d/3. The price: a real change after a
   long gap needs about three readings to show fully (1 - (2/3)^3 = 70 %), which is the honest
   speed for a method whose single readings scatter by several points.

4. **Uncertainty band.** The trend is a weighted mean of readings, ``T = sum(w_i x_i)`` with
   ``sum(w_i) = 1``. If single readings scatter with the method's typical error ``s`` (one
   standard deviation, :data:`TYPICAL_ERROR_PCT`), the trend's random error is
   ``s * sqrt(sum(w_i^2))``, tracked by the recursion ``S <- (1 - alpha)^2 S + alpha^2``
   (``S = 1`` after the first reading). The band is +- that one standard error (about two
   chances in three). It shrinks with more readings and never below the smoothing's floor; it
   does not cover a method's constant bias against DEXA, which more readings cannot remove.

5. **Fat/lean split gate.** Fat and lean mass, and a composition-based energy balance, need at
   least :data:`COMPOSITION_MIN_READINGS` primary reading days in the last
   :data:`COMPOSITION_WINDOW_DAYS` days; before that the app says so and uses weight only.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from tracker.texts import decimal, gettext, gettext_noop

# --- Methods ------------------------------------------------------------------------------------

SCALE = "scale"
CALIPERS = "calipers"
DEXA = "dexa"
TAPE = "tape"
OTHER = "other"

# msgids: read them through method_label(), which translates (see tracker.texts).
METHOD_LABELS = {
    SCALE: gettext_noop("Smart scale (BIA)"),
    CALIPERS: gettext_noop("Skinfold calipers"),
    DEXA: gettext_noop("DEXA scan"),
    TAPE: gettext_noop("Tape measure (Navy method)"),
    OTHER: gettext_noop("Other"),
}
# The same inside a sentence: "need 3 smart scale readings" (msgids too).
METHOD_READINGS = {
    SCALE: gettext_noop("smart scale"),
    CALIPERS: gettext_noop("skinfold caliper"),
    DEXA: gettext_noop("DEXA scan"),
    TAPE: gettext_noop("tape measure"),
    OTHER: gettext_noop("body-fat"),
}

# Typical error of one reading, % body-fat points (one SD, reading-to-reading scatter plus
# day-to-day error against a criterion). Consumer BIA limits of agreement span 15-20 points
# (about +-8, so SD ~4); skinfolds by one practised tester ~3.5; DEXA ~1 point precision but
# ~2 against other criteria; the Navy equations' SEE is 3.5-3.7 (Hodgdon & Beckett 1984).
TYPICAL_ERROR_PCT = {SCALE: 4.0, CALIPERS: 3.5, DEXA: 2.0, TAPE: 3.7, OTHER: 5.0}

# Ties in "most readings" go to the more precise method.
_PRECISION_ORDER = {DEXA: 0, CALIPERS: 1, TAPE: 2, SCALE: 3, OTHER: 4}

PRIMARY_WINDOW_DAYS = 90
COMPOSITION_MIN_READINGS = 3
COMPOSITION_WINDOW_DAYS = 42  # six weeks

DAILY_SMOOTHING = 0.1
READING_ALPHA_MAX = 1.0 / 3.0

Reading = tuple[date, float, str]


def method_label(method: str) -> str:
    """The method's name in the active language."""
    return gettext(METHOD_LABELS.get(method, METHOD_LABELS[OTHER]))


def _as_reading(row: Sequence) -> Reading:
    if len(row) >= 3 and row[2]:
        return (row[0], float(row[1]), str(row[2]))
    return (row[0], float(row[1]), OTHER)


# --- Series -------------------------------------------------------------------------------------


def series_by_method(readings: Iterable[Sequence]) -> dict[str, list[tuple[date, float]]]:
    """Daily mean per method, oldest first: ``{"scale": [(day, pct), ...], "dexa": [...]}``.

    Several readings of one method on one day count as one reading day (their mean); readings
    of different methods on the same day stay apart.
    """
    sums: dict[str, dict[date, list[float]]] = {}
    for row in readings:
        day, pct, method = _as_reading(row)
        cell = sums.setdefault(method, {}).setdefault(day, [0.0, 0.0])
        cell[0] += pct
        cell[1] += 1
    return {
        method: [(day, days[day][0] / days[day][1]) for day in sorted(days)]
        for method, days in sums.items()
    }


def reading_alpha(gap_days: int) -> float:
    """Weight of a new reading day after `gap_days` days: 10 %/day, at most one third."""
    return min(1.0 - (1.0 - DAILY_SMOOTHING) ** gap_days, READING_ALPHA_MAX)


@dataclass(frozen=True)
class TrendPoint:
    """The smoothed value on a reading day and its one-standard-error half band."""

    day: date
    value: float
    band: float

    @property
    def low(self) -> float:
        return self.value - self.band

    @property
    def high(self) -> float:
        return self.value + self.band


def reading_trend(
    daily: Sequence[tuple[date, float]], typical_error: float = 0.0
) -> list[TrendPoint]:
    """Per-reading smoothing of one method's daily readings (rule 3) with its band (rule 4).

    `daily` is one method's series from :func:`series_by_method` (sorted, one value per day).
    """
    points: list[TrendPoint] = []
    trend = 0.0
    weight_sq = 1.0  # sum of squared weights of the readings inside the trend
    previous: date | None = None
    for day, value in daily:
        if previous is None:
            trend, weight_sq = value, 1.0
        else:
            alpha = reading_alpha((day - previous).days)
            trend += alpha * (value - trend)
            weight_sq = (1.0 - alpha) ** 2 * weight_sq + alpha**2
        points.append(TrendPoint(day, trend, typical_error * math.sqrt(weight_sq)))
        previous = day
    return points


def primary_method(
    readings: Iterable[Sequence], as_of: date, preferred: str | None = None
) -> str | None:
    """The method whose series drives composition (rule 2), or None without readings.

    A `preferred` method (the athlete's setting) wins even before it has readings, so choosing
    "DEXA" does not silently fall back to the scale; the page then says there are none yet.
    """
    if preferred:
        return preferred
    return _most_used(series_by_method(r for r in readings if r[0] <= as_of), as_of)


def _most_used(by_method: dict[str, list[tuple[date, float]]], as_of: date) -> str | None:
    """Rule 2 without a setting, over the daily series per method up to `as_of`."""
    if not by_method:
        return None
    since = as_of - timedelta(days=PRIMARY_WINDOW_DAYS - 1)

    def rank(method: str) -> tuple[int, date, int]:
        days = by_method[method]
        recent = len(days) - bisect_left(days, since, key=_day_of)
        return (recent, days[-1][0], -_PRECISION_ORDER.get(method, 9))

    return max(by_method, key=rank)


def _day_of(row: tuple) -> date:
    return row[0]


def readings_in_window(daily: Sequence[tuple[date, float]], as_of: date, days: int) -> int:
    """Reading days of a sorted series inside the `days` days ending at `as_of`."""
    start = as_of - timedelta(days=days - 1)
    return bisect_right(daily, as_of, key=_day_of) - bisect_left(daily, start, key=_day_of)


def composition_ready(daily: Sequence[tuple[date, float]], as_of: date) -> bool:
    """Rule 5: enough primary readings in the last six weeks for a fat/lean split."""
    return readings_in_window(daily, as_of, COMPOSITION_WINDOW_DAYS) >= COMPOSITION_MIN_READINGS


def composition_ready_days(daily: Sequence[tuple[date, float]], days: Iterable[date]) -> list[bool]:
    """:func:`composition_ready` for each of a sorted run of `days`, in one sweep over the
    readings (two moving indexes) instead of two binary searches per day."""
    flags: list[bool] = []
    readings = [day for day, _ in daily]
    end = begin = 0
    span = timedelta(days=COMPOSITION_WINDOW_DAYS - 1)
    for as_of in days:
        while end < len(readings) and readings[end] <= as_of:
            end += 1
        start = as_of - span
        while begin < end and readings[begin] < start:
            begin += 1
        flags.append(end - begin >= COMPOSITION_MIN_READINGS)
    return flags


@dataclass(frozen=True)
class BodyFatAnalysis:
    """Everything the pages need about body fat as of one day, per method."""

    as_of: date
    primary: str | None
    primary_chosen: bool  # True when the athlete picked it in Settings
    by_method: dict[str, list[tuple[date, float]]]  # daily readings per method, up to as_of
    trend: list[TrendPoint]  # the primary method's per-reading trend
    recent_readings: int  # primary reading days in the composition window
    ready: bool  # rule 5 holds as of `as_of`
    others: list[str] = field(default_factory=list)  # methods shown only as their own points

    @property
    def primary_label(self) -> str:
        return method_label(self.primary) if self.primary else ""

    @property
    def latest(self) -> TrendPoint | None:
        return self.trend[-1] if self.trend else None

    @property
    def trend_pairs(self) -> list[tuple[date, float]]:
        return [(p.day, p.value) for p in self.trend]

    @property
    def composition_trend(self) -> list[tuple[date, float]]:
        """The primary trend when the split is allowed, else empty (weight-only analytics)."""
        return self.trend_pairs if self.ready else []

    @property
    def not_ready_reason(self) -> str:
        """Why there is no fat/lean split yet, in words; empty when there is one."""
        if self.ready:
            return ""
        if self.primary is None:
            return gettext("Log weight and body fat % to see fat and lean mass.")
        return gettext(
            "Fat and lean mass need %(need)s %(method)s readings in 6 weeks (you have %(have)s); "
            "until then the estimates use your weight trend only."
        ) % {
            "need": COMPOSITION_MIN_READINGS,
            "method": gettext(METHOD_READINGS.get(self.primary, METHOD_READINGS[OTHER])),
            "have": self.recent_readings,
        }


def analyse_body_fat(
    readings: Iterable[Sequence], as_of: date, preferred: str | None = None
) -> BodyFatAnalysis:
    """Split readings by method, pick the primary, smooth it per reading, apply the gate."""
    rows = [_as_reading(r) for r in readings if r[0] <= as_of]
    by_method = series_by_method(rows)
    # primary_method, from the series just made rather than splitting the readings again.
    primary = preferred or _most_used(by_method, as_of)
    daily = by_method.get(primary, []) if primary else []
    trend = reading_trend(daily, TYPICAL_ERROR_PCT.get(primary or OTHER, TYPICAL_ERROR_PCT[OTHER]))
    recent = readings_in_window(daily, as_of, COMPOSITION_WINDOW_DAYS)
    return BodyFatAnalysis(
        as_of=as_of,
        primary=primary,
        primary_chosen=bool(preferred),
        by_method=by_method,
        trend=trend,
        recent_readings=recent,
        ready=recent >= COMPOSITION_MIN_READINGS,
        others=sorted(m for m in by_method if m != primary),
    )


def ready_days(daily: Sequence[tuple[date, float]], days: Iterable[date]) -> list[bool]:
    """For each day (sorted), whether rule 5 held on that day: used to draw the fat/lean chart
    only where the split was allowed at the time."""
    return [composition_ready(daily, day) for day in days]


# --- US Navy circumference estimate -------------------------------------------------------------

NAVY_SEE_PCT = {"male": 3.52, "female": 3.72}  # Hodgdon & Beckett 1984, vs hydrostatic weighing


@dataclass(frozen=True)
class NavyEstimate:
    percent: float
    standard_error: float  # the equation's standard error of estimate, % points

    @property
    def error_text(self) -> str:
        return gettext(
            "±%(error)s points (the formula's typical error against underwater weighing)"
        ) % {"error": decimal(self.standard_error, 1)}


def navy_body_fat(
    *,
    sex: str,
    height_cm: float,
    neck_cm: float,
    waist_cm: float,
    hips_cm: float | None = None,
) -> NavyEstimate:
    """US Navy body-fat % from circumferences and height (Hodgdon & Beckett 1984), in cm.

    Body density, then Siri's equation (% = 495 / density - 450):

    - men:   density = 1.0324 - 0.19077 log10(waist - neck) + 0.15456 log10(height),
      waist at the navel;
    - women: density = 1.29579 - 0.35004 log10(waist + hips - neck) + 0.22100 log10(height),
      waist at its narrowest, hips at the widest point of the buttocks.

    Raises ValueError for measurements the equations cannot take (a waist not larger than the
    neck, missing hips for women, an unknown sex).
    """
    if sex == "male":
        girth = waist_cm - neck_cm
        if girth <= 0:
            raise ValueError(
                gettext("The waist must be larger than the neck for the Navy formula.")
            )
        density = 1.0324 - 0.19077 * math.log10(girth) + 0.15456 * math.log10(height_cm)
    elif sex == "female":
        if hips_cm is None:
            raise ValueError(gettext("The Navy formula for women needs the hips measurement."))
        girth = waist_cm + hips_cm - neck_cm
        if girth <= 0:
            raise ValueError(
                gettext("Waist plus hips must be larger than the neck for the Navy formula.")
            )
        density = 1.29579 - 0.35004 * math.log10(girth) + 0.22100 * math.log10(height_cm)
    else:
        raise ValueError(gettext("The Navy formula needs sex (female or male)."))
    return NavyEstimate(495.0 / density - 450.0, NAVY_SEE_PCT[sex])
