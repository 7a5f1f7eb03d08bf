"""Plotly figures and chart helpers for the Progress page and the coach's client and roster views.

Builders take plain series from :mod:`tracker.trends` (metric units) plus the user's display
units and return JSON-serialisable plotly figure dicts ``{"data": [...], "layout": {...}}``.
They build dicts directly instead of ``plotly.graph_objects`` (which validates every attribute and
is far slower for a 200-client roster); the tests check each figure against plotly's schema.
Pass a figure to the page with ``json_script`` and render it with ``PLOT_CONFIG``.

Empty data never raises: a builder returns a blank figure whose annotation says what is missing
("No weigh-ins in this range yet") and whose ``layout.meta.empty`` is True; use
:func:`figure_is_empty` to show a call to action instead if you prefer.

Trends must be computed over the full history and only then clipped to the selected range (see
:data:`RANGES`, :func:`range_start`, :func:`clip_to_range`), otherwise the trend at the start of
the range would restart from a single noisy reading. :func:`progress_charts` does all of that
in one call and also returns plain data tables as the accessible alternative to each chart.

Every word in a figure (axis titles, legend names, hover labels, annotations, notes, table
captions and headers) is translated while the figure is built, in the active language, through
:mod:`tracker.texts`; numbers, units and plotly's ``%{...}`` placeholders stay as they are, and
dates on the axes follow plotly's locale.
"""

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property, lru_cache
from typing import Any, TypeVar

from tracker.body_composition import (
    BodyFatAnalysis,
    analyse_body_fat,
    composition_ready_days,
    method_label,
)
from tracker.texts import (
    chart_date_formats,
    decimal,
    gettext,
    gettext_noop,
    ngettext,
    short_date,
)
from tracker.trends import (
    DOSE_MAX_PER_WEEK,
    DOSE_MIN_PER_WEEK,
    PROTEIN_LOW_G_PER_KG,
    PROTEIN_TARGET_MAX_G_PER_KG,
    PROTEIN_TARGET_MIN_G_PER_KG,
    RunPoint,
    clip_series,
    composition_series,
    daily_means,
    daily_trend,
    longest_run,
    protein_g_per_kg_series,
    week_start,
    weekly_distance_km,
    weekly_qualifying_sessions,
)

KG_TO_LB = 2.20462262185
KM_TO_MI = 0.621371192
WEIGHT_UNITS = ("kg", "lb")
DISTANCE_UNITS = ("km", "mi")

PLOT_CONFIG = {"displaylogo": False, "responsive": True}

BODY_FAT_CAVEAT = gettext_noop(
    "Body fat from smart scales and other consumer methods is an estimate: a single reading can "
    "be off by several points, and hydration, meals and time of day move it. Only the trend "
    "over weeks is meaningful, and it is most useful when you measure the same way each time."
)

# Okabe-Ito colour-blind safe palette; the line colours keep at least 3:1 contrast on white
# (WCAG non-text contrast), and every colour cue is repeated in a label or hover text.
BLUE = "#0072B2"
VERMILLION = "#D55E00"
GREEN = "#009E73"
PURPLE = "#CC79A7"
GREY = "#6B7280"
LIGHT_GREY = "#9CA3AF"
INK = "#1F2937"
GRID = "#E5E7EB"
FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"

# Two decimals keep a year of data well under the JSON budget and are finer than any scale.
DECIMALS = 2

Figure = dict[str, Any]
_Row = TypeVar("_Row", bound=tuple)


# --- Ranges -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChartRange:
    """One choice of the range selector; `days` None means all history. The words are msgids,
    translated when read through :attr:`label` and :attr:`period`."""

    key: str
    label_msgid: str
    days: int | None
    period_msgid: str = ""

    @property
    def label(self) -> str:
        """The selector's words: "3 months"."""
        return gettext(self.label_msgid)

    @property
    def period(self) -> str:
        """The range inside a sentence: "over the last 3 months"."""
        return gettext(self.period_msgid)


RANGES: dict[str, ChartRange] = {
    "4w": ChartRange("4w", gettext_noop("4 weeks"), 28, gettext_noop("over the last 4 weeks")),
    "3m": ChartRange("3m", gettext_noop("3 months"), 91, gettext_noop("over the last 3 months")),
    "6m": ChartRange("6m", gettext_noop("6 months"), 182, gettext_noop("over the last 6 months")),
    "1y": ChartRange("1y", gettext_noop("1 year"), 365, gettext_noop("over the last year")),
    "all": ChartRange("all", gettext_noop("All time"), None, gettext_noop("over all time")),
}
DEFAULT_RANGE_KEY = "3m"


def range_start(range_key: str, as_of: date) -> date | None:
    """First day shown for a range ending at `as_of` (inclusive), or None for all history."""
    try:
        chart_range = RANGES[range_key]
    except KeyError:
        raise ValueError(
            f"Unknown range {range_key!r}; choose one of {', '.join(RANGES)}."
        ) from None
    if chart_range.days is None:
        return None
    return as_of - timedelta(days=chart_range.days - 1)


def clip_to_range(series: Sequence[_Row], range_key: str, as_of: date) -> list[_Row]:
    """Rows of a day-sorted series (already computed over full history) inside the range."""
    return clip_series(series, range_start(range_key, as_of), as_of)


# --- Small helpers ------------------------------------------------------------------------------


def _check_unit(unit: str, allowed: tuple[str, ...]) -> None:
    if unit not in allowed:
        raise ValueError(f"Unknown unit {unit!r}; expected one of {', '.join(allowed)}.")


