"""Page context for progress photos: the gallery grouped by day and the two-date comparison.

Shared by the athlete's page (``tracker.views.photos``) and the coach's read-only copy
(``coaching.photo_views``); each passes how its own photo URLs are built.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.translation import gettext

from tracker import trends, units
from tracker.l10n import decimal, short_day_month_year
from tracker.models import ProgressPhoto, User, WeightEntry
from tracker.photos import MAX_PER_DAY_AND_POSE

PhotoUrl = Callable[[ProgressPhoto, str], str]
POSES = [(pose.value, pose.label) for pose in ProgressPhoto.Pose]


@dataclass(frozen=True)
class PhotoView:
    photo: ProgressPhoto
    full_url: str
    thumb_url: str
    alt: str


@dataclass
class PhotoDay:
    day: dt.date
    poses: list[tuple[str, list[PhotoView]]] = field(default_factory=list)


@dataclass(frozen=True)
class CompareSide:
    day: dt.date
    poses: dict[str, PhotoView | None]
    trend_weight: str  # in the viewer's unit, "" without weigh-ins by then


@dataclass(frozen=True)
class Comparison:
    first: CompareSide
    second: CompareSide
    rows: list[tuple[str, PhotoView | None, PhotoView | None]]  # pose label, first, second
    weight_change: str  # "−2.5 kg" between the two trend weights, "" when unknown


def _parse_day(raw: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(raw) if raw else None
    except ValueError:
        return None


def gallery_context(
    athlete: User, *, viewer: User, photo_url: PhotoUrl, first: str | None, second: str | None
) -> dict[str, object]:
    """Photos grouped by day (newest first) and, for two chosen days, a comparison.

    Two queries whatever the number of photos: the photos and the weigh-ins (for the trend
    weight on each compared day). Without a choice, the first and the latest day are compared.
    """
    photos = list(ProgressPhoto.objects.filter(user=athlete))
    by_day: dict[dt.date, dict[str, list[PhotoView]]] = {}
    for photo in photos:
        view = PhotoView(
            photo,
            photo_url(photo, "full"),
            photo_url(photo, "thumb"),
            gettext("%(pose)s photo, %(day)s")
            % {"pose": photo.get_pose_display(), "day": short_day_month_year(photo.day)},
        )
        by_day.setdefault(photo.day, {}).setdefault(photo.pose, []).append(view)
    days = [
        PhotoDay(day, [(str(label), by_day[day].get(pose, [])) for pose, label in POSES])
        for day in sorted(by_day, reverse=True)
    ]
    comparison = None
    dates = sorted(by_day)
    a, b = _parse_day(first), _parse_day(second)
    if a not in by_day or b not in by_day:
        a, b = (dates[0], dates[-1]) if len(dates) >= 2 else (None, None)
    if a is not None and b is not None:
        a, b = min(a, b), max(a, b)
        comparison = _comparison(athlete, viewer, by_day, a, b)
    return {
        "athlete": athlete,
        "photo_days": days,
        "dates": sorted(by_day, reverse=True),
        "comparison": comparison,
        "poses": POSES,
        "max_per_pose": MAX_PER_DAY_AND_POSE,
    }


def _comparison(
    athlete: User,
    viewer: User,
    by_day: dict[dt.date, dict[str, list[PhotoView]]],
    a: dt.date,
    b: dt.date,
) -> Comparison:
    weights = WeightEntry.objects.filter(user=athlete, day__lte=b).order_by()
    trend = trends.trend_series(weights.values_list("day", "weight_kg"))
    unit = viewer.weight_unit

    def side(day: dt.date) -> tuple[CompareSide, float | None]:
        kg = trends.trend_at(trend, day)
        text = f"{decimal(units.kg_to_display(kg, unit), 1)} {unit}" if kg is not None else ""
        first_of = {pose: (views[0] if views else None) for pose, views in by_day[day].items()}
        return CompareSide(day, first_of, text), kg

    first, kg_a = side(a)
    second, kg_b = side(b)
    change = ""
    if kg_a is not None and kg_b is not None:
        delta = units.kg_to_display(kg_b - kg_a, unit)
        change = f"{'−' if delta < 0 else '+'}{decimal(abs(delta), 1)} {unit}"
    rows = [
        (str(label), first.poses.get(pose), second.poses.get(pose))
        for pose, label in POSES
        if first.poses.get(pose) or second.poses.get(pose)
    ]
    return Comparison(first, second, rows, change)
