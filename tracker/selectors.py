"""Reading athletes' histories from the database: one athlete or many, whole or windowed.

Everything returns :class:`tracker.history.History` values (plain tuples in metric units) for
the pure analytics. The query count is fixed: one per metric plus one for the all-time last
weigh-in and run, whether for one athlete or two hundred, three weeks or ten years.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from django.db import connection
from django.db.models import Field, Model

from tracker.history import ALL_TIME, History, Windows
from tracker.models import BodyFatEntry, Entry, ProteinEntry, RunEntry, User, WeightEntry
from tracker.summary import summary_windows
from tracker.trends import DOSE_MIN_SESSION_S, DOSE_WINDOW_DAYS, ProgressSummary, RunPoint

NEVER = (None, None, False, "", None, None)


# Plain SQL, built once per shape from the models' metadata, for the reads every page makes.
# Building these as querysets (filters, values_list, a Cast, four correlated subqueries) cost
# more CPU than running them: ~9 ms per history on the busy 2-core machine even for an empty
# window, against ~1 ms of SQL. Days come back as ISO text (CAST ... AS TEXT, the same on SQLite
# and PostgreSQL) and are parsed with date.fromisoformat: Django's per-row date converters were
# ~40 % of the roster's loading time for ~16,000 rows (profiled at 200 clients).
_SERIES_COLUMNS: dict[type[Entry], tuple[str, ...]] = {
    WeightEntry: ("weight_kg",),
    BodyFatEntry: ("percent", "method"),
    ProteinEntry: ("grams",),
    RunEntry: ("distance_km", "duration_s", "avg_heart_rate", "effort"),
}


def _quote(name: str) -> str:
    return connection.ops.quote_name(name)


def _column(model: type[Model], name: str) -> str:
    field = model._meta.get_field(name)
    assert isinstance(field, Field)  # a concrete column, not a relation's reverse side
    return _quote(field.column)


@lru_cache(maxsize=512)
def _series_sql(vendor: str, model: type[Entry], count: int, windowed: bool) -> str:
    """``SELECT user_id, day as text, <columns> FROM <entries> WHERE user_id IN (...)`` with
    ``AND day >= %s`` when `windowed`; no ORDER BY (the analytics sort by day themselves)."""
    day = _column(model, "day")
    columns = ", ".join(_column(model, name) for name in _SERIES_COLUMNS[model])
    user = _column(model, "user")
    sql = (
        f"SELECT {user}, CAST({day} AS TEXT), {columns} "
        f"FROM {_quote(model._meta.db_table)} "
        f"WHERE {user} IN ({', '.join(['%s'] * count)})"
    )
    return sql + f" AND {day} >= %s" if windowed else sql


@lru_cache(maxsize=512)
def _latest_sql(vendor: str, count: int) -> str:
    """Each athlete's body-fat method and heart-rate settings, and the newest day of each
    metric: one seek on the (user, day) index per athlete and metric (a GROUP BY with MAX would
    read every entry of every athlete: 60 ms for 200 x 3 years)."""

    def newest(model: type[Entry]) -> str:
        day, user = _column(model, "day"), _column(model, "user")
        return (
            f"(SELECT CAST({day} AS TEXT) FROM {_quote(model._meta.db_table)} "
            f"WHERE {user} = u.{_column(User, 'id')} ORDER BY {day} DESC LIMIT 1)"
        )

    settings = ", ".join(
        f"u.{_column(User, name)}"
        for name in ("id", "body_fat_method", "max_heart_rate", "birth_year")
    )
    newest_days = ", ".join(
        newest(model) for model in (WeightEntry, RunEntry, BodyFatEntry, ProteinEntry)
    )
    return (
        f"SELECT {settings}, {newest_days} FROM {_quote(User._meta.db_table)} u "
        f"WHERE u.{_column(User, 'id')} IN ({', '.join(['%s'] * count)})"
    )


@lru_cache(maxsize=8)
def _weigh_ins_since_sql(vendor: str, limit: int) -> str:
    columns = ", ".join(_quote(field.column) for field in WeightEntry._meta.concrete_fields)
    day, user = _column(WeightEntry, "day"), _column(WeightEntry, "user")
    created, pk = _column(WeightEntry, "created_at"), _column(WeightEntry, "id")
    return (
        f"SELECT {columns} FROM {_quote(WeightEntry._meta.db_table)} "
        f"WHERE {user} = %s AND {day} >= %s "
        f"ORDER BY {day} DESC, {created} DESC, {pk} DESC LIMIT {int(limit)}"
    )


def weigh_ins_since(user: User, day: date, limit: int) -> list[WeightEntry]:
    """The user's weigh-ins from `day` on, newest first (by day, then time), at most `limit`.
    For a quick-log post's answer, in plain SQL built once: the queryset cost more to build
    than to run."""
    params = [user.pk, connection.ops.adapt_datefield_value(day)]
    return list(WeightEntry.objects.raw(_weigh_ins_since_sql(connection.vendor, limit), params))


def _series_rows(model: type[Entry], ids: list[int], since: date | None) -> list[tuple]:
    params: list[Any] = list(ids)
    if since is not None:
        params.append(connection.ops.adapt_datefield_value(since))
    with connection.cursor() as cursor:
        cursor.execute(_series_sql(connection.vendor, model, len(ids), since is not None), params)
        return cursor.fetchall()


def _day_or_none(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


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
    for user_id, day, kg in _series_rows(WeightEntry, ids, windows.weights_since):
        weights[user_id].append((iso(day), kg))
    for user_id, day, pct, method in _series_rows(BodyFatEntry, ids, windows.weights_since):
        body_fats[user_id].append((iso(day), pct, method))
    for user_id, day, grams in _series_rows(ProteinEntry, ids, windows.protein_since):
        protein[user_id].append((iso(day), grams))
    for user_id, day, km, seconds, heart_rate, effort in _series_rows(
        RunEntry, ids, windows.runs_since
    ):
        runs[user_id].append(RunPoint(iso(day), km, float(seconds), heart_rate, effort))

    # The main body-fat method, heart-rate settings, the all-time last weigh-in and run, and
    # whether anything was ever logged.
    with connection.cursor() as cursor:
        cursor.execute(_latest_sql(connection.vendor, len(ids)), ids)
        latest = {
            pk: (
                _day_or_none(last_weigh_in),
                _day_or_none(last_run),
                any(days),
                method,
                max_hr,
                birth_year,
            )
            for pk, method, max_hr, birth_year, last_weigh_in, last_run, *days in cursor
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
