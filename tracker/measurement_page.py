"""Page context for body measurements and the area follow-up card.

Shared by the athlete's measurements page, Today, the goals page and the coach's client pages:
each calls these with the athlete whose data it shows and the viewer whose units it uses. A
fixed number of queries (measurements, weigh-ins, goals) whatever the amount of data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Q, Subquery

from tracker import charts, trends, units
from tracker.body_composition import NavyEstimate, navy_body_fat
from tracker.l10n import decimal
from tracker.measurements import (
    FollowUp,
    area_follow_up,
    percent_change_chart,
    series_label,
    site_trends,
)
from tracker.models import Goal, Measurement, User, WeightEntry
from tracker.summary import TREND_WARM_UP_DAYS


@dataclass(frozen=True)
class SiteRow:
    label: str
    first_day: dt.date
    baseline: str
    latest: str
    band: str
    change: str
    readings: int


@dataclass(frozen=True)
class GoalFollowUp:
    goal: Goal
    follow_up: FollowUp


def _readings(athlete: User) -> list[tuple[dt.date, str, str, float]]:
    return list(
        Measurement.objects.filter(user=athlete).order_by().values_list("day", "site", "side", "cm")
    )


def _weight_trend(athlete: User, since: dt.date | None) -> list[tuple[dt.date, float]]:
    """The weight trend from `since` on (the first day it is read at): weigh-ins from a
    warm-up before it, like every other screen (``TREND_WARM_UP_DAYS``), plus the last day
    before the warm-up as its seed, so a trend carried across a long gap still has a value.
    Reading the whole history made Today grow with its length for anyone with an area goal."""
    if since is None:
        return []
    start = since - dt.timedelta(days=TREND_WARM_UP_DAYS)
    mine = WeightEntry.objects.filter(user=athlete)
    seed_day = mine.filter(day__lt=start).order_by("-day").values("day")[:1]
    weights = (
        mine.filter(Q(day__gte=start) | Q(day=Subquery(seed_day)))
        .order_by()
        .values_list("day", "weight_kg")
    )
    return trends.trend_series(weights)


def _first_day(
    athlete: User, goals: list[Goal], readings: list[tuple[dt.date, str, str, float]]
) -> dt.date | None:
    """The earliest day the weight trend is read at: a goal's creation day (its follow-up's
    "then") or the first measurement (the % change chart's baseline)."""
    zone = athlete.zoneinfo
    days = [goal.created_at.astimezone(zone).date() for goal in goals]
    days += [min(reading[0] for reading in readings)] if readings else []
    return min(days, default=None)


def _navy(athlete: User, latest: dict[tuple[str, str], float]) -> NavyEstimate | None:
    """The US Navy estimate from the latest trend of neck, waist (and hips), when the athlete
    has given height and sex in Settings."""
    if not athlete.height_cm or athlete.sex not in ("male", "female"):
        return None
    neck, waist, hips = (
        latest.get(("neck", "")),
        latest.get(("waist", "")),
        latest.get(("hips", "")),
    )
    if neck is None or waist is None:
        return None
    try:
        return navy_body_fat(
            sex=athlete.sex, height_cm=athlete.height_cm, neck_cm=neck, waist_cm=waist, hips_cm=hips
        )
    except ValueError:
        return None


def measurements_context(athlete: User, *, viewer: User, id_prefix: str = "measure") -> dict:
    """The % change chart, a per-site table, the Navy estimate and the follow-ups."""
    as_of = athlete.local_today()
    readings = [r for r in _readings(athlete) if r[0] <= as_of]
    goals = _area_goals(athlete)
    weight_trend = _weight_trend(athlete, _first_day(athlete, goals, readings))
    unit = viewer.length_unit
    per_site = site_trends(readings)
    rows = []
    latest: dict[tuple[str, str], float] = {}
    for key, points in per_site.items():
        first, last = points[0], points[-1]
        latest[key] = last.value
        rows.append(
            SiteRow(
                label=series_label(key),
                first_day=first.day,
                baseline=f"{decimal(units.cm_to_display(first.value, unit), 1)} {unit}",
                latest=f"{decimal(units.cm_to_display(last.value, unit), 1)} {unit}",
                band=f"±{decimal(units.cm_to_display(last.band, unit), 1)}",
                change=_signed_length(last.value - first.value, unit),
                readings=len(points),
            )
        )
    sites, weight = percent_change_chart(readings, weight_trend)
    figure = charts.measurements_figure(
        [(s.label, s.points) for s in sites], weight.points if weight else None
    )
    return {
        "athlete": athlete,
        "site_rows": rows,
        "figure": figure,
        "figure_id": f"{id_prefix}-fig",
        "has_chart": not charts.figure_is_empty(figure),
        "plot_config": {**charts.PLOT_CONFIG, "displayModeBar": False},
        "navy": _navy(athlete, latest),
        "length_unit": unit,
        "today": as_of,
        "follow_ups": follow_ups_from(athlete, viewer, readings, weight_trend, as_of, goals),
    }


def _signed_length(cm: float, unit: str) -> str:
    value = round(units.cm_to_display(cm, unit), 1)
    if value == 0:
        return f"{decimal(0, 1)} {unit}"
    return f"{'−' if value < 0 else '+'}{decimal(abs(value), 1)} {unit}"


def _area_goals(athlete: User) -> list[Goal]:
    """Active goals the myth detector flagged with an area (a dismissed warning still counts:
    "I know" hides the warning, not the question whether the area is shrinking)."""
    return list(
        Goal.objects.filter(user=athlete).active().filter(myth__isnull=False).exclude(myth_area="")
    )


def follow_ups_from(
    athlete: User,
    viewer: User,
    readings: list[tuple[dt.date, str, str, float]],
    weight_trend: list[tuple[dt.date, float]],
    as_of: dt.date,
    goals: list[Goal] | None = None,
) -> list[GoalFollowUp]:
    zone = athlete.zoneinfo
    return [
        GoalFollowUp(
            goal,
            area_follow_up(
                area=goal.myth_area,
                goal_day=goal.created_at.astimezone(zone).date(),
                readings=readings,
                weight_trend=weight_trend,
                as_of=as_of,
                length_unit=viewer.length_unit,
                weight_unit=viewer.weight_unit,
            ),
        )
        for goal in (goals if goals is not None else _area_goals(athlete))
    ]


def area_follow_ups(athlete: User, *, viewer: User) -> list[GoalFollowUp]:
    """The follow-up cards for Today, the goals page and the client page; no measurement or
    weight query at all when there is no area goal."""
    goals = _area_goals(athlete)
    if not goals:
        return []
    as_of = athlete.local_today()
    readings = [r for r in _readings(athlete) if r[0] <= as_of]
    weight_trend = _weight_trend(athlete, _first_day(athlete, goals, readings))
    return follow_ups_from(athlete, viewer, readings, weight_trend, as_of, goals)
