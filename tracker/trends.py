"""Trend analytics for whole-body progress: pure functions over plain data.

Everything here takes lists of ``(date, value)`` tuples (or :class:`RunPoint`) in metric units and
returns plain values or frozen dataclasses, so views, the coach roster, charts and tests can all
share it without touching the database. No Django, no models, standard library only.

The formulas follow DESIGN.md ("Analytics"):

- trend = exponentially smoothed daily mean, 10 % per day, gaps handled by a ``gap_days`` exponent
  (The Hacker's Diet / Libra);
- fat mass = trend weight x trend body fat / 100, lean mass = the rest;
- rate = least-squares slope of the trend over the last 28 days, in kg/week and % body
  weight/week, judged against the 0.5-1.0 %/week fat-loss band (Garthe 2011);
- energy balance = fat 9440 kcal/kg + lean 1816 kcal/kg (Hall 2008), or 7700 kcal/kg of weight;
- protein = g per kg of trend weight, 7-day mean of logged days, target 1.6-2.2 g/kg;
- running = weekly km by ISO week, longest run, pace trend, ~1 kcal/kg/km, acute:chronic ratio
  (judged only once there are 3 weeks of running to compare with);
- running dose (MYTHS.md 4f) = qualifying sessions per week over 4 weeks (30+ min at moderate or
  vigorous intensity, ACSM: 64 % / 77 % of max HR, else effort 5 / 7 of 10), read together with
  the energy-balance signal (deficit, maintenance or surplus).

Conventions: a window of N days "ending at" a day includes that day, so the last 28 days up to
``as_of`` are ``as_of - 27 ... as_of``. Data after ``as_of`` is ignored. Results are not rounded;
rounding is a display concern (see ``tracker.charts``).
"""

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from operator import itemgetter
from typing import Any, TypeVar

from tracker.body_composition import BodyFatAnalysis, analyse_body_fat
from tracker.texts import gettext, gettext_noop

# --- Constants (sources in DESIGN.md) -----------------------------------------------------------

DEFAULT_SMOOTHING = 0.1
RATE_WINDOW_DAYS = 28
# A slope over fewer days than this says more about water and glycogen than about tissue.
RATE_MIN_SPAN_DAYS = 6  # first to last data day, i.e. data covering at least 7 calendar days
RATE_MIN_POINTS = 2

SAFE_LOSS_MIN_PCT_PER_WEEK = 0.5
SAFE_LOSS_MAX_PCT_PER_WEEK = 1.0
# Within +-0.1 %/week (~80 g/week at 80 kg) the trend is indistinguishable from maintenance.
STEADY_PCT_PER_WEEK = 0.1

KCAL_PER_KG_FAT = 9440.0
KCAL_PER_KG_LEAN = 1816.0
KCAL_PER_KG_WEIGHT = 7700.0

PROTEIN_WINDOW_DAYS = 7
# One or two logged days say more about what was remembered than what was eaten: no verdict yet.
PROTEIN_MIN_DAYS_FOR_STATUS = 3
PROTEIN_LOW_G_PER_KG = 1.2
PROTEIN_TARGET_MIN_G_PER_KG = 1.6
PROTEIN_TARGET_MAX_G_PER_KG = 2.2

RUN_KCAL_PER_KG_PER_KM = 1.0
ACUTE_DAYS = 7
CHRONIC_DAYS = 28
ACWR_SPIKE = 1.5
# A new runner's first weeks are all "spike" against an empty past: the ratio is judged only when
# the chronic window holds a run at least this many days before the day judged (3 weeks).
ACWR_BASELINE_DAYS = 21

# Status codes (stable, for flags and CSS classes) and the words shown to people.
RATE_FAST_LOSS = "fast_loss"
RATE_IN_BAND = "in_band"
RATE_SLOW_LOSS = "slow_loss"
RATE_STEADY = "steady"
RATE_GAINING = "gaining"
# The words are msgids (tracker.texts): the dataclasses below translate them when read.
RATE_STATUS_TEXT = {
    RATE_FAST_LOSS: gettext_noop("losing faster than 1 %/week"),
    RATE_IN_BAND: gettext_noop("losing within the 0.5–1.0 %/week band"),
    RATE_SLOW_LOSS: gettext_noop("losing slowly"),
    RATE_STEADY: gettext_noop("holding steady"),
    RATE_GAINING: gettext_noop("gaining"),
}

PROTEIN_LOW = "low"
PROTEIN_BELOW_TARGET = "below_target"
PROTEIN_IN_TARGET = "in_target"
PROTEIN_ABOVE_TARGET = "above_target"
PROTEIN_BASELINE = "baseline"  # fewer than PROTEIN_MIN_DAYS_FOR_STATUS logged days
PROTEIN_STATUS_TEXT = {
    PROTEIN_BASELINE: gettext_noop("building your baseline: log 3 days to compare with the target"),
    PROTEIN_LOW: gettext_noop("low (under 1.2 g/kg)"),
    PROTEIN_BELOW_TARGET: gettext_noop("below the 1.6–2.2 g/kg target"),
    PROTEIN_IN_TARGET: gettext_noop("within the 1.6–2.2 g/kg target"),
    PROTEIN_ABOVE_TARGET: gettext_noop("above the 1.6–2.2 g/kg target"),
}

