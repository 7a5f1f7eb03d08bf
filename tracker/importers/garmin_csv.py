"""Garmin Connect's CSV exports (connect.garmin.com → Weight or Activities → Export CSV).

Weight (``Time,Weight,Change,BMI,Body Fat,Skeletal Muscle Mass,Bone Mass,Body Water``): Garmin
writes two lines per weigh-in, first the day alone (``" Jan 6, 2024",``), then the time with
the values, units inside the cells (``80.5 kg`` or ``177.5 lbs``, ``20.5 %``, ``--`` for
none). The day line applies to the lines after it.

Activities: the current layout (``Activity Type,Date,Favorite,Title,Distance,Calories,Time,
Avg HR,...``, ``Date`` as local ``2024-03-05 07:12:00``, times as ``00:45:12``) and the older
one (``Activity Name,Activity Type,Course,Start,Time,Distance,...`` or, in German,
``Aktivitätsname,Aktivitätstyp,Course,Start,Zeit,Distanz,...`` with ``"Fr, 25 Mai 2012 20:31"``).
The distance unit isn't in the file: it is the account's, so the athlete's distance setting is
used (and said). Only running types are imported.
"""

from __future__ import annotations

import datetime as dt
import re

from tracker.importers.common import (
    KG_PER_LB,
    BodyRow,
    ImportOptions,
    ParseResult,
    Problem,
    Table,
    body_fat_problem,
    cell,
    check_day,
    counted_names,
    find_column,
    parse_number,
    placed,
    unreadable_date,
    weight_problem,
)
from tracker.importers.runs_common import add_run, is_run_type, start_id
from tracker.texts import gettext_lazy, gettext_noop
from tracker.units import KM_PER_MI, parse_duration

# --- Weight ------------------------------------------------------------------------------------


def is_garmin_weight_header(header: list[str]) -> bool:
    return header[:3] == ["time", "weight", "change"] and "body fat" in header


_DAY_LINE = re.compile(r"^[A-Za-z]{3,9}\.? \d{1,2}, \d{4}$")


def _garmin_day(text: str) -> dt.date | None:
    text = " ".join(text.split())
    if not _DAY_LINE.match(text):
        return None
    for pattern in ("%b %d, %Y", "%B %d, %Y"):
        try:
            return dt.datetime.strptime(text.replace(".", ""), pattern).date()
        except ValueError:
            continue
    return None


def _value(text: str) -> tuple[float, str] | None:
    text = text.strip()
    if not text or text.startswith("-") and not text[1:2].isdigit():
        return None  # "--": not measured
    try:
        return parse_number(text)
    except ValueError:
        return None


def parse_garmin_weight(table: Table, options: ImportOptions) -> ParseResult:
    result = ParseResult(gettext_noop("Garmin Connect weight CSV"))
    header = table.header
    weight_col = find_column(header, "weight")
    fat_col = find_column(header, "body fat")
    day: dt.date | None = None
    for line, cells in table.rows:
        first = cell(cells, 0)
        found = _garmin_day(first)
        if found is not None:
            day = found
            continue
        if day is None:
            result.problems.append(
                Problem(gettext_lazy("a weigh-in comes before any date line"), line)
            )
            continue
        reason = check_day(day, options)
        if reason:
            result.problems.append(Problem(reason, line))
            continue
        row = BodyRow(line=line, day=day)
        weight = _value(cell(cells, weight_col))
        if weight is not None:
            value, unit = weight
            unit = "lb" if unit in ("lb", "lbs") else "kg"
            kg = value * KG_PER_LB if unit == "lb" else value
            problem = weight_problem(kg, unit)
            if problem:
                result.problems.append(Problem(problem, line))
            else:
                row.weight_kg = kg
        fat = _value(cell(cells, fat_col))
        if fat is not None and fat[0] > 0:
            problem = body_fat_problem(fat[0])
            if problem:
                result.problems.append(Problem(problem, line))
            else:
                row.body_fat_percent = fat[0]
        if row.weight_kg is not None or row.body_fat_percent is not None:
            result.rows.append(row)
    return result


# --- Activities --------------------------------------------------------------------------------

_TYPE = ("activity type", "aktivitätstyp")
_START = ("date", "start")
_DISTANCE = ("distance", "distanz")
_TIME = ("time", "zeit")
_MOVING = ("moving time",)
_ELAPSED = ("elapsed time",)
_HR = ("avg hr", "ø hf")
_ASCENT = ("total ascent", "elevation gain", "positiver höhenunterschied")
_TITLE = ("title", "activity name", "aktivitätsname")
_GERMAN_MONTHS = {
    "jan": "Jan",
    "feb": "Feb",
    "mär": "Mar",
    "mrz": "Mar",
    "apr": "Apr",
    "mai": "May",
    "jun": "Jun",
    "jul": "Jul",
    "aug": "Aug",
    "sep": "Sep",
    "okt": "Oct",
    "nov": "Nov",
    "dez": "Dec",
}


