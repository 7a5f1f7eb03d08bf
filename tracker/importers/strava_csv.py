"""Run tables: Strava's ``activities.csv`` (from a Strava bulk export) and a generic runs CSV,
which is also what Wholebody's own export writes.

Strava's file repeats some column names: the first ``Elapsed Time`` and ``Distance`` are the
summary (distance in km), the later ones the detailed values (distance in metres); the later
ones win when present. ``Activity Date`` is in UTC (``Mar 5, 2024, 7:12:00 AM``) and is moved to
the athlete's zone. Only ``Run``, ``Trail Run`` and ``Virtual Run`` are imported; other types are
skipped with a note. The external id is ``strava:<Activity ID>``, the same id the activity files
of the same export get, so importing both adds each run once.

The generic file needs ``date``, a distance (``distance_km``, ``distance (km)``, or ``_mi`` /
``(mi)``) and a duration (``duration_s`` in seconds, or ``duration`` as h:mm:ss); optional
``avg_heart_rate``, ``elevation_gain_m``, ``effort``, ``note``, ``source``, ``external_id``.
"""

from __future__ import annotations

import datetime as dt

from tracker.importers.common import (
    ImportOptions,
    ParseResult,
    Problem,
    RunRow,
    Table,
    cell,
    detect_date_order,
    find_column,
    joined,
    parse_number,
    parse_when,
    read_day,
    run_problems,
    unescape_formula,
    unreadable_date,
)
from tracker.importers.runs_common import add_run, is_run_type
from tracker.texts import Text, gettext_lazy, gettext_noop
from tracker.units import KM_PER_MI, parse_duration

SOURCES = {"manual", "file", "csv"}


def is_strava_header(header: list[str]) -> bool:
    return "activity id" in header and "activity date" in header and "activity type" in header


# Strava's activities.csv before its 2019 redesign: id,date,name,type,description,
# elapsed_time,distance,commute,gear,filename; distance in metres, time in seconds, date UTC.
STRAVA_2018_COLUMNS = {"id", "date", "name", "type", "elapsed_time", "distance"}


def is_strava_2018_header(header: list[str]) -> bool:
    return set(header) >= STRAVA_2018_COLUMNS


def is_runs_header(header: list[str]) -> bool:
    return (
        find_column(header, "date", "day") is not None
        and _distance_column(header)[0] is not None
        and find_column(header, "duration_s", "duration", "moving time", "time") is not None
    )


def _distance_column(header: list[str]) -> tuple[int | None, str]:
    for name, unit in (
        ("distance_km", "km"),
        ("distance (km)", "km"),
        ("distance", "km"),
        ("distance_mi", "mi"),
        ("distance (mi)", "mi"),
    ):
        index = find_column(header, name)
        if index is not None:
            return index, unit
    return None, "km"


def _last(header: list[str], name: str) -> int | None:
    indexes = [i for i, h in enumerate(header) if h == name]
    return indexes[-1] if indexes else None


def _not_a_run(line: int, activity_id: str, kind: str, where: str) -> Text:
    """The note for a row that is not a run, with its place ("activities.csv, line 3: ...")."""
    if activity_id:
        note = gettext_lazy(
            "skipped activity %(id)s, a %(type)s rather than a run.", id=activity_id, type=kind
        )
    else:
        note = gettext_lazy("skipped an activity, a %(type)s rather than a run.", type=kind)
    return Problem(note, line, where).text()


def _no_distance(activity_id: str) -> Text:
    if activity_id:
        return gettext_lazy("activity %(id)s has no distance", id=activity_id)
    return gettext_lazy("the activity has no distance")


def _float(text: str) -> float | None:
    if not text:
        return None
    try:
        return parse_number(text)[0]
    except ValueError:
        return None


def parse_strava_table(
    table: Table, options: ImportOptions, *, where: str = "", skip_ids: set[str] | None = None
) -> ParseResult:
    """Runs from a Strava activities.csv already read into a table. Ids in `skip_ids` (runs
    already read from this export's activity files) are passed over silently."""
    result = ParseResult(gettext_noop("Strava activities.csv"))
    header = table.header
    col = {
        "id": find_column(header, "activity id"),
        "date": find_column(header, "activity date"),
        "name": find_column(header, "activity name"),
        "type": find_column(header, "activity type"),
        "elapsed": _last(header, "elapsed time"),
        "moving": find_column(header, "moving time"),
        "gain": find_column(header, "elevation gain"),
        "hr": find_column(header, "average heart rate"),
    }
    distances = [i for i, h in enumerate(header) if h == "distance"]
    metres = len(distances) > 1
    for line, cells in table.rows:
        activity_id = cell(cells, col["id"])
        external_id = f"strava:{activity_id}" if activity_id else ""
        if skip_ids and external_id in skip_ids:
            continue
        kind = cell(cells, col["type"])
        if not is_run_type(kind):
            result.notes.append(_not_a_run(line, activity_id, kind, where))
            continue
        date_text = cell(cells, col["date"])
        try:
            start = parse_when(date_text, "mdy", assume_utc=True)
        except ValueError:
            result.problems.append(Problem(unreadable_date(date_text), line, where))
            continue
        distance = _float(cell(cells, distances[-1])) if distances else None
        if distance is None:
            result.problems.append(Problem(_no_distance(activity_id), line, where))
            continue
        add_run(
            result,
            options,
            where=where,
            line=line,
            start=start,
            distance_km=distance / 1000 if metres else distance,
            moving_s=_float(cell(cells, col["moving"])),
            elapsed_s=_float(cell(cells, col["elapsed"])),
            avg_heart_rate=_float(cell(cells, col["hr"])),
            elevation_gain_m=_float(cell(cells, col["gain"])),
            external_id=external_id,
            name=unescape_formula(cell(cells, col["name"])),
            source="csv",
        )
    return result