# Codes that are also the words (msgids; EnergyBalance.basis_text translates them).
BASIS_COMPOSITION = gettext_noop("fat and lean mass trend")
BASIS_WEIGHT_ONLY = gettext_noop("weight trend only")

_Row = TypeVar("_Row", bound=tuple)


# --- Series basics ------------------------------------------------------------------------------


def _by_day(points: Iterable[tuple[date, float]]) -> list[tuple[date, float]]:
    """`points` sorted by day only, a day's points in their given order (a stable sort), so
    the sums below add them in the same order whatever order the days came in."""
    return sorted(points, key=itemgetter(0))


def _day_totals(points: Iterable[tuple[date, float]]) -> list[tuple[date, float, int]]:
    """(day, total, count) per day, oldest first, in one pass over the day-sorted points (half
    the time of a sum and a count per day in two dicts, for 3 years of weigh-ins on every "All
    time" page). A day's points add in their given order, starting at 0.0."""
    days: list[tuple[date, float, int]] = []
    current: date | None = None
    total, count = 0.0, 0
    for day, value in _by_day(points):
        if day == current:
            total += value
            count += 1
            continue
        if current is not None:
            days.append((current, total, count))
        current, total, count = day, 0.0 + value, 1
    if current is not None:
        days.append((current, total, count))
    return days


def daily_means(points: Iterable[tuple[date, float]]) -> list[tuple[date, float]]:
    """Mean value per day, oldest first; several readings on one day count as one."""
    # A day's one reading is its own mean (total / 1 is total: no new float to make).
    return [
        (day, total if count == 1 else total / count) for day, total, count in _day_totals(points)
    ]


def _daily_sums(points: Iterable[tuple[date, float]]) -> list[tuple[date, float]]:
    """Total per day, oldest first (protein: several "+20 g" entries add up)."""
    return [(day, total) for day, total, _ in _day_totals(points)]


def _smooth(daily: Sequence[tuple[date, float]], smoothing: float) -> list[tuple[date, float]]:
    """Exponential smoothing of one-value-per-day data with the gap exponent."""
    if not 0.0 < smoothing <= 1.0:
        raise ValueError(f"smoothing must be in (0, 1], got {smoothing!r}")
    keep = 1.0 - smoothing
    one_day = 1.0 - keep**1  # the usual step, worked out once (the same float as in the loop)
    smoothed: list[tuple[date, float]] = []
    trend = 0.0
    previous: int | None = None  # the previous day's ordinal
    for day, value in daily:
        ordinal = day.toordinal()
        if previous is None:
            trend = value  # seeded with the first daily mean
        else:
            # A gap of g days counts as g daily steps towards the new value, so a week away
            # moves the trend as much as a week of identical weigh-ins would (1 - 0.9^7 = 52 %).
            gap_days = ordinal - previous
            trend += (one_day if gap_days == 1 else 1.0 - keep**gap_days) * (value - trend)
        smoothed.append((day, trend))
        previous = ordinal
    return smoothed


def trend_series(
    points: Iterable[tuple[date, float]], smoothing: float = 0.1
) -> list[tuple[date, float]]:
    """Daily means of `points` (any order, several per day allowed), smoothed: one (day, trend) per day with data, oldest first."""  # noqa: E501
    return _smooth(daily_means(points), smoothing)


def daily_trend(
    daily: Sequence[tuple[date, float]], smoothing: float = DEFAULT_SMOOTHING
) -> list[tuple[date, float]]:
    """:func:`trend_series` of a series that already is :func:`daily_means` (one value per day,
    oldest first), without averaging it again: the same numbers, for a caller that draws both
    (the weight chart)."""
    return _smooth(daily, smoothing)


def _day_of(row: tuple) -> date:
    return row[0]


def trend_at(series: Sequence[tuple[date, float]], day: date) -> float | None:
    """Latest trend value on or before `day` (carried forward), or None before the series."""
    index = bisect_right(series, day, key=_day_of)
    return series[index - 1][1] if index else None


def clip_series(series: Sequence[_Row], start: date | None, end: date | None = None) -> list[_Row]:
    """Rows of a day-sorted series with ``start <= day <= end`` (None = unbounded).

    Compute trends over the full history first and clip afterwards, so the trend at the start of
    a display range carries its warm-up instead of restarting from one noisy reading.
    """
    lo = 0 if start is None else bisect_left(series, start, key=_day_of)
    hi = len(series) if end is None else bisect_right(series, end, key=_day_of)
    return list(series[lo:hi])


def _window_start(end: date, days: int) -> date:
    return end - timedelta(days=days - 1)


def _slope_per_day(rows: Sequence[tuple[date, float]]) -> float:
    """Least-squares slope (units per day) of values against their day numbers."""
    origin = rows[0][0]
    xs = [(day - origin).days for day, _ in rows]
    ys = [value for _, value in rows]
    n = len(rows)
    mean_x = sum(xs) / n
    mean_y = sum(ys) / n
    sxx = sum((x - mean_x) ** 2 for x in xs)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    return sxy / sxx if sxx else 0.0


def _enough_for_slope(rows: Sequence[tuple[Any, ...]]) -> bool:
    # Rows are (day, value, ...): the composition series carries fat and lean on each day.
    return len(rows) >= RATE_MIN_POINTS and (rows[-1][0] - rows[0][0]).days >= RATE_MIN_SPAN_DAYS