def _weight_factor(units: str) -> float:
    _check_unit(units, WEIGHT_UNITS)
    return KG_TO_LB if units == "lb" else 1.0


def _distance_factor(units: str) -> float:
    _check_unit(units, DISTANCE_UNITS)
    return KM_TO_MI if units == "mi" else 1.0


def _num(value: float, factor: float = 1.0) -> float:
    return round(value * factor, DECIMALS)


# Every page draws the same few years of days: each day's ISO text is made once per process
# instead of once per point (date.isoformat was ~0.3 µs a call, ~3,000 calls an "All time"
# page). Bounded: 8,192 days is over 22 years, well under a megabyte.
@lru_cache(maxsize=8192)
def _day(day: date) -> str:
    return day.isoformat()


def _layout(y_title: str, *, legend: bool = True) -> dict[str, Any]:
    """Shared product look: light grid, small margins, no zoom (the range selector does that).

    Zoom and pan are off because on a phone a drag on the chart would fight page scrolling.
    The date axis has no title: its ticks read as dates, and a title under them collided with
    the tick labels on phones. Dates are whole days (``%-d %b``), never times of day.
    """
    axis = {
        "gridcolor": GRID,
        "linecolor": LIGHT_GREY,
        "showline": True,
        "zeroline": False,
        "fixedrange": True,
        "tickfont": {"color": INK},
    }
    return {
        "autosize": True,
        "margin": {"l": 56, "r": 16, "t": 40 if legend else 16, "b": 48},
        "paper_bgcolor": "#ffffff",
        "plot_bgcolor": "#ffffff",
        "font": {"family": FONT_FAMILY, "size": 13, "color": INK},
        "hovermode": "x unified",
        "dragmode": False,
        "showlegend": legend,
        "legend": {"orientation": "h", "x": 0, "xanchor": "left", "y": 1.02, "yanchor": "bottom"},
        "xaxis": {**axis, "type": "date", "hoverformat": chart_date_formats()[1]},
        "yaxis": {**axis, "title": {"text": y_title}, "automargin": True},
    }


# Below this many days between the first and last point, plotly's automatic date ticks zoom
# into hours ("23:59:59.999 Nov 28"); pin the axis to whole days instead.
FEW_DAYS = 14
DAY_MS = 24 * 3600 * 1000


def _fit_days(layout: dict[str, Any], days: Sequence[date], *, step_days: int = 1) -> None:
    """Make a short date axis read as days: a range padded by one step each side, one tick per
    `step_days` (7 for weekly bars, starting on a Monday), labels like "28 Nov".

    Longer spans keep plotly's automatic ticks, which are already whole days, months or years.
    """
    if not days:
        return
    first, last = min(days), max(days)
    if (last - first).days > FEW_DAYS:
        return
    xaxis = layout["xaxis"]
    if step_days == 7:
        # Bars fill their Monday-Sunday week: show whole weeks (one empty week each side) with
        # ticks on Mondays and each label in the middle of its week.
        xaxis["range"] = [_day(first - timedelta(days=7)), _day(last + timedelta(days=14))]
        xaxis["tick0"] = _day(first)
        xaxis["ticklabelmode"] = "period"
    else:
        xaxis["range"] = [_day(first - timedelta(days=1)), _day(last + timedelta(days=1))]
        xaxis["tick0"] = _day(first)
    xaxis["dtick"] = step_days * DAY_MS
    xaxis["tickformat"] = chart_date_formats()[0]


# Fewer distinct days than this and a trend line is mostly its own starting value: charts say so.
TREND_SETTLES_DAYS = 7


def first_days_note(days_logged: int) -> str:
    """A friendly line for a chart with only a few days of data, or "" once there are enough."""
    if days_logged >= TREND_SETTLES_DAYS:
        return ""
    more = TREND_SETTLES_DAYS - days_logged
    logged = ngettext(
        "%(count)d day logged so far.", "%(count)d days logged so far.", days_logged
    ) % {"count": days_logged}
    settles = ngettext(
        "The trend line settles after about a week of weigh-ins (%(count)d more day): until "
        "then it stays close to your first readings.",
        "The trend line settles after about a week of weigh-ins (%(count)d more days): until "
        "then it stays close to your first readings.",
        more,
    ) % {"count": more}
    return f"{logged} {settles}"


def _set_note(figure: Figure, note: str) -> Figure:
    """Attach a short reader-facing note (shown under the chart) in ``layout.meta.note``."""
    if note:
        figure["layout"].setdefault("meta", {})["note"] = note
    return figure


def figure_note(figure: Figure) -> str:
    """The note :func:`_set_note` attached, or ""."""
    meta = figure.get("layout", {}).get("meta")
    return str(meta.get("note", "")) if isinstance(meta, dict) else ""


def _empty_figure(message: str, y_title: str) -> Figure:
    layout = _layout(y_title, legend=False)
    layout["xaxis"]["visible"] = False
    layout["yaxis"]["visible"] = False
    layout["annotations"] = [
        {
            "text": message,
            "xref": "paper",
            "yref": "paper",
            "x": 0.5,
            "y": 0.5,
            "showarrow": False,
            "font": {"size": 15, "color": GREY},
        }
    ]
    layout["meta"] = {"empty": True}
    return {"data": [], "layout": layout}


def figure_is_empty(figure: Figure) -> bool:
    """True for the placeholder figures built when there is nothing to plot."""
    meta = figure.get("layout", {}).get("meta")
    return isinstance(meta, dict) and bool(meta.get("empty"))


# --- Figures ------------------------------------------------------------------------------------


