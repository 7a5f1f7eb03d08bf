"""Fitbit's data export, as Google Takeout ships it (``Takeout/Fitbit/Global Export Data/``):
JSON arrays, one file per month or per batch.

- ``weight-YYYY-MM-DD.json``: ``{"weight": 176.4, "fat": 22.5, "date": "03/05/24",
  "time": "07:12:00", ...}``. The unit is the account's and is not in the file, so the
  athlete's choice on the upload form (else their setting) applies, as for Fitbit's CSV.
- ``fat-YYYY-MM-DD.json``: ``{"fat": 22.5, "date": "03/05/24", "time": "07:12:00", ...}``.
- ``exercise-N.json``: ``{"activityName": "Run", "activityTypeId": 90009, "startTime":
  "03/05/24 07:12:00", "activeDuration": 1750000 (ms), "duration": ..., "distance": 5.02,
  "distanceUnit": "Kilometer" | "Mile", "averageHeartRate": 150, "elevationGain": 30.5}``;
  runs (Run, Treadmill) are imported, the rest counted and skipped.
Dates are month/day/year and local, as Fitbit writes them.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from tracker.importers import limits
from tracker.importers.common import (
    KG_PER_LB,
    BodyRow,
    ImportFileError,
    ImportOptions,
    ParseResult,
    Problem,
    body_fat_problem,
    check_day,
    counted_names,
    in_file,
    weight_problem,
)
from tracker.importers.runs_common import add_run, start_id
from tracker.texts import Number, gettext_lazy
from tracker.units import KM_PER_MI

RUN_TYPE_IDS = {90009, 90019}  # Run, Treadmill
RUN_NAMES = {"run", "treadmill", "running", "outdoor run", "trail run"}


def load_entries(data: bytes, where: str) -> list[dict[str, Any]]:
    try:
        entries = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise ImportFileError(
            in_file(where, gettext_lazy("this is not a readable JSON file."))
        ) from None
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise ImportFileError(
            in_file(where, gettext_lazy("this JSON file is not a Fitbit export (no list)."))
        )
    if len(entries) > limits.MAX_ROWS:
        raise ImportFileError(
            in_file(
                where,
                gettext_lazy(
                    "more than %(limit)s entries in one file.",
                    limit=Number(limits.MAX_ROWS, 0, grouped=True),
                ),
            )
        )
    return entries


def kind_of(entries: list[dict[str, Any]]) -> str:
    """'weight', 'fat', 'exercise' or '' for an unknown list."""
    first = entries[0] if entries else {}
    if "activityName" in first or "activityTypeId" in first:
        return "exercise"
    if "weight" in first and "date" in first:
        return "weight"
    if "fat" in first and "date" in first:
        return "fat"
    return ""


def _when(date_text: object, time_text: object = "00:00:00") -> dt.datetime | None:
    try:
        return dt.datetime.strptime(f"{date_text} {time_text}", "%m/%d/%y %H:%M:%S")
    except (TypeError, ValueError):
        return None


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if value == value else None


def parse_fitbit_body(
    entries: list[dict[str, Any]], options: ImportOptions, *, where: str, result: ParseResult
) -> int:
    """Add weigh-ins and readings to `result`; returns how many weights used the assumed unit."""
    unit = (
        options.weight_unit if options.weight_unit in ("kg", "lb") else options.default_weight_unit
    )
    assumed = 0
    for number, entry in enumerate(entries, start=1):
        when = _when(entry.get("date"), entry.get("time", "00:00:00"))
        if when is None:
            result.problems.append(
                Problem(gettext_lazy("the entry has no readable date"), number, where)
            )
            continue
        reason = check_day(when.date(), options)
        if reason:
            result.problems.append(Problem(reason, number, where))
            continue
        row = BodyRow(line=number, day=when.date())
        weight = _number(entry.get("weight"))
        if weight:
            kg = weight * KG_PER_LB if unit == "lb" else weight
            problem = weight_problem(kg, unit)
            if problem:
                result.problems.append(Problem(problem, number, where))
            else:
                row.weight_kg = kg
                assumed += 1
        fat = _number(entry.get("fat"))
        if fat:
            problem = body_fat_problem(fat)
            if problem:
                result.problems.append(Problem(problem, number, where))
            else:
                row.body_fat_percent = fat
        if row.weight_kg is not None or row.body_fat_percent is not None:
            result.rows.append(row)
    return assumed


def parse_fitbit_exercise(
    entries: list[dict[str, Any]], options: ImportOptions, *, where: str, result: ParseResult
) -> None:
    skipped: dict[str, int] = {}
    for number, entry in enumerate(entries, start=1):
        name = str(entry.get("activityName") or "")
        if entry.get("activityTypeId") not in RUN_TYPE_IDS and name.lower() not in RUN_NAMES:
            skipped[name] = skipped.get(name, 0) + 1
            continue
        text = str(entry.get("startTime") or "")
        start = _when(*text.split(" ", 1)) if " " in text else None
        if start is None:
            result.problems.append(
                Problem(gettext_lazy("the run has no readable start time"), number, where)
            )
            continue
        distance = _number(entry.get("distance"))
        if not distance:
            result.problems.append(Problem(gettext_lazy("the run has no distance"), number, where))
            continue
        miles = str(entry.get("distanceUnit", "")).lower().startswith("mile")
        active = _number(entry.get("activeDuration"))
        total = _number(entry.get("duration"))
        add_run(
            result,
            options,
            where=where,
            line=number,
            start=start,
            distance_km=distance * KM_PER_MI if miles else distance,
            moving_s=active / 1000 if active else None,
            elapsed_s=total / 1000 if total else None,
            avg_heart_rate=_number(entry.get("averageHeartRate")),
            elevation_gain_m=_number(entry.get("elevationGain")),
            external_id=f"fitbit:{entry['logId']}"
            if entry.get("logId")
            else start_id(start.replace(tzinfo=dt.UTC)),
            name=name,
        )
    if skipped:
        listed = counted_names(
            [(name or gettext_lazy("unnamed"), n) for name, n in sorted(skipped.items())]
        )
        result.notes.append(
            in_file(
                where, gettext_lazy("skipped activities that are not runs: %(list)s.", list=listed)
            )
        )