def _rate_window(
    series: Sequence[tuple[date, float]], as_of: date | None, window_days: int
) -> list[tuple[date, float]]:
    if not series:
        return []
    end = as_of if as_of is not None else series[-1][0]
    return clip_series(series, _window_start(end, window_days), end)


# --- Body composition ---------------------------------------------------------------------------


def composition_series(
    weight_trend: Sequence[tuple[date, float]], body_fat_trend: Sequence[tuple[date, float]]
) -> list[tuple[date, float, float]]:
    """(day, fat_kg, lean_kg) for each weight-trend day from the first body-fat reading on.

    Body fat is logged weekly-ish and weight daily, so the latest body-fat trend is carried
    forward to each weigh-in day; days before the first body-fat reading are left out rather
    than guessed. Both inputs are day-sorted trend series (see :func:`trend_series`).
    """
    rows: list[tuple[date, float, float]] = []
    bf_index = 0
    current_pct: float | None = None
    for day, weight_kg in weight_trend:
        # Two-pointer merge: both series are sorted, so this stays O(n + m).
        while bf_index < len(body_fat_trend) and body_fat_trend[bf_index][0] <= day:
            current_pct = body_fat_trend[bf_index][1]
            bf_index += 1
        if current_pct is None:
            continue
        fat_kg = weight_kg * current_pct / 100.0
        rows.append((day, fat_kg, weight_kg - fat_kg))
    return rows


# --- Rate of change -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RateOfChange:
    """Least-squares slope of the weight trend over a window, with a status in words."""

    kg_per_week: float
    pct_per_week: float  # of the current trend weight; negative = losing
    status: str  # one of the RATE_* codes
    trend_weight_kg: float
    window_start: date
    window_end: date
    days_with_data: int

    @property
    def status_text(self) -> str:
        """The status in words, in the active language."""
        return gettext(RATE_STATUS_TEXT[self.status])


def rate_status(pct_per_week: float) -> str:
    """RATE_* code for a weekly change in % of body weight (band limits inclusive)."""
    # Judge the value people will see (2 decimals), so "-1.00 %/week" is never called too fast
    # because of float noise.
    pct = round(pct_per_week, 2)
    if pct < -SAFE_LOSS_MAX_PCT_PER_WEEK:
        return RATE_FAST_LOSS
    if pct <= -SAFE_LOSS_MIN_PCT_PER_WEEK:
        return RATE_IN_BAND
    if pct <= -STEADY_PCT_PER_WEEK:
        return RATE_SLOW_LOSS
    if pct < STEADY_PCT_PER_WEEK:
        return RATE_STEADY
    return RATE_GAINING


def weight_rate(
    weight_trend: Sequence[tuple[date, float]],
    as_of: date | None = None,
    window_days: int = RATE_WINDOW_DAYS,
) -> RateOfChange | None:
    """Rate of change of the trend over the `window_days` ending at `as_of` (default: last day).

    None when the window holds fewer than 2 data days or they span less than a week.
    """
    rows = _rate_window(weight_trend, as_of, window_days)
    if not _enough_for_slope(rows):
        return None
    kg_per_week = _slope_per_day(rows) * 7.0
    current_kg = rows[-1][1]
    pct_per_week = kg_per_week / current_kg * 100.0
    status = rate_status(pct_per_week)
    end = as_of if as_of is not None else rows[-1][0]
    return RateOfChange(
        kg_per_week=kg_per_week,
        pct_per_week=pct_per_week,
        status=status,
        trend_weight_kg=current_kg,
        window_start=_window_start(end, window_days),
        window_end=end,
        days_with_data=len(rows),
    )


def series_rate_per_week(
    series: Sequence[tuple[date, float]], as_of: date, window_days: int = RATE_WINDOW_DAYS
) -> float | None:
    """Least-squares slope per week of any trend (e.g. body fat %) over the window ending at
    `as_of`, by the same rule as :func:`weight_rate`; None when the window is too thin."""
    rows = _rate_window(series, as_of, window_days)
    if not _enough_for_slope(rows):
        return None
    return _slope_per_day(rows) * 7.0


# --- Energy balance -----------------------------------------------------------------------------


@dataclass(frozen=True)
class EnergyBalance:
    """Estimated average energy balance per day; negative = deficit. An estimate, not a count."""

    kcal_per_day: float
    basis: str  # BASIS_COMPOSITION or BASIS_WEIGHT_ONLY
    window_start: date
    window_end: date

    @property
    def basis_text(self) -> str:
        """What the estimate is from, in words in the active language."""
        return gettext(self.basis)

    @property
    def is_deficit(self) -> bool:
        return self.kcal_per_day < 0


def energy_balance(
    weight_trend: Sequence[tuple[date, float]],
    body_fat_trend: Sequence[tuple[date, float]] = (),
    as_of: date | None = None,
    window_days: int = RATE_WINDOW_DAYS,
) -> EnergyBalance | None:
    """Energy balance over the same window as :func:`weight_rate`.

    Δ/days is taken as the least-squares slope of each trend (exactly Δ/days on a straight line,
    and consistent with the rate shown beside it). Uses fat and lean mass when at least two
    body-fat readings fall inside the window - a single carried-forward reading would only split
    the weight change in a fixed ratio - and otherwise weight alone.
    """
    weight_rows = _rate_window(weight_trend, as_of, window_days)
    if not _enough_for_slope(weight_rows):
        return None
    end = as_of if as_of is not None else weight_rows[-1][0]
    start = _window_start(end, window_days)

    if len(clip_series(body_fat_trend, start, end)) >= 2:
        composition = composition_series(weight_rows, body_fat_trend)
        if _enough_for_slope(composition):
            fat_per_day = _slope_per_day([(day, fat) for day, fat, _ in composition])
            lean_per_day = _slope_per_day([(day, lean) for day, _, lean in composition])
            kcal = fat_per_day * KCAL_PER_KG_FAT + lean_per_day * KCAL_PER_KG_LEAN
            return EnergyBalance(kcal, BASIS_COMPOSITION, start, end)

    kcal = _slope_per_day(weight_rows) * KCAL_PER_KG_WEIGHT
    return EnergyBalance(kcal, BASIS_WEIGHT_ONLY, start, end)