def weight_figure(
    daily: Sequence[tuple[date, float]],
    trend: Sequence[tuple[date, float]],
    units: str = "kg",
) -> Figure:
    """Daily mean weigh-ins, the trend line, and a thin segment from each weigh-in to the trend.

    The segments show how much of each day's number is water and food noise around the trend.
    `daily` is :func:`tracker.trends.daily_means`, `trend` is :func:`trend_series` (both kg).
    """
    factor = _weight_factor(units)
    y_title = gettext("Weight (%(unit)s)") % {"unit": units}
    if not daily and not trend:
        return _empty_figure(gettext("No weigh-ins in this range yet"), y_title)
    weigh_in, trend_name = gettext("Weigh-in"), gettext("Trend")

    trend_days = [day for day, _ in trend]
    trend_y = [round(kg * factor, DECIMALS) for _, kg in trend]
    trend_x = [_day(day) for day in trend_days]
    dots = [round(kg * factor, DECIMALS) for _, kg in daily]
    # The segment from each weigh-in to the trend is the dot's error bar (up to the trend above
    # it, or down to the trend below): one number per side and day instead of a separate trace
    # with two dates, two values and a gap per day, which was a third of a long figure.
    if [day for day, _ in daily] == trend_days:
        # The usual case (the trend has a point on each weigh-in day and no other): pair them.
        dots_x = trend_x
        gaps = [round(line - dot, DECIMALS) for line, dot in zip(trend_y, dots, strict=True)]
    else:
        dots_x = [_day(day) for day, _ in daily]
        trend_by_day = dict(zip(trend_days, trend_y, strict=True))
        gaps = [
            round(trend_by_day[day] - kg, DECIMALS) if day in trend_by_day else 0.0
            for (day, _), kg in zip(daily, dots, strict=True)
        ]

    data = [
        {
            "type": "scatter",
            "mode": "markers",
            "name": gettext("Weigh-in (daily mean)"),
            "x": dots_x,
            "y": dots,
            "marker": {"color": GREY, "size": 6, "opacity": 0.75},
            # Difference from trend: a thin grey segment from the dot to the trend line.
            "error_y": {
                "type": "data",
                "symmetric": False,
                "array": [gap if gap > 0 else 0 for gap in gaps],
                "arrayminus": [-gap if gap < 0 else 0 for gap in gaps],
                "color": LIGHT_GREY,
                "thickness": 1,
                "width": 0,
            },
            "hovertemplate": f"%{{y:.1f}} {units}<extra>{weigh_in}</extra>",
        },
        {
            "type": "scatter",
            "mode": "lines",
            "name": trend_name,
            "x": trend_x,
            "y": trend_y,
            "line": {"color": BLUE, "width": 3},
            "hovertemplate": f"%{{y:.1f}} {units}<extra>{trend_name}</extra>",
        },
    ]
    layout = _layout(y_title)
    # Both series are day-sorted: their ends are the axis' ends.
    _fit_days(layout, [series[end][0] for series in (daily, trend) if series for end in (0, -1)])
    return {"data": data, "layout": layout}


def _band_traces(
    x: list[str], low: list[float], high: list[float], name: str, colour: str, **axes: str
) -> list[dict[str, Any]]:
    """An upper edge and a filled lower edge: plotly draws the area between them."""
    edge = {"type": "scatter", "mode": "lines", "x": x, "line": {"width": 0, "color": colour}}
    return [
        {
            **edge,
            **axes,
            "name": f"{name} upper",
            "y": high,
            "hoverinfo": "skip",
            "showlegend": False,
        },
        {
            **edge,
            **axes,
            "name": name,
            "y": low,
            "fill": "tonexty",
            "fillcolor": colour,
            "opacity": 0.2,
            "hoverinfo": "skip",
        },
    ]


def composition_figure(
    composition: Sequence[tuple[date, float, float]],
    units: str = "kg",
    *,
    band_kg: Sequence[float] | None = None,
    empty_message: str = "",
) -> Figure:
    """Fat mass and lean mass trends in two stacked panels sharing the date axis.

    Separate panels because lean mass is typically 3x fat mass: on one axis a 2 kg change in
    fat would be a barely visible wiggle. `composition` is :func:`composition_series`;
    `band_kg` (one per row) is the body-fat trend's uncertainty in kg, drawn around both lines
    (fat mass up means lean mass down by the same amount).
    """
    factor = _weight_factor(units)
    if not composition:
        return _empty_figure(
            empty_message or gettext("Log weight and body fat % to see fat and lean mass"),
            gettext("Mass (%(unit)s)") % {"unit": units},
        )
    fat_name, lean_name = gettext("Fat mass"), gettext("Lean mass")
    x = [_day(day) for day, _, _ in composition]
    bands: list[dict[str, Any]] = []
    if band_kg is not None:
        fats = [fat for _, fat, _ in composition]
        leans = [lean for _, _, lean in composition]
        bands = _band_traces(
            x,
            [round((f - b) * factor, DECIMALS) for f, b in zip(fats, band_kg, strict=True)],
            [round((f + b) * factor, DECIMALS) for f, b in zip(fats, band_kg, strict=True)],
            gettext("Fat mass uncertainty"),
            VERMILLION,
        ) + _band_traces(
            x,
            [round((le - b) * factor, DECIMALS) for le, b in zip(leans, band_kg, strict=True)],
            [round((le + b) * factor, DECIMALS) for le, b in zip(leans, band_kg, strict=True)],
            gettext("Lean mass uncertainty"),
            BLUE,
            xaxis="x",
            yaxis="y2",
        )
    data = bands + [
        {
            "type": "scatter",
            "mode": "lines",
            "name": fat_name,
            "x": x,
            "y": [round(fat * factor, DECIMALS) for _, fat, _ in composition],
            "line": {"color": VERMILLION, "width": 3},
            "hovertemplate": f"%{{y:.1f}} {units}<extra>{fat_name}</extra>",
        },
        {
            "type": "scatter",
            "mode": "lines",
            "name": lean_name,
            "x": x,
            "y": [round(lean * factor, DECIMALS) for _, _, lean in composition],
            "line": {"color": BLUE, "width": 3},
            "xaxis": "x",
            "yaxis": "y2",
            "hovertemplate": f"%{{y:.1f}} {units}<extra>{lean_name}</extra>",
        },
    ]
    layout = _layout(gettext("Fat mass (%(unit)s)") % {"unit": units})
    layout["yaxis"]["domain"] = [0.55, 1.0]
    layout["yaxis2"] = {
        **layout["yaxis"],
        "domain": [0.0, 0.45],
        "title": {"text": gettext("Lean mass (%(unit)s)") % {"unit": units}},
    }
    # The shared date axis sits under the lower panel; the upper panel reuses it.
    layout["xaxis"]["anchor"] = "y2"
    _fit_days(layout, [day for day, _, _ in composition])
    if len(composition) < TREND_SETTLES_DAYS:
        # A line through one or two days is invisible: two empty-looking frames. Mark the days.
        for trace in data:
            if trace.get("mode") == "lines" and trace.get("name") in {fat_name, lean_name}:
                trace["mode"] = "lines+markers"
    layout["hovermode"] = "x"
    return {"data": data, "layout": layout}