def parse_strava_2018_table(
    table: Table, options: ImportOptions, *, where: str = "", skip_ids: set[str] | None = None
) -> ParseResult:
    """Runs from the 2018 layout of Strava's activities.csv (see STRAVA_2018_COLUMNS)."""
    result = ParseResult(gettext_noop("Strava activities.csv (2018 layout)"))
    header = table.header
    col = {name: find_column(header, name) for name in STRAVA_2018_COLUMNS}
    for line, cells in table.rows:
        activity_id = cell(cells, col["id"])
        external_id = f"strava:{activity_id}" if activity_id else ""
        if skip_ids and external_id in skip_ids:
            continue
        kind = cell(cells, col["type"])
        if not is_run_type(kind):
            result.notes.append(_not_a_run(line, activity_id, kind, where))
            continue
        date_text = cell(cells, col["date"])
        try:
            start = parse_when(date_text, "iso", assume_utc=True)
        except ValueError:
            result.problems.append(Problem(unreadable_date(date_text), line, where))
            continue
        metres = _float(cell(cells, col["distance"]))
        if metres is None:
            result.problems.append(Problem(_no_distance(activity_id), line, where))
            continue
        add_run(
            result,
            options,
            where=where,
            line=line,
            start=start,
            distance_km=metres / 1000,
            moving_s=None,
            elapsed_s=_float(cell(cells, col["elapsed_time"])),
            external_id=external_id,
            name=unescape_formula(cell(cells, col["name"])),
            source="csv",
        )
    return result


def parse_runs_table(table: Table, options: ImportOptions, *, where: str = "") -> ParseResult:
    """Runs from a generic runs CSV (or Wholebody's runs.csv), every field kept as written."""
    result = ParseResult(gettext_noop("Runs CSV"))
    header = table.header
    date_col = find_column(header, "date", "day")
    distance_col, distance_unit = _distance_column(header)
    seconds_col = find_column(header, "duration_s")
    clock_col = find_column(header, "duration", "moving time", "time")
    col = {
        "hr": find_column(header, "avg_heart_rate", "average heart rate", "heart rate", "hr"),
        "gain": find_column(header, "elevation_gain_m", "elevation gain", "elevation gain (m)"),
        "effort": find_column(header, "effort", "rpe"),
        "note": find_column(header, "note", "notes"),
        "source": find_column(header, "source"),
        "id": find_column(header, "external_id"),
    }
    order = detect_date_order([cell(c, date_col) for _, c in table.rows], options.date_order)
    for line, cells in table.rows:
        problems: list[Text] = []
        day = read_day(cell(cells, date_col), order, options)
        if not isinstance(day, dt.date):
            result.problems.append(Problem(day, line, where))
            continue
        distance = _float(cell(cells, distance_col))
        if distance is None:
            problems.append(gettext_lazy("the distance is missing or not a number"))
        duration: int | None = None
        if seconds_col is not None and cell(cells, seconds_col):
            seconds = _float(cell(cells, seconds_col))
            duration = round(seconds) if seconds is not None else None
        elif clock_col is not None and cell(cells, clock_col):
            try:
                duration = parse_duration(cell(cells, clock_col))
            except ValueError as error:
                problems.append(gettext_lazy("duration: %(reason)s", reason=Text(str(error))))
        if duration is None and not problems:
            problems.append(gettext_lazy("the duration is missing or not a number"))
        optional: dict[str, float | None] = {}
        for key in ("hr", "gain", "effort"):
            text = cell(cells, col[key])
            optional[key] = _float(text)
            if text and optional[key] is None:
                problems.append(gettext_lazy("“%(value)s” is not a number", value=text[:20]))
        source = cell(cells, col["source"]).lower() or "csv"
        if source not in SOURCES:
            source = "csv"
        if problems:
            result.problems.append(Problem(joined(problems), line, where))
            continue
        assert distance is not None and duration is not None
        row = RunRow(
            line=line,
            day=day,
            distance_km=distance * KM_PER_MI if distance_unit == "mi" else distance,
            duration_s=duration,
            avg_heart_rate=round(optional["hr"]) if optional["hr"] is not None else None,
            elevation_gain_m=optional["gain"],
            effort=round(optional["effort"]) if optional["effort"] is not None else None,
            note=unescape_formula(cell(cells, col["note"]))[:500],
            source=source,
            external_id=cell(cells, col["id"])[:200],
            where=where,
        )
        bad = run_problems(row, distance_unit)
        if bad:
            result.problems.append(Problem(joined(bad), line, where))
            continue
        result.rows.append(row)
    return result