# --- Protein ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProteinStatus:
    """Mean protein intake per kg of trend weight over the logged days of a window."""

    g_per_kg: float
    days_logged: int
    status: str  # one of the PROTEIN_* codes
    window_start: date
    window_end: date

    @property
    def status_text(self) -> str:
        """The status in words, in the active language (kg-based: presenters word it per unit)."""
        return gettext(PROTEIN_STATUS_TEXT[self.status])


def protein_status(g_per_kg: float) -> str:
    """PROTEIN_* code for an intake in g/kg/day (judged at 2 decimals, limits inclusive)."""
    value = round(g_per_kg, 2)
    if value < PROTEIN_LOW_G_PER_KG:
        return PROTEIN_LOW
    if value < PROTEIN_TARGET_MIN_G_PER_KG:
        return PROTEIN_BELOW_TARGET
    if value <= PROTEIN_TARGET_MAX_G_PER_KG:
        return PROTEIN_IN_TARGET
    return PROTEIN_ABOVE_TARGET


def protein_g_per_kg_series(
    protein_days: Iterable[tuple[date, float]], weight_trend: Sequence[tuple[date, float]]
) -> list[tuple[date, float]]:
    """(day, g/kg) per logged day, oldest first; entries on one day are summed.

    Each day is divided by the trend weight of that day (carried forward). Protein logged
    before the first weigh-in uses the first trend value: body weight moves little over days,
    and dropping those days would hide real intake. Empty without any weight trend.
    """
    if not weight_trend:
        return []
    rows: list[tuple[date, float]] = []
    index = 0
    weight_kg = weight_trend[0][1]
    for day, grams in _daily_sums(protein_days):
        while index < len(weight_trend) and weight_trend[index][0] <= day:
            weight_kg = weight_trend[index][1]
            index += 1
        rows.append((day, grams / weight_kg))
    return rows


def protein_average(
    protein_days: Iterable[tuple[date, float]],
    weight_trend: Sequence[tuple[date, float]],
    as_of: date,
    window_days: int = PROTEIN_WINDOW_DAYS,
) -> ProteinStatus | None:
    """Mean g/kg over the logged days in the `window_days` ending at `as_of`.

    Days without a log are skipped, not counted as zero: an unlogged day is missing data, not
    a day without protein. None when nothing was logged in the window or there is no weight.
    With fewer than 3 logged days an intake under the target gets PROTEIN_BASELINE instead of
    "low" or "below target": a first day's partial log raises no warning (and no coach flag).
    Reaching the target on day one is still said; only the alarms wait for a baseline.
    """
    start = _window_start(as_of, window_days)
    in_window = [(day, grams) for day, grams in protein_days if start <= day <= as_of]
    rows = protein_g_per_kg_series(in_window, clip_series(weight_trend, None, as_of))
    if not rows:
        return None
    mean = sum(value for _, value in rows) / len(rows)
    status = protein_status(mean)
    if len(rows) < PROTEIN_MIN_DAYS_FOR_STATUS and status in (PROTEIN_LOW, PROTEIN_BELOW_TARGET):
        status = PROTEIN_BASELINE
    return ProteinStatus(mean, len(rows), status, start, as_of)


# --- Running ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RunPoint:
    """One run in metric units (what the analytics need from a Run row).

    ``duration_s`` is the moving time (what files and people record as the run's duration);
    ``avg_hr`` in beats per minute and ``effort`` (RPE 1-10) are optional and only feed the
    running dose's intensity.
    """

    day: date
    distance_km: float
    duration_s: float
    avg_hr: int | None = None
    effort: int | None = None

    def __post_init__(self) -> None:
        if not (self.distance_km > 0 and self.duration_s > 0):
            raise ValueError("A run needs a positive distance and duration.")

    @property
    def pace_s_per_km(self) -> float:
        return self.duration_s / self.distance_km


# timedelta(days=n) for n days since Monday, made once: building one per call was most of
# week_start's time (two calls per run on an "All time" page).
_SINCE_MONDAY = tuple(timedelta(days=n) for n in range(7))
_ONE_WEEK = timedelta(days=7)


def week_start(day: date) -> date:
    """Monday of the ISO week containing `day`."""
    return day - _SINCE_MONDAY[day.weekday()]


