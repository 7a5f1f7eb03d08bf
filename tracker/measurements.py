"""Body measurements (tape circumferences): per-site trends, % change from baseline beside the
weight trend, and the follow-up for a goal that targeted one area. Pure: no Django.

A reading is ``(day, site, side, cm)``; each (site, side) is its own series, smoothed per
reading with the same rule as body fat (:func:`tracker.body_composition.reading_trend`: a
reading moves the trend by ``min(1 - 0.9^gap_days, 1/3)``), because tape readings come weekly
and scatter by about a centimetre with posture, breathing and where the tape sits.

"% change from baseline" divides each trend by its own first value, and the weight trend by its
value on the first measurement day, so a waist shrinking at the pace of the whole body draws on
top of the weight line: fat leaves every area as the whole body loses it, in the body's own
order, and this chart is where an athlete who wanted "to lose my belly" can see it happen.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from tracker import texts, units
from tracker.body_composition import TrendPoint, reading_trend
from tracker.trends import trend_at

# Typical error of one tape reading by a practised self-measurer, cm (one SD).
TAPE_TYPICAL_ERROR_CM = 1.0

# msgids: shown through texts.gettext (chart legend, follow-up).
SITE_LABELS = {
    "waist": texts.gettext_noop("Waist"),
    "hips": texts.gettext_noop("Hips"),
    "chest": texts.gettext_noop("Chest"),
    "thigh": texts.gettext_noop("Thigh"),
    "upper_arm": texts.gettext_noop("Upper arm"),
    "calf": texts.gettext_noop("Calf"),
    "neck": texts.gettext_noop("Neck"),
}
SITE_ORDER = tuple(SITE_LABELS)
# The myth detector's areas (tracker.myth_detector.AREAS) and the tape site that shows them.
AREA_SITES = {
    "belly": "waist",
    "love_handles": "waist",
    "thighs": "thigh",
    "hips": "hips",
    "buttocks": "hips",
    "arms": "upper_arm",
    "chest": "chest",
    "back": "chest",
    "chin_face": "neck",
    "calves": "calf",
}
# How the follow-up names the area ("Thighs: −2.1 cm ...").
AREA_NAMES = {
    "belly": texts.gettext_noop("Waist"),
    "love_handles": texts.gettext_noop("Waist"),
    "thighs": texts.gettext_noop("Thighs"),
    "hips": texts.gettext_noop("Hips"),
    "buttocks": texts.gettext_noop("Hips"),
    "arms": texts.gettext_noop("Upper arms"),
    "chest": texts.gettext_noop("Chest"),
    "back": texts.gettext_noop("Chest"),
    "chin_face": texts.gettext_noop("Neck"),
    "calves": texts.gettext_noop("Calves"),
}


def _site_in_sentence(site: str) -> str:
    """The site as a word inside a sentence ("Measure your waist ..."), in the language."""
    words = {
        "waist": texts.pgettext("tape site in a sentence", "waist"),
        "hips": texts.pgettext("tape site in a sentence", "hips"),
        "chest": texts.pgettext("tape site in a sentence", "chest"),
        "thigh": texts.pgettext("tape site in a sentence", "thigh"),
        "upper_arm": texts.pgettext("tape site in a sentence", "upper arm"),
        "calf": texts.pgettext("tape site in a sentence", "calf"),
        "neck": texts.pgettext("tape site in a sentence", "neck"),
    }
    return words.get(site, site)


# A change needs readings at least two weeks apart to be more than tape noise.
FOLLOW_UP_MIN_DAYS = 14
# A reading up to two weeks before the goal still counts as its starting point.
BASELINE_LOOKBACK_DAYS = 14

Reading = tuple[date, str, str, float]
SeriesKey = tuple[str, str]  # (site, side)


def series_label(key: SeriesKey) -> str:
    site, side = key
    label = texts.gettext(SITE_LABELS[site]) if site in SITE_LABELS else site
    if side == "left":
        return texts.gettext("%(site)s (left)") % {"site": label}
    if side == "right":
        return texts.gettext("%(site)s (right)") % {"site": label}
    return label


def site_series(readings: Iterable[Reading]) -> dict[SeriesKey, list[tuple[date, float]]]:
    """Daily mean cm per (site, side), oldest first, in the site order of :data:`SITE_LABELS`."""
    cells: dict[SeriesKey, dict[date, list[float]]] = {}
    for day, site, side, cm in readings:
        cell = cells.setdefault((site, side), {}).setdefault(day, [0.0, 0.0])
        cell[0] += cm
        cell[1] += 1
    order = {site: n for n, site in enumerate(SITE_ORDER)}
    return {
        key: [(day, days[day][0] / days[day][1]) for day in sorted(days)]
        for key, days in sorted(
            cells.items(), key=lambda item: (order.get(item[0][0], 99), item[0][1])
        )
    }


def site_trends(readings: Iterable[Reading]) -> dict[SeriesKey, list[TrendPoint]]:
    """Per-reading trend (with its band) of every (site, side) series."""
    return {
        key: reading_trend(daily, TAPE_TYPICAL_ERROR_CM)
        for key, daily in site_series(readings).items()
    }


@dataclass(frozen=True)
class PercentSeries:
    label: str
    points: list[tuple[date, float]]  # (day, % change from the first value)


def percent_change(points: Sequence[tuple[date, float]]) -> list[tuple[date, float]]:
    if not points:
        return []
    base = points[0][1]
    return [(day, (value / base - 1.0) * 100.0) for day, value in points]


def percent_change_chart(
    readings: Iterable[Reading], weight_trend: Sequence[tuple[date, float]]
) -> tuple[list[PercentSeries], PercentSeries | None]:
    """Every site's trend and the weight trend as % change from their baselines.

    The weight baseline is its trend on the first measurement day (or its first value after),
    so both start at 0 on the same day.
    """
    trends = site_trends(readings)
    sites = [
        PercentSeries(series_label(key), percent_change([(p.day, p.value) for p in points]))
        for key, points in trends.items()
    ]
    if not trends or not weight_trend:
        return sites, None
    start = min(points[0].day for points in trends.values())
    shown = [(day, kg) for day, kg in weight_trend if day >= start]
    base = trend_at(weight_trend, start)
    if base is None:
        base = shown[0][1] if shown else None
    if base is None:
        return sites, None
    weight = [(start, 0.0)] + [(day, (kg / base - 1) * 100) for day, kg in shown if day > start]
    return sites, PercentSeries(texts.gettext("Trend weight"), weight)


# --- Follow-up card for a goal that targeted one area ------------------------------------------


@dataclass(frozen=True)
class FollowUp:
    """The follow-up on an area goal; `status` is "shrinking", "not_yet", "thin" or "no_site"."""

    area_name: str
    status: str
    text: str


def _signed(value: float, digits: int = 1) -> str:
    rounded = round(value, digits)
    if rounded == 0:
        return texts.decimal(0, digits)
    return f"{'−' if rounded < 0 else '+'}{texts.decimal(abs(rounded), digits)}"


def _weight_phrase(delta_kg: float | None, weight_unit: str, *, after_while: bool = True) -> str:
    """How the trend weight moved: "while your trend weight fell 1.4 kg" (or, without
    `after_while`, "your trend weight fell 1.4 kg"); "" without a trend."""
    if delta_kg is None:
        return ""
    shown = units.kg_to_display(delta_kg, weight_unit)
    params = {"change": texts.decimal(abs(shown), 1), "unit": weight_unit}
    if abs(shown) < 0.05:
        if after_while:
            return texts.gettext("while your trend weight held steady")
        return texts.gettext("your trend weight held steady")
    if shown < 0:
        if after_while:
            return texts.gettext("while your trend weight fell %(change)s %(unit)s") % params
        return texts.gettext("your trend weight fell %(change)s %(unit)s") % params
    if after_while:
        return texts.gettext("while your trend weight rose %(change)s %(unit)s") % params
    return texts.gettext("your trend weight rose %(change)s %(unit)s") % params


def area_follow_up(
    *,
    area: str,
    goal_day: date,
    readings: Iterable[Reading],
    weight_trend: Sequence[tuple[date, float]],
    as_of: date,
    length_unit: str = "cm",
    weight_unit: str = "kg",
) -> FollowUp:
    """What the tape says about the goal's area since the goal was set, beside the weight trend.

    Honest when data is thin: without a starting reading and a later one at least two weeks on,
    it says what to measure instead of drawing a conclusion from noise.
    """
    site = AREA_SITES.get(area)
    since = texts.short_date(goal_day)
    weight_now = trend_at(weight_trend, as_of)
    weight_then = trend_at(weight_trend, goal_day)
    if weight_then is None and weight_trend:
        weight_then = next((kg for day, kg in weight_trend if day >= goal_day), None)
    weight_delta = (
        weight_now - weight_then if weight_now is not None and weight_then is not None else None
    )
    if site is None:
        weight = _weight_phrase(weight_delta, weight_unit, after_while=False)
        if weight:
            text = texts.gettext(
                "There is no tape measurement for this area; your whole-body trend is the guide "
                "(%(weight)s since %(since)s)."
            ) % {"weight": weight, "since": since}
        else:
            text = texts.gettext(
                "There is no tape measurement for this area; your whole-body trend is the guide."
            )
        return FollowUp("", "no_site", text)

    name = texts.gettext(AREA_NAMES[area])
    label = _site_in_sentence(site)
    series = {key: pts for key, pts in site_series(readings).items() if key[0] == site}
    # The side with the most readings since the goal (a single unsided series usually).
    start_from = goal_day - timedelta(days=BASELINE_LOOKBACK_DAYS)
    best = max(
        series.items(),
        key=lambda item: sum(1 for day, _ in item[1] if start_from <= day <= as_of),
        default=None,
    )
    daily = [(day, cm) for day, cm in best[1] if day <= as_of] if best else []
    trend = reading_trend(daily, TAPE_TYPICAL_ERROR_CM)
    before = [p for p in trend if start_from <= p.day <= goal_day]
    after = [p for p in trend if p.day > goal_day]
    baseline = before[-1] if before else (after[0] if after else None)
    latest = trend[-1] if trend else None
    if baseline is None or latest is None or (latest.day - baseline.day).days < FOLLOW_UP_MIN_DAYS:
        count = len(after) + len(before)
        if count:
            text = texts.ngettext(
                "Measure your %(site)s once a week to see this (%(count)d so far since "
                "%(since)s): two readings at least two weeks apart show whether whole-body loss "
                "is reaching it.",
                "Measure your %(site)s once a week to see this (%(count)d so far since "
                "%(since)s): two readings at least two weeks apart show whether whole-body loss "
                "is reaching it.",
                count,
            ) % {"site": label, "count": count, "since": since}
        else:
            text = texts.gettext(
                "Measure your %(site)s once a week to see this: two readings at least two weeks "
                "apart show whether whole-body loss is reaching it."
            ) % {"site": label}
        return FollowUp(name, "thin", text)
    change_cm = latest.value - baseline.value
    change = units.cm_to_display(change_cm, length_unit)
    weight = _weight_phrase(weight_delta, weight_unit)
    params = {"area": name, "change": _signed(change), "unit": length_unit, "since": since}
    if weight:
        head = texts.gettext(
            "%(area)s: %(change)s %(unit)s since you set this goal on %(since)s, %(weight)s."
        ) % {**params, "weight": weight}
    else:
        head = texts.gettext(
            "%(area)s: %(change)s %(unit)s since you set this goal on %(since)s."
        ) % (params)
    losing = weight_delta is not None and weight_delta < -0.2
    # Tape noise: a trend change within its band is not a change yet.
    if change_cm <= -max(latest.band, 0.5):
        tail = " " + (
            texts.gettext("Whole-body loss is reaching them.")
            if losing
            else texts.gettext("Keep the whole-body approach going.")
        )
        return FollowUp(name, "shrinking", head + tail)
    if losing:
        tail = " " + texts.gettext(
            "Not visible on the tape yet: areas lose fat in the body's own order, and stubborn "
            "ones go last. Keep the whole-body loss going."
        )
    else:
        tail = " " + texts.gettext(
            "The tape follows whole-body fat loss: the trend weight is the lever."
        )
    return FollowUp(name, "not_yet", head + tail)