def is_garmin_activities_header(header: list[str]) -> bool:
    return (
        find_column(header, *_TYPE) is not None
        and find_column(header, *_START) is not None
        and find_column(header, *_DISTANCE) is not None
        and find_column(header, *_TIME) is not None
        and ("favorite" in header or "favorit" in header or "course" in header)
    )


def _start(text: str) -> dt.datetime | None:
    """'2024-03-05 07:12:00', 'Fri, 25 May 2012 8:31 PM' or 'Fr, 25 Mai 2012 20:31'."""
    text = " ".join(text.split())
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        pass
    if "," in text[:5]:
        text = text.split(",", 1)[1].strip()  # the weekday, in whatever language
    parts = text.split(" ")
    if len(parts) >= 2:
        parts[1] = _GERMAN_MONTHS.get(parts[1][:3].lower(), parts[1][:3])
    text = " ".join(parts)
    for pattern in ("%d %b %Y %H:%M", "%d %b %Y %I:%M %p", "%b %d %Y %H:%M", "%b %d %Y %I:%M %p"):
        try:
            return dt.datetime.strptime(text, pattern)
        except ValueError:
            continue
    return None


def _seconds(text: str) -> float | None:
    text = text.strip()
    if not text or text.startswith("--"):
        return None
    try:
        return float(parse_duration(text))
    except ValueError:
        return None


def parse_garmin_activities(
    table: Table, options: ImportOptions, *, where: str = ""
) -> ParseResult:
    result = ParseResult(gettext_noop("Garmin Connect activities CSV"))
    header = table.header
    col = {
        "type": find_column(header, *_TYPE),
        "start": find_column(header, *_START),
        "distance": find_column(header, *_DISTANCE),
        "time": find_column(header, *_TIME),
        "moving": find_column(header, *_MOVING),
        "elapsed": find_column(header, *_ELAPSED),
        "hr": find_column(header, *_HR),
        "ascent": find_column(header, *_ASCENT),
        "title": find_column(header, *_TITLE),
    }
    miles = options.default_distance_unit == "mi"
    skipped: dict[str, int] = {}
    for line, cells in table.rows:
        kind = cell(cells, col["type"])
        if not kind:
            continue
        if not is_run_type(kind):
            skipped[kind] = skipped.get(kind, 0) + 1
            continue
        start = _start(cell(cells, col["start"]))
        if start is None:
            text = cell(cells, col["start"])[:40]
            result.problems.append(Problem(unreadable_date(text), line))
            continue
        distance = _value(cell(cells, col["distance"]))
        if distance is None:
            result.problems.append(Problem(gettext_lazy("the run has no distance"), line))
            continue
        km = distance[0] * KM_PER_MI if miles else distance[0]
        moving = _seconds(cell(cells, col["moving"])) or _seconds(cell(cells, col["time"]))
        elapsed = _seconds(cell(cells, col["elapsed"])) or _seconds(cell(cells, col["time"]))
        heart = _value(cell(cells, col["hr"]))
        ascent = _value(cell(cells, col["ascent"]))
        add_run(
            result,
            options,
            where="",
            line=line,
            start=start,
            distance_km=km,
            moving_s=moving,
            elapsed_s=elapsed,
            avg_heart_rate=heart[0] if heart else None,
            elevation_gain_m=ascent[0] if ascent else None,
            # Garmin's CSV has no activity id; the local start keeps re-imports idempotent.
            external_id="garmin-csv:" + start_id(start.replace(tzinfo=dt.UTC))[6:],
            name=cell(cells, col["title"]),
            source="csv",
        )
    if skipped:
        listed = counted_names(sorted(skipped.items()))
        result.notes.append(
            placed(
                where, gettext_lazy("Skipped activities that are not runs: %(list)s.", list=listed)
            )
        )
    if result.rows:
        if miles:
            result.notes.append(
                placed(
                    where,
                    gettext_lazy(
                        "Garmin's file doesn't say its distance unit; distances were read "
                        "as miles (your setting). If that is wrong, change the setting and "
                        "upload again."
                    ),
                )
            )
        else:
            result.notes.append(
                placed(
                    where,
                    gettext_lazy(
                        "Garmin's file doesn't say its distance unit; distances were read "
                        "as kilometres (your setting). If that is wrong, change the setting and "
                        "upload again."
                    ),
                )
            )
    return result