def weekly_distance_km(
    runs: Iterable[RunPoint], through: date | None = None
) -> list[tuple[date, float]]:
    """(Monday, km) per ISO week from the first run's week to the last's, oldest first.

    Weeks without runs are included as 0 so a chart shows the break. `through` extends the
    series with zero weeks up to the week containing that day (e.g. today).
    """
    totals: dict[date, float] = {}
    for run in runs:
        monday = week_start(run.day)
        totals[monday] = totals.get(monday, 0.0) + run.distance_km
    if not totals:
        return []
    monday = min(totals)
    last = max(totals)
    if through is not None:
        last = max(last, week_start(through))
    weeks: list[tuple[date, float]] = []
    while monday <= last:
        weeks.append((monday, totals.get(monday, 0.0)))
        monday += _ONE_WEEK
    return weeks


def longest_run(runs: Iterable[RunPoint]) -> RunPoint | None:
    """The longest run by distance (the earliest one on a tie), or None."""
    # Longer wins; on equal distance the earlier run keeps the record.
    return max(runs, key=lambda run: (run.distance_km, -run.day.toordinal()), default=None)


def pace_trend(
    runs: Iterable[RunPoint], smoothing: float = DEFAULT_SMOOTHING
) -> list[tuple[date, float]]:
    """Smoothed pace in seconds per km, one point per day with a run, oldest first.

    Choice: each run day's pace is total time / total distance (so a long run outweighs a short
    warm-up the same day), then smoothed per day with the trend-weight formula and its gap
    exponent. Runs come a few times a week, so each run moves the trend by 1 - 0.9^gap
    (19-27 % for a 2-3 day gap): one hilly or easy run does not read as lost fitness.
    """
    distance: dict[date, float] = {}
    duration: dict[date, float] = {}
    for run in runs:
        distance[run.day] = distance.get(run.day, 0.0) + run.distance_km
        duration[run.day] = duration.get(run.day, 0.0) + run.duration_s
    daily = [(day, duration[day] / distance[day]) for day in sorted(distance)]
    return _smooth(daily, smoothing)


def running_energy_kcal(distance_km: float, body_weight_kg: float) -> float:
    """Approximate energy cost of running: ~1 kcal per kg per km, fairly pace-independent."""
    return distance_km * body_weight_kg * RUN_KCAL_PER_KG_PER_KM


@dataclass(frozen=True)
class AcuteChronic:
    """Acute (7-day) vs chronic (28-day weekly average) running load."""

    acute_km: float
    chronic_weekly_km: float
    ratio: float | None  # None when there is no chronic load to compare with
    spike: bool
    # False while the 28-day window holds no run from 3+ weeks ago: there is no baseline yet to
    # call this week a spike against ("building your baseline"), and `spike` stays False.
    baseline_ready: bool = True


def acute_chronic_ratio(runs: Iterable[RunPoint], as_of: date) -> AcuteChronic:
    """Last 7 days' km / (last 28 days' km / 4); a spike above 1.5 once a baseline exists.

    The acute week is part of the chronic 28 days (the usual "coupled" ratio), so the ratio
    tops out at 4 when all running happened this week. The baseline needs a run at least
    21 days before `as_of` inside the 28-day window: a brand-new runner (or one back from a
    month off) is building a baseline, not spiking. Judging from the window alone keeps the
    rule the same for the windowed loaders (Today, roster) and the full history (Progress).
    """
    acute_from = _window_start(as_of, ACUTE_DAYS)
    chronic_from = _window_start(as_of, CHRONIC_DAYS)
    baseline_by = as_of - timedelta(days=ACWR_BASELINE_DAYS)
    acute = chronic = 0.0
    baseline_ready = False
    for run in runs:
        if chronic_from <= run.day <= as_of:
            chronic += run.distance_km
            if run.day >= acute_from:
                acute += run.distance_km
            if run.day <= baseline_by:
                baseline_ready = True
    chronic_weekly = chronic / (CHRONIC_DAYS / ACUTE_DAYS)
    if chronic_weekly <= 0:
        return AcuteChronic(acute, 0.0, None, False, baseline_ready)
    ratio = acute / chronic_weekly
    return AcuteChronic(
        acute, chronic_weekly, ratio, baseline_ready and ratio > ACWR_SPIKE, baseline_ready
    )


# --- Running dose (MYTHS.md 4f) -----------------------------------------------------------------

DOSE_WINDOW_DAYS = 28
DOSE_WEEKS = DOSE_WINDOW_DAYS // 7
DOSE_MIN_SESSION_S = 30 * 60
DOSE_MIN_PER_WEEK = 3
DOSE_MAX_PER_WEEK = 5
# ACSM (Garber 2011): moderate from 64 % of max HR (RPE ~5-6 of 10), vigorous from 77 % (RPE 7-8).
MODERATE_MAX_HR_PCT = 64
VIGOROUS_MAX_HR_PCT = 77
MODERATE_EFFORT = 5
VIGOROUS_EFFORT = 7
# More hard sessions than this in a week and recovery, not more running, is the concern.
HARD_SESSIONS_RECOVERY_LIMIT = 5

INTENSITY_VIGOROUS = "vigorous"
INTENSITY_MODERATE = "moderate"
INTENSITY_LIGHT = "light"
INTENSITY_UNKNOWN = "unknown"
INTENSITIES = (INTENSITY_VIGOROUS, INTENSITY_MODERATE, INTENSITY_LIGHT, INTENSITY_UNKNOWN)

BASIS_HEART_RATE = "heart_rate"
BASIS_EFFORT = "effort"