OTHER_METHOD_SYMBOLS = ("diamond", "square", "triangle-up", "cross")


def body_fat_figure(
    readings: Sequence[tuple[date, float]],
    trend: Sequence[tuple[date, float]],
    *,
    band: Sequence[float] | None = None,
    others: Mapping[str, Sequence[tuple[date, float]]] | None = None,
) -> Figure:
    """Body-fat % trend line with the raw readings as faint markers.

    `readings` and `trend` are the primary method's; `band` (one per trend point) its
    uncertainty in % points; `others` maps another method's label to its readings, drawn as
    their own markers and never mixed into the trend. Show :data:`BODY_FAT_CAVEAT` beside it.
    """
    y_title = gettext("Body fat (%)")
    others = {label: points for label, points in (others or {}).items() if points}
    if not readings and not trend and not others:
        return _empty_figure(gettext("No body-fat readings in this range yet"), y_title)
    reading_name, trend_name = gettext("Reading"), gettext("Trend")
    trend_x = [_day(day) for day, _ in trend]
    data: list[dict[str, Any]] = []
    if band is not None and trend:
        data += _band_traces(
            trend_x,
            [_num(pct - b) for (_, pct), b in zip(trend, band, strict=True)],
            [_num(pct + b) for (_, pct), b in zip(trend, band, strict=True)],
            gettext("Uncertainty"),
            VERMILLION,
        )
    data += [
        {
            "type": "scatter",
            "mode": "markers",
            "name": gettext("Single reading"),
            "x": [_day(day) for day, _ in readings],
            "y": [_num(pct) for _, pct in readings],
            "marker": {"color": PURPLE, "size": 6, "opacity": 0.35},
            "hovertemplate": f"%{{y:.1f}} %<extra>{reading_name}</extra>",
        },
        {
            "type": "scatter",
            "mode": "lines+markers",
            "name": trend_name,
            "x": trend_x,
            "y": [_num(pct) for _, pct in trend],
            "line": {"color": VERMILLION, "width": 3},
            "marker": {"color": VERMILLION, "size": 4},
            "hovertemplate": f"%{{y:.1f}} %<extra>{trend_name}</extra>",
        },
    ]
    for index, (label, points) in enumerate(sorted(others.items())):
        data.append(
            {
                "type": "scatter",
                "mode": "markers",
                "name": gettext("%(method)s (own series, not in the trend)") % {"method": label},
                "x": [_day(day) for day, _ in points],
                "y": [_num(pct) for _, pct in points],
                "marker": {
                    "color": INK,
                    "size": 9,
                    "symbol": OTHER_METHOD_SYMBOLS[index % len(OTHER_METHOD_SYMBOLS)],
                },
                "hovertemplate": f"%{{y:.1f}} %<extra>{label}</extra>",
            }
        )
    layout = _layout(y_title)
    _fit_days(
        layout,
        [day for day, _ in readings]
        + [day for day, _ in trend]
        + [day for points in others.values() for day, _ in points],
    )
    return {"data": data, "layout": layout}


