"""Samsung Health's CSV export (Settings → Download personal data): one CSV per data type,
named ``com.samsung.health.weight.<timestamp>.csv``, ``com.samsung.shealth.exercise.<timestamp>
.csv`` and so on. The first line is Samsung's metadata (``com.samsung.health.weight,6313012,3``),
the second the header; newer exports prefix column names with the type
(``com.samsung.health.exercise.start_time``), older ones don't.

- Weight: ``start_time`` (UTC, ``2024-03-05 06:12:00.000``), ``weight`` (kg), ``body_fat`` (%).
- Exercise: ``exercise_type`` (1002 is running), ``start_time`` (UTC), ``duration`` (ms),
  ``distance`` (m), ``mean_heart_rate``. Other types are counted and skipped.
Times are UTC and are filed under the athlete's local day.
"""

from __future__ import annotations

import datetime as dt

from tracker.importers.common import (
    BodyRow,
    ImportOptions,
    ParseResult,
    Problem,
    Table,
    body_fat_problem,
    cell,
    counted_names,
    parse_number,
    placed,
    read_day,
    unreadable_date,
    weight_problem,
)
from tracker.importers.runs_common import add_run, start_id
from tracker.texts import Text, gettext_lazy, gettext_noop

RUNNING_TYPES = {"1002"}  # Samsung's exercise type code for running
TYPE_NAMES = {
    "1001": gettext_noop("walking"),
    "11007": gettext_noop("cycling"),
    "14001": gettext_noop("swimming"),
    "0": gettext_noop("other workout"),
}


def _type_name(kind: str) -> Text:
    """The words for an exercise type that is not running."""
    if kind in TYPE_NAMES:
        return Text(TYPE_NAMES[kind])
    if kind:
        return gettext_lazy("type %(code)s", code=kind)
    return gettext_lazy("untyped")


def _english(pair: tuple[Text, int]) -> str:
    return pair[0].english()


def short_names(header: list[str]) -> list[str]:
    """'com.samsung.health.exercise.start_time' → 'start_time'."""
    return [h.rsplit(".", 1)[-1] if h.startswith("com.samsung.") else h for h in header]


def is_samsung_weight_header(header: list[str]) -> bool:
    names = short_names(header)
    return "start_time" in names and "weight" in names and "deviceuuid" in names


def is_samsung_exercise_header(header: list[str]) -> bool:
    names = short_names(header)
    return {"exercise_type", "start_time", "duration", "distance"} <= set(names)


def _column(header: list[str], name: str) -> int | None:
    names = short_names(header)
    return names.index(name) if name in names else None


def _utc(text: str) -> dt.datetime | None:
    text = text.strip()
    for pattern in ("%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S"):
        try:
            return dt.datetime.strptime(text, pattern).replace(tzinfo=dt.UTC)
        except ValueError:
            continue
    return None


def _number(text: str) -> float | None:
    try:
        return parse_number(text)[0] if text.strip() else None
    except ValueError:
        return None


def parse_samsung_weight(table: Table, options: ImportOptions) -> ParseResult:
    result = ParseResult(gettext_noop("Samsung Health weight CSV"))
    col = {name: _column(table.header, name) for name in ("start_time", "weight", "body_fat")}
    for line, cells in table.rows:
        text = cell(cells, col["start_time"])
        day = read_day(text, "iso", options, assume_utc=True) if _utc(text) else None
        if not isinstance(day, dt.date):
            result.problems.append(Problem(day or unreadable_date(text), line))
            continue
        row = BodyRow(line=line, day=day)
        kg = _number(cell(cells, col["weight"]))
        if kg:
            problem = weight_problem(kg, "kg")
            if problem:
                result.problems.append(Problem(problem, line))
            else:
                row.weight_kg = kg
        fat = _number(cell(cells, col["body_fat"]))
        if fat:
            problem = body_fat_problem(fat)
            if problem:
                result.problems.append(Problem(problem, line))
            else:
                row.body_fat_percent = fat
        if row.weight_kg is not None or row.body_fat_percent is not None:
            result.rows.append(row)
    return result


def parse_samsung_exercise(table: Table, options: ImportOptions, *, where: str = "") -> ParseResult:
    result = ParseResult(gettext_noop("Samsung Health exercise CSV"))
    names = ("exercise_type", "start_time", "duration", "distance", "mean_heart_rate")
    col = {name: _column(table.header, name) for name in names}
    skipped: dict[str, int] = {}
    for line, cells in table.rows:
        kind = cell(cells, col["exercise_type"])
        if kind not in RUNNING_TYPES:
            skipped[kind] = skipped.get(kind, 0) + 1
            continue
        start = _utc(cell(cells, col["start_time"]))
        if start is None:
            result.problems.append(Problem(unreadable_date(cell(cells, col["start_time"])), line))
            continue
        metres = _number(cell(cells, col["distance"]))
        millis = _number(cell(cells, col["duration"]))
        if not metres:
            result.problems.append(Problem(gettext_lazy("the run has no distance"), line))
            continue
        add_run(
            result,
            options,
            where="",
            line=line,
            start=start,
            distance_km=metres / 1000,
            moving_s=millis / 1000 if millis else None,
            elapsed_s=None,
            avg_heart_rate=_number(cell(cells, col["mean_heart_rate"])) or None,
            external_id=start_id(start),
            name="Samsung Health",
            source="csv",
        )
    if skipped:
        named = sorted(((_type_name(kind), n) for kind, n in skipped.items()), key=_english)
        listed = counted_names(list(named))
        result.notes.append(
            placed(
                where, gettext_lazy("Skipped exercises that are not runs: %(list)s.", list=listed)
            )
        )
    return result