DOSE_NO_RUNS = "no_runs"
DOSE_ENOUGH = "enough"
DOSE_TOO_RARE = "too_rare"
DOSE_TOO_SHORT = "too_short"
DOSE_TOO_EASY = "too_easy"
DOSE_INTENSITY_UNKNOWN = "intensity_unknown"
DOSE_VERDICTS = (
    DOSE_NO_RUNS,
    DOSE_ENOUGH,
    DOSE_TOO_RARE,
    DOSE_TOO_SHORT,
    DOSE_TOO_EASY,
    DOSE_INTENSITY_UNKNOWN,
)

# Tanaka 2001: HRmax ~ 208 - 0.7 x age (individual error about +-10 bpm); see tanaka_max_hr.


@dataclass(frozen=True)
class MaxHeartRate:
    """The max heart rate the intensity is judged against, and whether it is an estimate."""

    bpm: int
    estimated: bool  # True = Tanaka from birth year; False = measured by the athlete


def tanaka_max_hr(age_years: int) -> int:
    """208 - 0.7 x age, rounded half up to whole beats (the precision heart rates are logged at).

    In tenths of a beat, so 183.5 is 184 without float noise or banker's rounding deciding it.
    """
    return (2080 - 7 * age_years + 5) // 10


def max_heart_rate(
    *, measured: int | None, birth_year: int | None, as_of: date
) -> MaxHeartRate | None:
    """A measured max HR wins; else the Tanaka estimate from the birth year; else None.

    Age is `as_of.year - birth_year`: without a birthday it may be a year high for part of the
    year, which moves the estimate by 0.7 bpm, well inside Tanaka's own +-10 bpm.
    """
    if measured is not None:
        return MaxHeartRate(measured, estimated=False)
    if birth_year is not None:
        return MaxHeartRate(tanaka_max_hr(as_of.year - birth_year), estimated=True)
    return None


def run_intensity(run: RunPoint, max_hr: int | None) -> str:
    """INTENSITY_* of one run: heart rate against max HR when both are known, else effort.

    Integer arithmetic (avg x 100 >= 64 x max) so a run exactly at 64 % is moderate, without
    float noise deciding a boundary case.
    """
    if run.avg_hr is not None and max_hr:
        if run.avg_hr * 100 >= VIGOROUS_MAX_HR_PCT * max_hr:
            return INTENSITY_VIGOROUS
        if run.avg_hr * 100 >= MODERATE_MAX_HR_PCT * max_hr:
            return INTENSITY_MODERATE
        return INTENSITY_LIGHT
    if run.effort is not None:
        if run.effort >= VIGOROUS_EFFORT:
            return INTENSITY_VIGOROUS
        if run.effort >= MODERATE_EFFORT:
            return INTENSITY_MODERATE
        return INTENSITY_LIGHT
    return INTENSITY_UNKNOWN


def intensity_basis(run: RunPoint, max_hr: int | None) -> str | None:
    """What :func:`run_intensity` judged from: BASIS_HEART_RATE, BASIS_EFFORT or None."""
    if run.avg_hr is not None and max_hr:
        return BASIS_HEART_RATE
    if run.effort is not None:
        return BASIS_EFFORT
    return None


def _counts_for_dose(duration_s: float, intensity: str) -> bool:
    return duration_s >= DOSE_MIN_SESSION_S and intensity in (
        INTENSITY_MODERATE,
        INTENSITY_VIGOROUS,
    )


def run_qualifies(run: RunPoint, max_hr: int | None) -> bool:
    """30+ minutes of moving time at moderate or vigorous intensity (MYTHS.md 4f)."""
    return _counts_for_dose(run.duration_s, run_intensity(run, max_hr))


@dataclass(frozen=True)
class RunningDose:
    """How much of the fat-loss running dose the last 4 weeks delivered.

    Counts are over the 28 days ending at `as_of` (inclusive); "per week" values are those
    counts divided by 4. Every run in the window falls in exactly one of: qualifying,
    `too_short` (under 30 min, whatever the intensity), `too_easy` (30+ min, light) or
    `intensity_unknown` (30+ min, no heart rate and no effort). The intensity mix counts all
    runs in the window by intensity, short ones included.
    """

    as_of: date
    window_start: date
    max_hr: int | None
    sessions: int
    qualifying: int
    too_short: int
    too_easy: int
    intensity_unknown: int
    sessions_per_week: float
    qualifying_per_week: float
    minutes_per_run: float | None  # mean moving time of the window's runs; None without runs
    qualifying_minutes_per_week: float
    intensity_mix: dict[str, int]  # INTENSITY_* -> runs in the window
    this_week_sessions: int  # ISO week containing as_of, Monday to as_of
    this_week_qualifying: int
    this_week_hard: int  # vigorous runs this ISO week
    verdict: str  # one of DOSE_VERDICTS

    @property
    def is_enough(self) -> bool:
        return self.verdict == DOSE_ENOUGH

    @property
    def too_many_hard_sessions(self) -> bool:
        """More than 5 vigorous runs this week, or on average over 4 weeks: recovery matters."""
        return (
            self.this_week_hard > HARD_SESSIONS_RECOVERY_LIMIT
            or self.intensity_mix[INTENSITY_VIGOROUS] > HARD_SESSIONS_RECOVERY_LIMIT * DOSE_WEEKS
        )