def protein_figure(g_per_kg: Sequence[tuple[date, float]], units: str = "kg") -> Figure:
    """Protein per day against the 1.6-2.2 g/kg target band and the 1.2 g/kg "low" line.

    `g_per_kg` is :func:`protein_g_per_kg_series`. With ``units="lb"`` everything is shown per
    pound of body weight (1.6 g/kg = 0.73 g/lb), as US coaches usually quote it.
    """
    # g per kg -> g per lb divides by lb per kg.
    factor = 1.0 / _weight_factor(units)
    y_title = gettext("Protein (g per %(unit)s body weight)") % {"unit": units}
    if not g_per_kg:
        return _empty_figure(gettext("No protein logged in this range yet"), y_title)

    low = _num(PROTEIN_LOW_G_PER_KG, factor)
    band_min = _num(PROTEIN_TARGET_MIN_G_PER_KG, factor)
    band_max = _num(PROTEIN_TARGET_MAX_G_PER_KG, factor)
    values = [round(value * factor, DECIMALS) for _, value in g_per_kg]
    data = [
        {
            "type": "bar",
            "name": gettext("Protein (g/%(unit)s)") % {"unit": units},
            "x": [_day(day) for day, _ in g_per_kg],
            "y": values,
            # Low days in vermillion; the dashed "low" line says the same without colour.
            "marker": {"color": [VERMILLION if value < low else BLUE for value in values]},
            "hovertemplate": f"%{{y:.2f}} g/{units}<extra></extra>",
        }
    ]
    layout = _layout(y_title, legend=False)
    _fit_days(layout, [g_per_kg[0][0], g_per_kg[-1][0]])  # day-sorted: its ends
    layout["yaxis"]["range"] = [0, round(max([*values, band_max * 1.2]) * 1.05, DECIMALS)]
    layout["bargap"] = 0.25
    layout["shapes"] = [
        {
            "type": "rect",
            "xref": "paper",
            "yref": "y",
            "x0": 0,
            "x1": 1,
            "y0": band_min,
            "y1": band_max,
            "fillcolor": GREEN,
            "opacity": 0.15,
            "line": {"width": 0},
            "layer": "below",
        },
        {
            "type": "line",
            "xref": "paper",
            "yref": "y",
            "x0": 0,
            "x1": 1,
            "y0": low,
            "y1": low,
            "line": {"color": VERMILLION, "width": 1.5, "dash": "dash"},
        },
    ]
    layout["annotations"] = [
        {
            "text": gettext("Target %(low)s–%(high)s g/%(unit)s")
            % {"low": f"{band_min:g}", "high": f"{band_max:g}", "unit": units},
            "xref": "paper",
            "yref": "y",
            "x": 1,
            "y": band_max,
            "xanchor": "right",
            "yanchor": "bottom",
            "showarrow": False,
            "font": {"size": 12, "color": INK},
        },
        {
            "text": gettext("Low < %(low)s g/%(unit)s") % {"low": f"{low:g}", "unit": units},
            "xref": "paper",
            "yref": "y",
            "x": 1,
            "y": low,
            "xanchor": "right",
            "yanchor": "top",
            "showarrow": False,
            "font": {"size": 12, "color": INK},
            # It sits over the bars: a background keeps it readable.
            "bgcolor": "rgba(255,255,255,0.85)",
        },
    ]
    return {"data": data, "layout": layout}


def running_figure(
    weekly_km: Sequence[tuple[date, float]],
    longest: RunPoint | None = None,
    units: str = "km",
) -> Figure:
    """Weekly distance bars (ISO weeks); the week holding `longest` is highlighted and labelled.

    `weekly_km` is :func:`weekly_distance_km` (Monday, km); `longest` is usually
    :func:`longest_run` over the runs in the displayed range.
    """
    factor = _distance_factor(units)
    y_title = gettext("Distance per week (%(unit)s)") % {"unit": units}
    if not any(km > 0 for _, km in weekly_km):
        return _empty_figure(gettext("No runs in this range yet"), y_title)

    longest_week = week_start(longest.day) if longest is not None else None
    colours = [VERMILLION if monday == longest_week else BLUE for monday, _ in weekly_km]
    data = [
        {
            "type": "bar",
            "name": gettext("Weekly distance (%(unit)s)") % {"unit": units},
            "x": [_day(monday) for monday, _ in weekly_km],
            "y": [_num(km, factor) for _, km in weekly_km],
            # Centre each bar on its Monday-Sunday week rather than on the Monday.
            "xperiod": 7 * 24 * 3600 * 1000,
            "xperiod0": "2000-01-03",  # a Monday
            "xperiodalignment": "middle",
            "marker": {"color": colours},
            "hovertemplate": gettext("Week of %(week)s: %(distance)s")
            % {"week": "%{x|" + chart_date_formats()[1] + "}", "distance": f"%{{y:.1f}} {units}"}
            + "<extra></extra>",
        }
    ]
    layout = _layout(y_title, legend=False)
    _fit_days(layout, [monday for monday, _ in weekly_km], step_days=7)
    layout["bargap"] = 0.2
    layout["hovermode"] = "closest"
    if longest is not None and longest_week in {monday for monday, _ in weekly_km}:
        week_total = dict(weekly_km)[longest_week]
        layout["annotations"] = [
            {
                "text": gettext("Longest run: %(distance)s (%(day)s)")
                % {
                    "distance": f"{decimal(longest.distance_km * factor, 1)} {units}",
                    "day": short_date(longest.day),
                },
                # Thursday noon is the middle of the Monday-Sunday bar.
                "x": f"{_day(longest_week + timedelta(days=3))} 12:00",
                "y": _num(week_total, factor),
                "xref": "x",
                "yref": "y",
                "showarrow": True,
                "arrowhead": 0,
                "arrowcolor": VERMILLION,
                "ax": 0,
                "ay": -28,
                "font": {"size": 12, "color": INK},
                "bgcolor": "rgba(255,255,255,0.85)",
            }
        ]
    return {"data": data, "layout": layout}


