"""Weight and body-fat CSVs: a generic file and the exports of popular scales and apps.

Formats, told apart by their header row:
- Withings Health Mate `weight.csv`: ``Date,Weight (kg),Fat mass (kg),Bone mass (kg),...``
  (fat as a mass, turned into a percentage of the same row's weight; ``(lb)`` headers too),
  also with the headers in the app's language (``Datum,Gewicht (kg),Fettmasse (kg)``).
- Beurer HealthManager: ``WeightDate;Time;kg;BMI;Body fat;...`` with day.month.year dates.
- Google Fit Takeout ``Daily activity metrics.csv``: ``Date,Move Minutes count,...,Average
  weight (kg),...``; days without a weight are passed over.
- Libra (Android): ``#Version``/``#Units:kg`` lines, then
  ``#date;weight;weight trend;body fat;body fat trend;comment`` with ISO UTC timestamps.
- Renpho: ``Time of Measurement,Weight(kg),BMI,Body Fat(%),...`` (older exports split the
  moment into ``Date,Time``; ``Weight(lb)`` in the US).
- Fitbit account export: a ``Body`` line, then ``Date,Weight,BMI,Fat``; the unit is not in the
  file, so the athlete's choice (or their setting) applies.
- Generic, and Wholebody's own export: ``date`` plus ``weight``/``weight_kg``/``weight (lb)``
  and/or ``body fat``/``body_fat_percent``, optional ``unit`` and ``method`` columns.

Decimal commas, ``;`` or tab separators, ISO and day/month or month/day dates are accepted;
when the order of the dates can't be told, `DateOrderNeeded` asks for it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tracker.importers.common import (
    KG_PER_LB,
    BodyRow,
    ImportFileError,
    ImportOptions,
    ParseResult,
    Problem,
    TextSource,
    body_fat_problem,
    cell,
    detect_date_order,
    find_column,
    parse_number,
    read_day,
    read_table,
    weight_problem,
)
from tracker.texts import Number, gettext_lazy, gettext_noop, ngettext_lazy

GOOGLE_FIT = gettext_noop("Google Fit daily activity metrics")
METHODS = {"scale", "calipers", "dexa", "tape", "other"}
_UNIT_IN_HEADER = re.compile(r"\((kg|lbs?)\)|[_ ](kg|lbs?)$")
_LIBRA_UNITS = re.compile(r"#\s*units\s*:\s*(kg|lbs?)", re.IGNORECASE)

WEIGHT_NAMES = ("weight", "weight_kg", "weight_lb", "weight (kg)", "weight (lb)", "weight (lbs)")
FAT_NAMES = (
    "body fat",
    "body_fat",
    "body fat %",
    "body fat (%)",
    "body_fat_percent",
    "bodyfat",
    "fat %",
    "fat (%)",
    "fat",
)


@dataclass
class Layout:
    format_name: str
    date: int
    time: int | None = None
    weight: int | None = None
    fat_percent: int | None = None
    fat_mass: int | None = None
    unit: int | None = None  # a per-row unit column
    method: int | None = None
    header_unit: str | None = None  # what the header (or preamble) says
    assume_utc: bool = False


def _unit_of(header_cell: str) -> str | None:
    match = _UNIT_IN_HEADER.search(header_cell)
    if not match:
        return None
    return "kg" if (match.group(1) or match.group(2)) == "kg" else "lb"


# Withings writes weight.csv in the language of the app: "Gewicht (kg)", "Fettmasse (kg)" in
# German, "Poids (kg)", "Masse grasse (kg)" in French, and so on.
WITHINGS_DATE = ("date", "datum", "fecha", "data")
WITHINGS_WEIGHT = ("weight (", "weight(", "gewicht (", "poids (", "peso (")
WITHINGS_FAT_MASS = (
    "fat mass (",
    "fettmasse (",
    "masse grasse (",
    "masa grasa (",
    "massa grassa (",
    "massa gorda (",
    "vetmassa (",
)


def _layout(header: list[str]) -> Layout | None:
    """Which export this header belongs to, and where its columns are; None if not a body CSV."""
    weight = find_column(header, *WITHINGS_WEIGHT, prefix=True)
    fat_mass = find_column(header, *WITHINGS_FAT_MASS, prefix=True)
    date = find_column(header, *WITHINGS_DATE)
    if date is not None and weight is not None and fat_mass is not None:
        return Layout(
            "Withings",
            date=date,
            weight=weight,
            fat_mass=fat_mass,
            header_unit=_unit_of(header[weight]),
        )
    weight = find_column(header, "weight (", "weight(", prefix=True)
    date = find_column(header, "date", "day")
    google_weight = find_column(header, "average weight (kg)")
    if date is not None and google_weight is not None and "move minutes count" in header:
        # Google Fit Takeout, "Daily activity metrics.csv": one row a day, weight when logged.
        return Layout(GOOGLE_FIT, date=date, weight=google_weight, header_unit="kg")
    beurer_date = find_column(header, "date", "weightdate")
    beurer_weight = find_column(header, "kg", "lb", "lbs")
    if beurer_date is not None and beurer_weight is not None and "bmi" in header:
        # Beurer HealthManager: WeightDate;Time;kg;BMI;Body fat;Water;Muscles;Bones;... (the
        # app sometimes breaks the first header word, leaving "Date" to start the line).
        return Layout(
            "Beurer HealthManager",
            date=beurer_date,
            time=find_column(header, "time"),
            weight=beurer_weight,
            fat_percent=find_column(header, "body fat"),
            header_unit="kg" if header[beurer_weight] == "kg" else "lb",
        )
    if weight is not None and find_column(header, "body fat(%)", "body fat (%)") is not None:
        moment = find_column(header, "time of measurement", "date", "measured at")
        if moment is not None:
            time = find_column(header, "time") if header[moment] == "date" else None
            return Layout(
                "Renpho",
                date=moment,
                time=time,
                weight=weight,
                fat_percent=find_column(header, "body fat(%)", "body fat (%)"),
                header_unit=_unit_of(header[weight].replace("(", " (")),
            )
    if header[:3] == ["date", "weight", "weight trend"]:
        return Layout(
            "Libra",
            date=0,
            weight=1,
            fat_percent=find_column(header, "body fat"),
            assume_utc=True,
        )
    if header[:4] == ["date", "weight", "bmi", "fat"]:
        return Layout("Fitbit", date=0, weight=1, fat_percent=3)
    if date is None:
        return None
    weight = find_column(header, *WEIGHT_NAMES)
    fat = find_column(header, *FAT_NAMES)
    if weight is None and fat is None:
        return None
    return Layout(
        gettext_noop("Generic CSV"),
        date=date,
        weight=weight,
        fat_percent=fat,
        unit=find_column(header, "unit", "units", "weight unit"),
        method=find_column(header, "method"),
        header_unit=_unit_of(header[weight]) if weight is not None else None,
    )


def parse_body_csv(data: bytes | TextSource, options: ImportOptions) -> ParseResult:
    """Weigh-ins and body-fat readings from a CSV file, with a problem for each bad row."""
    try:
        table = read_table(data, is_header=lambda header: _layout(header) is not None)
    except ImportFileError as error:
        if str(error) != "no_header":
            raise
        raise ImportFileError(
            gettext_lazy(
                "This doesn't look like a weight or body-fat CSV: no header row with a date and "
                "a weight or body-fat column was found in the first lines. Supported: Withings, "
                "Libra, Renpho, Fitbit, or a file with 'date' and 'weight' columns."
            )
        ) from None
    layout = _layout(table.header)
    assert layout is not None  # read_table found it
    if layout.format_name == "Libra":
        for line in table.preamble:
            match = _LIBRA_UNITS.search(line)
            if match:
                layout.header_unit = "kg" if match.group(1).lower() == "kg" else "lb"
    result = ParseResult(layout.format_name)
    # Units in the file win; the athlete's choice (else their setting) fills in where it is
    # silent.
    fallback = (
        options.weight_unit if options.weight_unit in ("kg", "lb") else options.default_weight_unit
    )
    file_unit = layout.header_unit
    order = detect_date_order(
        [cell(cells, layout.date) for _, cells in table.rows], options.date_order
    )
    assumed = 0
    for line_number, cells in table.rows:
        assumed += _read_row(
            line_number, cells, layout, file_unit or fallback, order, options, result
        )
    if assumed and file_unit is None and options.weight_unit not in ("kg", "lb"):
        result.notes.append(
            ngettext_lazy(
                "The file doesn't say whether weights are in kg or lb; %(count)s weight was read "
                "as %(unit)s (your setting). If that is wrong, cancel and upload again choosing "
                "the unit.",
                "The file doesn't say whether weights are in kg or lb; %(count)s weights were "
                "read as %(unit)s (your setting). If that is wrong, cancel and upload again "
                "choosing the unit.",
                assumed,
                count=Number(assumed, 0, grouped=True),
                unit=fallback,
            )
        )
    return result


def _read_row(
    line: int,
    cells: list[str],
    layout: Layout,
    file_unit: str,
    order: str,
    options: ImportOptions,
    result: ParseResult,
) -> int:
    """Read one row into `result`; returns 1 if its weight used the fallback unit, else 0."""
    problems = result.problems
    assumed = 0
    date_text = cell(cells, layout.date)
    if layout.time is not None and cell(cells, layout.time):
        date_text = f"{date_text} {cell(cells, layout.time)}"
    day = read_day(date_text, order, options, assume_utc=layout.assume_utc)
    if not isinstance(day, dt.date):
        problems.append(Problem(day, line))
        return 0
    row = BodyRow(line=line, day=day)
    weight_text = cell(cells, layout.weight)
    unit = file_unit
    if weight_text:
        try:
            value, suffix = parse_number(weight_text)
        except ValueError:
            problems.append(
                Problem(
                    gettext_lazy("weight “%(value)s” is not a number", value=weight_text[:20]),
                    line,
                )
            )
            value = None
        if value is not None:
            row_unit = cell(cells, layout.unit).lower() or suffix
            if row_unit in ("kg", "kgs"):
                unit = "kg"
            elif row_unit in ("lb", "lbs"):
                unit = "lb"
            elif row_unit:
                problems.append(
                    Problem(
                        gettext_lazy("unit “%(value)s” is not kg or lb", value=row_unit[:10]),
                        line,
                    )
                )
                value = None
            elif layout.header_unit is None:
                assumed = 1
        if value is not None:
            kg = value * KG_PER_LB if unit == "lb" else value
            reason = weight_problem(kg, unit)
            if reason:
                problems.append(Problem(reason, line))
            else:
                row.weight_kg = kg
    fat_text = cell(cells, layout.fat_percent if layout.fat_mass is None else layout.fat_mass)
    if fat_text:
        try:
            fat, _ = parse_number(fat_text)
        except ValueError:
            problems.append(
                Problem(
                    gettext_lazy("body fat “%(value)s” is not a number", value=fat_text[:20]),
                    line,
                )
            )
            fat = None
        if fat is not None and layout.fat_mass is not None:
            # Withings reports fat as a mass in the weight's unit; a share of the same row's
            # weight is a percentage whatever that unit was.
            fat = (
                fat * (KG_PER_LB if unit == "lb" else 1) / row.weight_kg * 100
                if (row.weight_kg)
                else None
            )
        if fat is not None and fat == 0 and layout.format_name != "Generic CSV":
            fat = None  # scales write 0 when they measured no body fat
        if fat is not None:
            reason = body_fat_problem(fat)
            if reason:
                problems.append(Problem(reason, line))
            else:
                row.body_fat_percent = fat
    method = cell(cells, layout.method).lower()
    if method:
        if method in METHODS:
            row.method = method
        else:
            problems.append(
                Problem(
                    gettext_lazy(
                        "method “%(value)s” is not one of %(methods)s",
                        value=method[:20],
                        methods=", ".join(sorted(METHODS)),
                    ),
                    line,
                )
            )
    if row.weight_kg is None and row.body_fat_percent is None:
        if not weight_text and not fat_text and layout.format_name != GOOGLE_FIT:
            # (Google Fit's daily file has a row for every day, weighed or not.)
            problems.append(Problem(gettext_lazy("there is no weight or body-fat value"), line))
        return 0
    result.rows.append(row)
    return assumed
