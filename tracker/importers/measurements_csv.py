"""Body measurements (circumferences) from CSV files.

Two layouts, told apart by their header row:
- Long, one measurement per row, as Wholebody's own export writes it:
  ``date,site,side,cm`` (or ``inches``/``in``, or ``value`` plus a ``unit`` column).
- Wide, one day per row with a column per site, as spreadsheets and tape-measure apps keep them:
  ``Date,Waist,Hips,Chest,Left thigh,Right thigh,Upper arm (cm),Calf,Neck``. Site names are
  recognised in English, Italian, Spanish, French, German and Portuguese; a side is read from
  ``left``/``right``/``L``/``R`` (and their translations) before or after the site.

The unit comes from the column (``(cm)``, ``(in)``, ``_in``), a ``unit`` column, a value suffix
("81 cm"), else the athlete's length unit. Decimal commas and the usual date orders are accepted.
Each value is checked against its site's bounds; a bad cell is a problem of its line and the rest
of the row still imports.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tracker import bounds
from tracker.importers.common import (
    ImportFileError,
    ImportOptions,
    MeasurementRow,
    ParseResult,
    Problem,
    TextSource,
    cell,
    detect_date_order,
    find_column,
    parse_number,
    read_day,
    read_table,
)
from tracker.texts import Day, Number, Text, gettext_lazy, gettext_noop, pgettext_lazy

CM_PER_INCH = 2.54
LIMBS = ("thigh", "upper_arm", "calf")

# Words for each site, normalised (lowercase, no accents). Longest match wins, so "upper arm"
# beats "arm".
SITE_WORDS: dict[str, tuple[str, ...]] = {
    "waist": (
        "waist",
        "waistline",
        "navel",
        "belly",
        "abdomen",
        "stomach",
        "vita",
        "girovita",
        "addome",
        "pancia",
        "cintura",
        "abdomen",
        "barriga",
        "taille",
        "tour de taille",
        "ventre",
        "taillenumfang",
        "bauch",
        "bauchumfang",
        "taille",
    ),
    "hips": (
        "hips",
        "hip",
        "glutes",
        "buttocks",
        "seat",
        "fianchi",
        "anche",
        "cadera",
        "caderas",
        "hanches",
        "hufte",
        "huften",
        "huftumfang",
        "quadril",
        "quadris",
        "anca",
        "ancas",
    ),
    "chest": (
        "chest",
        "bust",
        "petto",
        "torace",
        "pecho",
        "poitrine",
        "tour de poitrine",
        "brust",
        "brustumfang",
        "peito",
        "busto",
    ),
    "thigh": ("thigh", "thighs", "coscia", "cosce", "muslo", "cuisse", "oberschenkel", "coxa"),
    "upper_arm": (
        "upper arm",
        "arm",
        "bicep",
        "biceps",
        "braccio",
        "bicipite",
        "brazo",
        "bras",
        "oberarm",
        "braco",
    ),
    "calf": (
        "calf",
        "calves",
        "polpaccio",
        "pantorrilla",
        "gemelo",
        "mollet",
        "wade",
        "panturrilha",
        "gemeo",
    ),
    "neck": ("neck", "collo", "cuello", "cou", "hals", "halsumfang", "pescoco"),
}
SIDE_WORDS: dict[str, tuple[str, ...]] = {
    "left": (
        "left",
        "l",
        "sx",
        "sinistra",
        "sinistro",
        "izquierda",
        "izquierdo",
        "izq",
        "gauche",
        "g",
        "links",
        "li",
        "esquerda",
        "esquerdo",
        "esq",
    ),
    "right": (
        "right",
        "r",
        "dx",
        "destra",
        "destro",
        "derecha",
        "derecho",
        "der",
        "droite",
        "d",
        "rechts",
        "re",
        "direita",
        "direito",
        "dir",
    ),
}
_UNIT_IN_HEADER = re.compile(r"\s*(?:\((cm|in|inch|inches)\)|[_ ](cm|in|inch|inches))$")
_ACCENTS = str.maketrans("àáâãäèéêëìíîïòóôõöùúûüçñ", "aaaaaeeeeiiiiooooouuuucn")
_INCH_UNITS = {"in", "inch", "inches", '"', "zoll", "pollici", "pulgadas", "pouces", "polegadas"}
_CM_UNITS = {"cm", "centimetres", "centimeters", ""}


@dataclass(frozen=True)
class Column:
    index: int
    site: str
    side: str
    unit: str | None  # from the header; None: ask the row or the athlete's setting


@dataclass(frozen=True)
class Layout:
    format_name: str
    date: int
    columns: tuple[Column, ...] = ()  # wide
    site: int | None = None  # long
    side: int | None = None
    value: int | None = None
    value_unit: str | None = None  # long: "cm"/"in" from the value column's name
    unit: int | None = None


def _plain(text: str) -> str:
    return re.sub(r"[\s_\-./]+", " ", text.lower().translate(_ACCENTS)).strip()


def _site_and_side(name: str) -> tuple[str, str] | None:
    """('thigh', 'left') for 'Left thigh', 'thigh (L)', 'coscia sx', 'Oberschenkel rechts'."""
    words = _plain(name.replace("(", " ").replace(")", " ")).split()
    side = ""
    for candidate, names in SIDE_WORDS.items():
        for position in (0, -1):
            if len(words) > 1 and words[position] in names:
                side = candidate
                words = words[1:] if position == 0 else words[:-1]
                break
        if side:
            break
    rest = " ".join(words)
    for site, site_names in SITE_WORDS.items():
        if rest in site_names:
            return site, side if site in LIMBS else ""
    return None


def _unit_word(text: str) -> str | None:
    plain = _plain(text)
    if plain in _INCH_UNITS:
        return "in"
    if plain in _CM_UNITS and plain:
        return "cm"
    return None


def _layout(header: list[str]) -> Layout | None:
    date = find_column(header, "date", "day", "data", "fecha", "datum", "jour", "giorno")
    if date is None:
        return None
    site = find_column(header, "site", "measurement", "body part", "part")
    if site is not None:
        value_unit = None
        value = find_column(header, "cm", "centimetres", "centimeters")
        if value is not None:
            value_unit = "cm"
        else:
            value = find_column(header, "inches", "in", "inch")
            value_unit = "in" if value is not None else None
        if value is None:
            value = find_column(header, "value", "circumference", "length", "size")
        if value is None:
            return None
        return Layout(
            gettext_noop("Measurements CSV (one per row)"),
            date,
            site=site,
            side=find_column(header, "side"),
            value=value,
            value_unit=value_unit,
            unit=find_column(header, "unit", "units"),
        )
    columns = []
    for index, name in enumerate(header):
        if index == date:
            continue
        match = _UNIT_IN_HEADER.search(name)
        unit = None
        if match:
            unit = "in" if (match.group(1) or match.group(2)).startswith("in") else "cm"
            name = name[: match.start()]
        found = _site_and_side(name)
        if found:
            columns.append(Column(index, found[0], found[1], unit))
    if not columns:
        return None
    return Layout(gettext_noop("Measurements CSV"), date, columns=tuple(columns))


def _value_cm(text: str, unit: str | None, default_unit: str) -> tuple[float, str]:
    """(centimetres, unit used) for '81.5', '81,5', '32 in', '81 cm'; ValueError otherwise."""
    match = re.fullmatch(r"\s*(.*?\d)\s*(cm|in|inch|inches|\")?\s*", text.lower())
    if not match:
        raise ValueError(text)
    value, _ = parse_number(match.group(1))
    used = "in" if match.group(2) and match.group(2) != "cm" else unit or default_unit
    if match.group(2) == "cm":
        used = "cm"
    return (value * CM_PER_INCH if used == "in" else value), used


def _site_word(site: str) -> Text:
    """The site as a word inside a sentence, translated when shown."""
    words = {
        "waist": pgettext_lazy("tape site in a sentence", "waist"),
        "hips": pgettext_lazy("tape site in a sentence", "hips"),
        "chest": pgettext_lazy("tape site in a sentence", "chest"),
        "thigh": pgettext_lazy("tape site in a sentence", "thigh"),
        "upper_arm": pgettext_lazy("tape site in a sentence", "upper arm"),
        "calf": pgettext_lazy("tape site in a sentence", "calf"),
        "neck": pgettext_lazy("tape site in a sentence", "neck"),
    }
    return words.get(site) or Text(site.replace("_", " "))


def site_problem(site: str, cm: float, unit: str) -> Text | None:
    """Why a circumference can't be stored (in the unit the file used), or None."""
    low, high = bounds.CIRCUMFERENCE_CM[site]
    if low <= round(cm, 1) <= high:
        return None
    if unit == "in":
        shown, low, high = cm / CM_PER_INCH, low / CM_PER_INCH, high / CM_PER_INCH
    else:
        shown = cm
    return gettext_lazy(
        "%(site)s %(value)s %(unit)s is outside the %(low)s–%(high)s %(unit)s range for this site",
        site=_site_word(site),
        value=Number(shown),
        unit=unit,
        low=Number(low),
        high=Number(high),
    )