def running_dose_figure(weeks: Sequence[tuple[date, int, int]]) -> Figure:
    """Qualifying runs per ISO week (30+ min at moderate or hard effort) against the 3-5 band.

    `weeks` is :func:`tracker.trends.weekly_qualifying_sessions` (Monday, qualifying, all
    runs). Runs that did not count are stacked on top in grey, so a week of many short or easy
    runs reads differently from a week with no running at all.
    """
    y_title = gettext("Runs per week")
    if not any(total for _, _, total in weeks):
        return _empty_figure(gettext("No runs in this range yet"), y_title)
    x = [_day(monday) for monday, _, _ in weeks]
    week_bars = {
        "xperiod": 7 * 24 * 3600 * 1000,
        "xperiod0": "2000-01-03",  # a Monday: each bar covers its Monday-Sunday week
        "xperiodalignment": "middle",
    }
    data = [
        {
            "type": "bar",
            "name": gettext("Counted (30+ min, moderate or hard)"),
            "x": x,
            "y": [qualifying for _, qualifying, _ in weeks],
            "marker": {"color": BLUE},
            "hovertemplate": gettext("Week of %(week)s: %(count)s counted")
            % {"week": "%{x|" + chart_date_formats()[1] + "}", "count": "%{y}"}
            + "<extra></extra>",
            **week_bars,
        },
        {
            "type": "bar",
            "name": gettext("Other runs"),
            "x": x,
            "y": [total - qualifying for _, qualifying, total in weeks],
            "marker": {"color": LIGHT_GREY},
            "hovertemplate": gettext("%(count)s other") % {"count": "%{y}"} + "<extra></extra>",
            **week_bars,
        },
    ]
    layout = _layout(y_title)
    _fit_days(layout, [monday for monday, _, _ in weeks], step_days=7)
    layout["barmode"] = "stack"
    layout["bargap"] = 0.2
    layout["hovermode"] = "x unified"
    top = max([total for _, _, total in weeks] + [DOSE_MAX_PER_WEEK + 1])
    layout["yaxis"]["range"] = [0, top + 0.5]
    layout["yaxis"]["dtick"] = 1
    layout["shapes"] = [
        {
            "type": "rect",
            "xref": "paper",
            "yref": "y",
            "x0": 0,
            "x1": 1,
            "y0": DOSE_MIN_PER_WEEK,
            "y1": DOSE_MAX_PER_WEEK,
            "fillcolor": GREEN,
            "opacity": 0.15,
            "line": {"width": 0},
            "layer": "below",
        }
    ]
    layout["annotations"] = [
        {
            "text": gettext("Dose %(low)s–%(high)s a week")
            % {"low": DOSE_MIN_PER_WEEK, "high": DOSE_MAX_PER_WEEK},
            "xref": "paper",
            "yref": "y",
            "x": 1,
            "y": DOSE_MAX_PER_WEEK,
            "xanchor": "right",
            "yanchor": "bottom",
            "showarrow": False,
            "font": {"size": 12, "color": INK},
        }
    ]
    return {"data": data, "layout": layout}


def sparkline_points(
    series: Sequence[tuple[date, float]],
    width: float = 120,
    height: float = 32,
    padding: float = 2,
    min_span: float = 0.0,
) -> str:
    """`points` attribute for an inline SVG ``<polyline>`` of a day-sorted series.

    x follows calendar days (gaps stay visible), y is scaled to the series' own min-max with the
    higher value at the top, but never to less than `min_span` (centred), so a tiny wobble is not
    drawn as steeply as a real change. "" for no data; one day or a flat series gives a level
    line.
    Use e.g. ``<svg viewBox="0 0 120 32" role="img" aria-label="28-day trend: -0.6 kg">``.
    """
    if not series:
        return ""
    first_day, last_day = series[0][0], series[-1][0]
    span_days = (last_day - first_day).days
    values = [value for _, value in series]
    low, high = min(values), max(values)
    if high - low < min_span:
        middle = (high + low) / 2
        low, high = middle - min_span / 2, middle + min_span / 2
    inner_w = width - 2 * padding
    inner_h = height - 2 * padding
    if span_days == 0:
        y = padding + inner_h / 2
        return f"{padding:.1f},{y:.1f} {width - padding:.1f},{y:.1f}"
    points = []
    for day, value in series:
        x = padding + inner_w * (day - first_day).days / span_days
        fraction = (value - low) / (high - low) if high > low else 0.5
        y = padding + inner_h * (1.0 - fraction)
        points.append(f"{x:.1f},{y:.1f}")
    return " ".join(points)


# --- Everything for the Progress page -----------------------------------------------------------


@dataclass(frozen=True)
class DataTable:
    """Accessible table alternative to a chart: each row is (day, formatted value, ...).

    Rows are formatted when first read (:attr:`rows`, :meth:`row`): the page shows only the
    row count and builds the rows in the request that opens the table, so an "All time" page
    doesn't format thousands of table cells it never sends.
    """

    caption: str
    columns: tuple[str, ...]
    source: Sequence[Any] = ()
    # Formats one item of `source` as a row; the default takes items that already are rows.
    format_row: Callable[[Any], tuple[Any, ...]] = tuple

    @cached_property
    def rows(self) -> list[tuple[Any, ...]]:
        return [self.format_row(item) for item in self.source]

    @property
    def row_count(self) -> int:
        return len(self.source)

    def row(self, index: int) -> tuple[Any, ...]:
        """One formatted row (``row(-1)`` is the last) without formatting the others."""
        return self.format_row(self.source[index])


@dataclass(frozen=True)
class ProgressCharts:
    """Figures and tables for one range, keyed weight/composition/body_fat/protein/running."""

    chart_range: ChartRange
    start: date | None
    as_of: date
    figures: dict[str, Figure]
    tables: dict[str, DataTable]
    body_fat: BodyFatAnalysis | None = None