def dose_verdict(
    sessions: int, qualifying: int, too_short: int, too_easy: int, unknown: int
) -> str:
    """The main reason the dose is, or is not, enough (counts over 4 weeks).

    1. no runs -> ``no_runs``; 2. qualifying >= 3 a week (12 in 4 weeks) -> ``enough``;
    3. fewer than 3 runs a week of any kind -> ``too_rare``: even if every run counted it would
       not be enough, so frequency is the first thing to change;
    4. otherwise the most common way runs missed: ``intensity_unknown``, ``too_short`` or
       ``too_easy``; a tie goes in that order - unknown first because logging an effort is the
       cheapest fix and may show the dose is already there; short before easy because lengthening
       a run at the same effort is the smaller change.
    """
    needed = DOSE_MIN_PER_WEEK * DOSE_WEEKS
    if sessions == 0:
        return DOSE_NO_RUNS
    if qualifying >= needed:
        return DOSE_ENOUGH
    if sessions < needed:
        return DOSE_TOO_RARE
    misses = [
        (unknown, DOSE_INTENSITY_UNKNOWN),
        (too_short, DOSE_TOO_SHORT),
        (too_easy, DOSE_TOO_EASY),
    ]
    # max() keeps the first of equal counts, which is the tie order above.
    return max(misses, key=lambda miss: miss[0])[1]


def running_dose(
    runs: Iterable[RunPoint], *, as_of: date, max_hr: int | None = None
) -> RunningDose:
    """The running dose over the 28 days ending at `as_of` (see :class:`RunningDose`).

    `max_hr` is the athlete's max heart rate (see :func:`max_heart_rate`); without it, heart
    rates are ignored and effort alone decides the intensity. Runs after `as_of` are ignored.
    """
    start = _window_start(as_of, DOSE_WINDOW_DAYS)
    monday = week_start(as_of)
    sessions = qualifying = too_short = too_easy = unknown = 0
    this_week = this_week_qualifying = this_week_hard = 0
    total_s = qualifying_s = 0.0
    mix = dict.fromkeys(INTENSITIES, 0)
    for run in runs:
        if not start <= run.day <= as_of:
            continue
        intensity = run_intensity(run, max_hr)
        counts = _counts_for_dose(run.duration_s, intensity)
        sessions += 1
        total_s += run.duration_s
        mix[intensity] += 1
        if counts:
            qualifying += 1
            qualifying_s += run.duration_s
        elif run.duration_s < DOSE_MIN_SESSION_S:
            too_short += 1
        elif intensity == INTENSITY_LIGHT:
            too_easy += 1
        else:
            unknown += 1
        if run.day >= monday:
            this_week += 1
            this_week_qualifying += counts
            this_week_hard += intensity == INTENSITY_VIGOROUS
    return RunningDose(
        as_of=as_of,
        window_start=start,
        max_hr=max_hr,
        sessions=sessions,
        qualifying=qualifying,
        too_short=too_short,
        too_easy=too_easy,
        intensity_unknown=unknown,
        sessions_per_week=sessions / DOSE_WEEKS,
        qualifying_per_week=qualifying / DOSE_WEEKS,
        minutes_per_run=total_s / 60.0 / sessions if sessions else None,
        qualifying_minutes_per_week=qualifying_s / 60.0 / DOSE_WEEKS,
        intensity_mix=mix,
        this_week_sessions=this_week,
        this_week_qualifying=this_week_qualifying,
        this_week_hard=this_week_hard,
        verdict=dose_verdict(sessions, qualifying, too_short, too_easy, unknown),
    )


def weekly_qualifying_sessions(
    runs: Iterable[RunPoint], *, max_hr: int | None, through: date
) -> list[tuple[date, int, int]]:
    """(Monday, qualifying runs, all runs) per ISO week, oldest first, for the dose chart.

    From the first run's week to the week containing `through`, weeks without runs included as
    zeros (a missed week is part of the picture); runs after `through` are ignored.
    """
    totals: dict[date, list[int]] = {}
    for run in runs:
        if run.day > through:
            continue
        monday = week_start(run.day)
        week = totals.get(monday)
        if week is None:
            week = totals[monday] = [0, 0]
        week[0] += run_qualifies(run, max_hr)
        week[1] += 1
    if not totals:
        return []
    monday = min(totals)
    last = week_start(through)
    weeks: list[tuple[date, int, int]] = []
    while monday <= last:
        qualifying, sessions = totals.get(monday, (0, 0))
        weeks.append((monday, qualifying, sessions))
        monday += _ONE_WEEK
    return weeks


# --- Diet signal: the other half of the dose ----------------------------------------------------

DIET_DEFICIT = "deficit"
DIET_MAINTENANCE = "maintenance"
DIET_SURPLUS = "surplus"
DIET_UNKNOWN = "unknown"  # not enough weigh-ins for an energy balance yet
# Within +-100 kcal/day (~0.4 kg a month at 7700 kcal/kg) the estimate cannot tell a small
# deficit from maintenance, and either way fat is not coming off at a pace anyone would notice.
DIET_MAINTENANCE_KCAL_PER_DAY = 100.0


def diet_signal(energy: EnergyBalance | None) -> str:
    """DIET_* from the estimated energy balance (see :func:`energy_balance`)."""
    if energy is None:
        return DIET_UNKNOWN
    kcal = round(energy.kcal_per_day)  # judge the whole kcal people see
    if kcal <= -DIET_MAINTENANCE_KCAL_PER_DAY:
        return DIET_DEFICIT
    if kcal >= DIET_MAINTENANCE_KCAL_PER_DAY:
        return DIET_SURPLUS
    return DIET_MAINTENANCE