def parse_measurements_csv(data: bytes | TextSource, options: ImportOptions) -> ParseResult:
    """One MeasurementRow per (day, site, side) cell, with a problem for each bad cell."""
    try:
        table = read_table(data, is_header=lambda header: _layout(header) is not None)
    except ImportFileError as error:
        if str(error) != "no_header":
            raise
        raise ImportFileError(
            gettext_lazy(
                "This doesn't look like a measurements CSV: no header row with a date and site "
                "columns (waist, hips, chest, thigh, upper arm, calf, neck) was found in the "
                "first lines, nor 'date', 'site' and 'cm' columns."
            )
        ) from None
    layout = _layout(table.header)
    assert layout is not None
    result = ParseResult(layout.format_name)
    default_unit = options.default_length_unit
    order = detect_date_order([cell(c, layout.date) for _, c in table.rows], options.date_order)
    seen: dict[tuple, int] = {}
    for line, cells in table.rows:
        date_text = cell(cells, layout.date)
        day = read_day(date_text, order, options)
        if not isinstance(day, dt.date):
            result.problems.append(Problem(day, line))
            continue
        if layout.site is not None:
            wanted = _long_cell(layout, cells, line, result)
            cells_to_read = [wanted] if wanted else []
        else:
            cells_to_read = [(c.site, c.side, cell(cells, c.index), c.unit) for c in layout.columns]
        for site, side, text, unit in cells_to_read:
            if not text:
                continue
            try:
                cm, used = _value_cm(text, unit, default_unit)
            except ValueError:
                result.problems.append(
                    Problem(
                        gettext_lazy(
                            "%(site)s “%(value)s” is not a number",
                            site=_site_word(site),
                            value=text[:20],
                        ),
                        line,
                    )
                )
                continue
            reason = site_problem(site, cm, used)
            if reason:
                result.problems.append(Problem(reason, line))
                continue
            key = (day, site, side)
            if key in seen:
                result.problems.append(
                    Problem(
                        gettext_lazy(
                            "a second %(site)s measurement for %(date)s (line %(line)s has one); "
                            "only the first is kept",
                            site=_site_word(site),
                            date=Day.of(day),
                            line=seen[key],
                        ),
                        line,
                    )
                )
                continue
            seen[key] = line
            result.rows.append(MeasurementRow(line, day, site, side, round(cm, 1)))
    return result


def _long_cell(
    layout: Layout, cells: list[str], line: int, result: ParseResult
) -> tuple[str, str, str, str | None] | None:
    site_text = cell(cells, layout.site)
    side_text = cell(cells, layout.side)
    found = _site_and_side(f"{side_text} {site_text}".strip()) or _site_and_side(site_text)
    if found is None:
        result.problems.append(
            Problem(
                gettext_lazy(
                    "“%(value)s” is not a site this import knows (waist, hips, chest, thigh, "
                    "upper arm, calf, neck)",
                    value=site_text[:30],
                ),
                line,
            )
        )
        return None
    unit = layout.value_unit
    if layout.unit is not None:
        unit = _unit_word(cell(cells, layout.unit)) or unit
    return found[0], found[1], cell(cells, layout.value), unit
