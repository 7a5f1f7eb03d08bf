"""Daily protein from nutrition-tracker CSV exports.

Formats, told apart by their header row:
- MyFitnessPal "Nutrition Summary": ``Date,Meal,Calories,Fat (g),...,Protein (g),...``, one
  row per meal, added up per day.
- Cronometer ``dailysummary.csv``: ``Date,Energy (kcal),...,Protein (g),...``, one row a day.
- Lose It!: ``Date,Name,Type,Quantity,Units,Calories,Fat (g),Protein (g),...``, one row per
  food, added up per day.
- Generic, and Wholebody's own export: ``date`` plus ``grams``, ``protein`` or ``protein (g)``.

A day's total must stay within the daily protein bound; problems name every line of that day.
"""

from __future__ import annotations

import datetime as dt

from tracker.importers.common import (
    ImportFileError,
    ImportOptions,
    ParseResult,
    Problem,
    ProteinRow,
    TextSource,
    cell,
    detect_date_order,
    find_column,
    parse_number,
    protein_problem,
    read_day,
    read_table,
)
from tracker.texts import Day, Text, gettext_lazy, gettext_noop

PROTEIN_NAMES = ("protein (g)", "protein_g", "protein g", "protein", "grams", "protein_grams")


def _columns(header: list[str]) -> tuple[str, int, int] | None:
    """(format name, date column, protein column), or None if this is not a protein CSV."""
    date = find_column(header, "date", "day")
    protein = find_column(header, *PROTEIN_NAMES)
    if date is None or protein is None:
        return None
    if "meal" in header:
        name = "MyFitnessPal"
    elif "energy (kcal)" in header:
        name = "Cronometer"
    elif "quantity" in header and "name" in header:
        name = "Lose It!"
    else:
        name = gettext_noop("Generic CSV")
    return name, date, protein


def _lines(lines: list[int]) -> Text:
    if len(lines) == 1:
        return gettext_lazy("Line %(line)s", line=lines[0])
    shown = ", ".join(str(n) for n in lines[:5]) + (", …" if len(lines) > 5 else "")
    return gettext_lazy("Lines %(lines)s", lines=shown)


def parse_protein_csv(data: bytes | TextSource, options: ImportOptions) -> ParseResult:
    """One ProteinRow per day (the day's rows added up), with a problem for each bad row."""
    try:
        table = read_table(data, is_header=lambda header: _columns(header) is not None)
    except ImportFileError as error:
        if str(error) != "no_header":
            raise
        raise ImportFileError(
            gettext_lazy(
                "This doesn't look like a protein CSV: no header row with a date and a protein "
                "column was found in the first lines. Supported: MyFitnessPal, Cronometer, "
                "Lose It!, or a file with 'date' and 'grams' columns."
            )
        ) from None
    columns = _columns(table.header)
    assert columns is not None
    name, date_col, protein_col = columns
    result = ParseResult(name)
    order = detect_date_order([cell(c, date_col) for _, c in table.rows], options.date_order)
    totals: dict[dt.date, float] = {}
    lines: dict[dt.date, list[int]] = {}
    for line, cells in table.rows:
        date_text, grams_text = cell(cells, date_col), cell(cells, protein_col)
        day = read_day(date_text, order, options)
        if not isinstance(day, dt.date):
            result.problems.append(Problem(day, line))
            continue
        if not grams_text:
            continue  # a meal or food without a protein figure adds nothing
        try:
            grams, _ = parse_number(grams_text)
        except ValueError:
            result.problems.append(
                Problem(
                    gettext_lazy("protein “%(value)s” is not a number", value=grams_text[:20]),
                    line,
                )
            )
            continue
        if grams < 0:
            result.problems.append(Problem(protein_problem(grams) or Text(""), line))
            continue
        totals[day] = totals.get(day, 0.0) + grams
        lines.setdefault(day, []).append(line)
    for day in sorted(totals):
        grams = round(totals[day], 1)
        reason = protein_problem(grams)
        if reason:
            where = _lines(lines[day])
            result.problems.append(
                Problem(
                    gettext_lazy(
                        "%(lines)s (%(date)s): %(reason)s",
                        lines=where,
                        date=Day.of(day),
                        reason=reason,
                    )
                )
            )
            continue
        result.rows.append(ProteinRow(line=lines[day][0], day=day, grams=grams))
    return result