# --- Everything the summary cards need ----------------------------------------------------------


@dataclass(frozen=True)
class ProgressSummary:
    """Numbers for the progress cards and the coach roster row, all as of one day."""

    as_of: date
    trend_weight_kg: float | None
    last_weigh_in: date | None
    days_since_weigh_in: int | None
    rate: RateOfChange | None
    energy: EnergyBalance | None
    trend_body_fat_pct: float | None
    fat_kg: float | None
    lean_kg: float | None
    protein: ProteinStatus | None
    week_km: float  # this ISO week, Monday to as_of
    week_run_kcal: float | None  # running energy of this week's km at the trend weight
    last_run: date | None
    acute_chronic: AcuteChronic
    # Per-method body fat (primary method, its band, why there is no fat/lean split yet).
    body_fat: BodyFatAnalysis | None = None
    # The weight trend over the 28-day rate window, oldest first: the roster's sparkline.
    recent_weight_trend: tuple[tuple[date, float], ...] = ()
    # The running dose over the last 28 days (MYTHS.md 4f), judged against `max_hr` (measured,
    # or estimated from the birth year; None: effort alone decides the intensity).
    running_dose: RunningDose | None = None
    max_hr: MaxHeartRate | None = None
    # The runs of the dose window, for the card's week strip.
    recent_runs: tuple[RunPoint, ...] = ()


def progress_summary(
    weights: Iterable[tuple[date, float]],
    body_fats: Iterable[tuple],
    protein_days: Iterable[tuple[date, float]],
    runs: Iterable[RunPoint],
    as_of: date,
    *,
    primary_method: str | None = None,
) -> ProgressSummary:
    """Compute the summary in one pass over plain data (kg, %, grams, RunPoint); O(n) per call.

    `body_fats` are ``(day, percent, method)`` readings (see :mod:`tracker.body_composition`):
    only the primary method's per-reading trend feeds fat/lean mass and the energy balance, and
    only once it has enough readings. `primary_method` is the athlete's setting (None = auto).
    Pass the full history (or at least ~2 months) of weights so the trend is warmed up by the
    start of the 28-day window; entries after `as_of` are ignored.
    """
    weight_trend = trend_series((day, kg) for day, kg in weights if day <= as_of)
    body_fat = analyse_body_fat(body_fats, as_of, primary_method)
    return summary_from_trends(
        weight_trend, body_fat.composition_trend, protein_days, runs, as_of, body_fat=body_fat
    )


def summary_from_trends(
    weight_trend: Sequence[tuple[date, float]],
    body_fat_trend: Sequence[tuple[date, float]],
    protein_days: Iterable[tuple[date, float]],
    runs: Iterable[RunPoint],
    as_of: date,
    *,
    with_energy: bool = True,
    body_fat: BodyFatAnalysis | None = None,
    max_hr: MaxHeartRate | None = None,
) -> ProgressSummary:
    """:func:`progress_summary` from trends already computed (over data up to `as_of`).

    `body_fat_trend` is the primary method's trend when a fat/lean split is allowed (else
    empty): :attr:`BodyFatAnalysis.composition_trend`. For callers that also draw the trend
    (the roster's sparkline), so the smoothing runs once per series. ``with_energy=False``
    leaves ``energy`` as None for callers that don't show it (the roster: its regressions over
    the fat and lean series are a tenth of the page's time).
    """
    run_list = [run for run in runs if run.day <= as_of]

    trend_weight = weight_trend[-1][1] if weight_trend else None
    last_weigh_in = weight_trend[-1][0] if weight_trend else None
    trend_body_fat = body_fat_trend[-1][1] if body_fat_trend else None
    fat_kg = lean_kg = None
    if trend_weight is not None and trend_body_fat is not None:
        fat_kg = trend_weight * trend_body_fat / 100.0
        lean_kg = trend_weight - fat_kg

    monday = week_start(as_of)
    week_km = sum((run.distance_km for run in run_list if run.day >= monday), 0.0)
    return ProgressSummary(
        as_of=as_of,
        trend_weight_kg=trend_weight,
        last_weigh_in=last_weigh_in,
        days_since_weigh_in=(as_of - last_weigh_in).days if last_weigh_in else None,
        rate=weight_rate(weight_trend, as_of=as_of),
        energy=energy_balance(weight_trend, body_fat_trend, as_of=as_of) if with_energy else None,
        trend_body_fat_pct=trend_body_fat,
        fat_kg=fat_kg,
        lean_kg=lean_kg,
        protein=protein_average(protein_days, weight_trend, as_of=as_of),
        week_km=week_km,
        week_run_kcal=(
            running_energy_kcal(week_km, trend_weight) if trend_weight is not None else None
        ),
        last_run=max((run.day for run in run_list), default=None),
        acute_chronic=acute_chronic_ratio(run_list, as_of),
        body_fat=body_fat,
        recent_weight_trend=tuple(
            clip_series(weight_trend, _window_start(as_of, RATE_WINDOW_DAYS), as_of)
        ),
        running_dose=running_dose(run_list, as_of=as_of, max_hr=max_hr.bpm if max_hr else None),
        max_hr=max_hr,
        recent_runs=tuple(
            run for run in run_list if run.day >= _window_start(as_of, DOSE_WINDOW_DAYS)
        ),
    )