def _carried_days(rows: Sequence[tuple], trend: Sequence[tuple[date, float]]) -> list[date]:
    """For each day-sorted row, the latest trend day on or before it (rows start at the first
    trend day, as :func:`composition_series` guarantees)."""
    days: list[date] = []
    index = 0
    for row in rows:
        while index + 1 < len(trend) and trend[index + 1][0] <= row[0]:
            index += 1
        days.append(trend[index][0])
    return days


# Smooth lines over a longer span than this are drawn with one point a week (see weekly_points).
DAILY_POINTS_MAX_DAYS = 366


def weekly_points(rows: Sequence[_Row]) -> Sequence[_Row]:
    """A day-sorted series spanning more than :data:`DAILY_POINTS_MAX_DAYS` thinned to the first
    row and the last row of each ISO week; shorter series as they are.

    For trend lines only (fat and lean mass): at three years a day is under a pixel even on a
    desk, the line through weekly points looks the same, and each point keeps its exact value
    (hover shows that day's number, the data table has every day). A third of the "All time"
    page was these lines' daily points.
    """
    if len(rows) < 2 or (rows[-1][0] - rows[0][0]).days <= DAILY_POINTS_MAX_DAYS:
        return rows
    # Days since Monday 1 January of year 1, in whole weeks: the ISO week (Monday first).
    weeks = [(row[0].toordinal() - 1) // 7 for row in rows]
    last = len(rows) - 1
    return [
        row
        for index, row in enumerate(rows)
        # The first row, and the last of each week (the next row is in a later week).
        if index == 0 or index == last or weeks[index + 1] != weeks[index]
    ]


def _fmt(value: float, factor: float = 1.0, decimals: int = 1) -> str:
    return f"{value * factor:.{decimals}f}"


def progress_charts(
    weights: Iterable[tuple[date, float]],
    body_fats: Iterable[tuple],
    protein_days: Iterable[tuple[date, float]],
    runs: Iterable[RunPoint],
    *,
    as_of: date,
    range_key: str = DEFAULT_RANGE_KEY,
    weight_unit: str = "kg",
    distance_unit: str = "km",
    primary_method: str | None = None,
    max_hr: int | None = None,
) -> ProgressCharts:
    """All five Progress figures plus their data tables, from full-history plain data.

    Trends are computed over everything up to `as_of`, then clipped to the range. Table rows
    are oldest first; the first item of each row is a `date`, the rest are display strings.
    `body_fats` are ``(day, percent, method)`` readings: only the primary method's series is
    smoothed and split into fat and lean mass (see :mod:`tracker.body_composition`), and the
    split is drawn only on days when it had enough readings behind it.
    """
    start = range_start(range_key, as_of)
    weight_factor = _weight_factor(weight_unit)
    distance_factor = _distance_factor(distance_unit)

    weight_daily = daily_means(row for row in weights if row[0] <= as_of)
    weight_trend = daily_trend(weight_daily)  # the trend of the weigh-ins (trend_series)
    body_fat = analyse_body_fat(body_fats, as_of, primary_method)
    primary_daily = body_fat.by_method.get(body_fat.primary or "", [])
    body_fat_trend = body_fat.trend_pairs
    band_by_day = {point.day: point.band for point in body_fat.trend}
    # Fat and lean mass on the range's days that had enough readings behind them.
    in_range = clip_series(composition_series(weight_trend, body_fat_trend), start, as_of)
    shown_composition = [
        row
        for row, ready in zip(
            in_range,
            composition_ready_days(primary_daily, [row[0] for row in in_range]),
            strict=True,
        )
        if ready
    ]
    drawn_composition = weekly_points(shown_composition)
    # The band of the body-fat trend carried forward to each drawn day, as kg of fat.
    drawn_composition_band = [
        (fat + lean) * band_by_day[bf_day] / 100.0
        for (_, fat, lean), bf_day in zip(
            drawn_composition, _carried_days(drawn_composition, body_fat_trend), strict=True
        )
    ]
    protein = protein_g_per_kg_series(
        (row for row in protein_days if row[0] <= as_of), weight_trend
    )
    run_list = [run for run in runs if run.day <= as_of and (start is None or run.day >= start)]
    # Whole ISO weeks: the first bar covers the week the range starts in.
    weekly = clip_series(
        weekly_distance_km(run_list, through=as_of),
        week_start(start) if start is not None else None,
        as_of,
    )

    shown_daily = clip_series(weight_daily, start, as_of)
    shown_trend = clip_series(weight_trend, start, as_of)
    shown_body_fat = clip_series(primary_daily, start, as_of)
    shown_body_fat_trend = clip_series(body_fat_trend, start, as_of)
    shown_band = [band_by_day[day] for day, _ in shown_body_fat_trend]
    shown_others = {
        method_label(method): clip_series(body_fat.by_method[method], start, as_of)
        for method in body_fat.others
    }
    shown_protein = clip_series(protein, start, as_of)
    # Qualifying runs per ISO week over the same whole weeks as the distance chart; `max_hr`
    # places heart rates (None: effort alone).
    dose_weeks = clip_series(
        weekly_qualifying_sessions(run_list, max_hr=max_hr, through=as_of),
        week_start(start) if start is not None else None,
        as_of,
    )

    figures = {
        "weight": _set_note(
            weight_figure(shown_daily, shown_trend, weight_unit),
            first_days_note(len(weight_daily)) if shown_daily else "",
        ),
        "composition": composition_figure(
            drawn_composition,
            weight_unit,
            band_kg=drawn_composition_band,
            empty_message=(
                body_fat.not_ready_reason.rstrip(".")
                or gettext("No fat and lean mass estimate in this range")
            ),
        ),
        "body_fat": body_fat_figure(
            shown_body_fat, shown_body_fat_trend, band=shown_band, others=shown_others
        ),
        "protein": protein_figure(shown_protein, weight_unit),
        "running": running_figure(weekly, longest_run(run_list), distance_unit),
        "dose": running_dose_figure(dose_weeks),
    }

    trend_by_day = dict(shown_trend)
    body_fat_trend_by_day = dict(shown_body_fat_trend)
    primary_label = body_fat.primary_label
    # (day, method label, reading, trend or None, band or None), primary method first on a day.
    body_fat_source = sorted(
        [
            (day, primary_label, pct, body_fat_trend_by_day[day], band_by_day[day])
            for day, pct in shown_body_fat
        ]
        + [
            (day, label, pct, None, None)
            for label, points in shown_others.items()
            for day, pct in points
        ],
        key=lambda row: (row[0], row[1] != primary_label),
    )

    def body_fat_row(row: tuple[date, str, float, float | None, float | None]) -> tuple:
        day, label, pct, trend, band = row
        if trend is None or band is None:
            return (day, label, _fmt(pct), "—", "—")
        return (day, label, _fmt(pct), _fmt(trend), f"±{band:.1f}")

    w, d = {"unit": weight_unit}, {"unit": distance_unit}
    date_header, week_header = gettext("Date"), gettext("Week of")
    protein_factor = 1.0 / weight_factor
    tables = {
        "weight": DataTable(
            gettext("Weight: daily mean and trend"),
            (date_header, gettext("Weigh-in (%(unit)s)") % w, gettext("Trend (%(unit)s)") % w),
            shown_daily,
            lambda row: (
                row[0],
                _fmt(row[1], weight_factor),
                _fmt(trend_by_day[row[0]], weight_factor),
            ),
        ),
        "composition": DataTable(
            gettext("Fat mass and lean mass (from trends)"),
            (
                date_header,
                gettext("Fat mass (%(unit)s)") % w,
                gettext("Lean mass (%(unit)s)") % w,
            ),
            shown_composition,
            lambda row: (row[0], _fmt(row[1], weight_factor), _fmt(row[2], weight_factor)),
        ),
        "body_fat": DataTable(
            gettext("Body fat %: daily mean reading per method, and the main method's trend"),
            (
                date_header,
                gettext("Method"),
                gettext("Reading (%)"),
                gettext("Trend (%)"),
                gettext("Uncertainty (points)"),
            ),
            body_fat_source,
            body_fat_row,
        ),
        "protein": DataTable(
            gettext("Protein per day"),
            (date_header, gettext("Protein (g/%(unit)s body weight)") % w),
            # g/kg as computed; converted to the viewer's unit when a row is formatted (the same
            # product the chart's bars round), so the page copies no day.
            shown_protein,
            lambda row: (row[0], f"{row[1] * protein_factor:.2f}"),
        ),
        "running": DataTable(
            gettext("Running distance per week (weeks start on Monday)"),
            (week_header, gettext("Distance (%(unit)s)") % d),
            weekly,
            lambda row: (row[0], _fmt(row[1], distance_factor)),
        ),
        "dose": DataTable(
            gettext(
                "Runs per week that counted toward the dose (30+ min, moderate or hard effort)"
            ),
            (week_header, gettext("Counted"), gettext("All runs")),
            dose_weeks,
            lambda row: (row[0], str(row[1]), str(row[2])),
        ),
    }
    return ProgressCharts(
        chart_range=RANGES[range_key],
        start=start,
        as_of=as_of,
        figures=figures,
        tables=tables,
        body_fat=body_fat,
    )


SITE_COLOURS = (VERMILLION, GREEN, PURPLE, "#E69F00", "#56B4E9", INK, "#999933", "#882255")


def measurements_figure(
    sites: Sequence[tuple[str, Sequence[tuple[date, float]]]],
    weight: Sequence[tuple[date, float]] | None,
) -> Figure:
    """Each measured site's trend and the weight trend as % change from their baselines.

    `sites` are (label, [(day, %)]) from :func:`tracker.measurements.percent_change_chart`; the
    weight line is drawn thick and blue so the sites can be read against it.
    """
    y_title = gettext("Change from baseline (%)")
    if not sites:
        return _empty_figure(
            gettext("Log a few measurements to see them beside your weight"), y_title
        )
    trend_weight = gettext("Trend weight")
    data: list[dict[str, Any]] = []
    if weight:
        data.append(
            {
                "type": "scatter",
                "mode": "lines",
                "name": trend_weight,
                "x": [_day(day) for day, _ in weight],
                "y": [_num(pct) for _, pct in weight],
                "line": {"color": BLUE, "width": 4},
                "hovertemplate": f"%{{y:.1f}} %<extra>{trend_weight}</extra>",
            }
        )
    for index, (label, points) in enumerate(sites):
        data.append(
            {
                "type": "scatter",
                "mode": "lines+markers",
                "name": label,
                "x": [_day(day) for day, _ in points],
                "y": [_num(pct) for _, pct in points],
                "line": {"color": SITE_COLOURS[index % len(SITE_COLOURS)], "width": 2},
                "marker": {"size": 5},
                "hovertemplate": f"%{{y:.1f}} %<extra>{label}</extra>",
            }
        )
    layout = _layout(y_title)
    layout["yaxis"]["zeroline"] = True
    return {"data": data, "layout": layout}
