"""Reading athletes' histories from the database: one athlete or many, whole or windowed.

Everything returns :class:`tracker.history.History` values (plain tuples in metric units) for
the pure analytics. The query count is fixed: one per metric plus one for the all-time last
weigh-in and run, whether for one athlete or two hundred, three weeks or ten years.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import CharField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Cast

from tracker.history import ALL_TIME, History, Windows
from tracker.models import BodyFatEntry, Entry, ProteinEntry, RunEntry, User, WeightEntry
from tracker.summary import summary_windows
from tracker.trends import DOSE_MIN_SESSION_S, DOSE_WINDOW_DAYS, ProgressSummary, RunPoint

# Days come back as ISO text and are parsed with date.fromisoformat: Django's per-row date
# converters were ~40 % of the roster's loading time for ~16,000 rows (profiled at 200 clients).
_DAY_TEXT = Cast("day", output_field=CharField())
NEVER = (None, None, False, "", None, None)


def _since(queryset: QuerySet, since: date | None) -> QuerySet:
    # order_by(): the analytics sort by day themselves, so the database needn't.
    queryset = queryset.order_by()
    return queryset if since is None else queryset.filter(day__gte=since)


def histories(athlete_ids: Iterable[int], windows: Windows = ALL_TIME) -> dict[int, History]:
    """The histories of many athletes, keyed by id: five queries however many there are.

    Each series is read from its window's first day on (None: all of it). Row count is what
    this costs: 200 clients x 90 days is ~18,000 weigh-ins.
    """
    ids = list(dict.fromkeys(athlete_ids))
    if not ids:
        return {}
    weights: dict[int, list[tuple[date, float]]] = {pk: [] for pk in ids}
    body_fats: dict[int, list[tuple[date, float, str]]] = {pk: [] for pk in ids}
    protein: dict[int, list[tuple[date, float]]] = {pk: [] for pk in ids}
    runs: dict[int, list[RunPoint]] = {pk: [] for pk in ids}
    iso = date.fromisoformat
    mine = {"user_id__in": ids}
    for user_id, day, kg in _since(
        WeightEntry.objects.filter(**mine), windows.weights_since
    ).values_list("user_id", _DAY_TEXT, "weight_kg"):
        weights[user_id].append((iso(day), kg))
    for user_id, day, pct, method in _since(
        BodyFatEntry.objects.filter(**mine), windows.weights_since
    ).values_list("user_id", _DAY_TEXT, "percent", "method"):
        body_fats[user_id].append((iso(day), pct, method))
    for user_id, day, grams in _since(
        ProteinEntry.objects.filter(**mine), windows.protein_since
    ).values_list("user_id", _DAY_TEXT, "grams"):
        protein[user_id].append((iso(day), grams))
    for user_id, day, km, seconds, heart_rate, effort in _since(
        RunEntry.objects.filter(**mine), windows.runs_since
    ).values_list("user_id", _DAY_TEXT, "distance_km", "duration_s", "avg_heart_rate", "effort"):
        runs[user_id].append(RunPoint(iso(day), km, float(seconds), heart_rate, effort))

    # The main body-fat method, the all-time last weigh-in and run, and whether anything was
    # ever logged. One "newest
    # day" subquery per athlete and metric is a single seek on the (user, -day) index; a
    # GROUP BY with Max() would read every entry of every athlete (60 ms for 200 x 3 years).
    def newest(model: type[Entry]) -> Subquery:
        return Subquery(
            model.objects.filter(user=OuterRef("pk")).order_by("-day").values("day")[:1]
        )

    latest = {
        pk: (last_weigh_in, last_run, any(days), method, max_hr, birth_year)
        for pk, method, max_hr, birth_year, last_weigh_in, last_run, *days in User.objects.filter(
            pk__in=ids
        )
        .order_by()
        .values_list(
            "pk",
            "body_fat_method",
            "max_heart_rate",
            "birth_year",
            newest(WeightEntry),
            newest(RunEntry),
            newest(BodyFatEntry),
            newest(ProteinEntry),
        )
    }
    return {
        pk: History(
            weights=tuple(weights[pk]),
            body_fats=tuple(body_fats[pk]),
            protein_days=tuple(protein[pk]),
            runs=tuple(runs[pk]),
            last_weigh_in=latest.get(pk, NEVER)[0],
            last_run=latest.get(pk, NEVER)[1],
            ever_logged=latest.get(pk, NEVER)[2],
            body_fat_method=latest.get(pk, NEVER)[3] or "",
            max_heart_rate=latest.get(pk, NEVER)[4],
            birth_year=latest.get(pk, NEVER)[5],
        )
        for pk in ids
    }


def athlete_history(athlete: User, windows: Windows = ALL_TIME) -> History:
    """One athlete's history, whole by default (five queries)."""
    return histories([athlete.pk], windows)[athlete.pk]


def summary_history(athlete: User, as_of: date) -> History:
    """Just what :func:`tracker.summary.athlete_summary` reads for `as_of` (the Today page)."""
    return athlete_history(athlete, summary_windows(as_of))


def summary_histories(as_of_by_athlete: dict[int, date]) -> dict[int, History]:
    """What the summaries of many athletes read, each as of their own local day."""
    if not as_of_by_athlete:
        return {}
    return histories(as_of_by_athlete, summary_windows(min(as_of_by_athlete.values())))


@dataclass(frozen=True)
class EffortRun:
    """A run of the dose window that could count but has no intensity: the one-tap effort list."""

    pk: int
    day: date
    distance_km: float
    duration_s: int


EFFORT_RUNS_SHOWN = 5


def runs_without_intensity(athlete: User, summary: ProgressSummary) -> list[EffortRun]:
    """The newest runs of 30+ minutes in the dose window with neither an effort nor a heart rate
    the max HR can place: adding an effort is all they need to count. One query, and none when
    the summary's dose says there are no such runs."""
    dose = summary.running_dose
    if dose is None or not dose.intensity_unknown:
        return []
    runs = RunEntry.objects.filter(
        user=athlete,
        day__gte=dose.as_of - timedelta(days=DOSE_WINDOW_DAYS - 1),
        day__lte=dose.as_of,
        duration_s__gte=DOSE_MIN_SESSION_S,
        effort__isnull=True,
    )
    if summary.max_hr is not None:
        runs = runs.filter(avg_heart_rate__isnull=True)
    return [
        EffortRun(pk, day, km, seconds)
        for pk, day, km, seconds in runs.order_by("-day", "-created_at").values_list(
            "pk", "day", "distance_km", "duration_s"
        )[:EFFORT_RUNS_SHOWN]
    ]
