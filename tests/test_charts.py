"""Tests for tracker.charts: plotly schema validity, unit conversion, ranges, size and empty data.

Every figure is checked with ``plotly.graph_objects.Figure`` (which raises on any attribute not
in plotly's schema). No database and no Django import.
"""

import json
import math
from datetime import date, timedelta

import plotly.graph_objects as go
import pytest

from tracker.charts import (
    BLUE,
    BODY_FAT_CAVEAT,
    PLOT_CONFIG,
    RANGES,
    VERMILLION,
    body_fat_figure,
    clip_to_range,
    composition_figure,
    figure_is_empty,
    progress_charts,
    protein_figure,
    range_start,
    running_figure,
    sparkline_points,
    weight_figure,
)
from tracker.trends import RunPoint, trend_series

AS_OF = date(2024, 3, 31)  # a Sunday


def day(n: int) -> date:
    return AS_OF - timedelta(days=n)


def validate(figure: dict) -> go.Figure:
    """Schema-check the figure, make sure it is plain JSON and fits the vendored bundle."""
    json.dumps(figure, allow_nan=False)
    # static/vendor ships plotly-basic, which only has scatter, bar and pie traces.
    assert {t["type"] for t in figure["data"]} <= {"scatter", "bar"}
    return go.Figure(figure)


def trace(figure: dict, name: str) -> dict:
    return next(t for t in figure["data"] if t["name"] == name)


# --- Constants and ranges -----------------------------------------------------------------------


def test_plot_config_and_caveat():
    assert PLOT_CONFIG == {"displaylogo": False, "responsive": True}
    assert "trend" in BODY_FAT_CAVEAT
    assert "single reading" in BODY_FAT_CAVEAT


def test_ranges_and_range_start():
    assert {key: r.days for key, r in RANGES.items()} == {
        "4w": 28,
        "3m": 91,
        "6m": 182,
        "1y": 365,
        "all": None,
    }
    assert [r.label for r in RANGES.values()] == [
        "4 weeks",
        "3 months",
        "6 months",
        "1 year",
        "All time",
    ]
    # 28 days ending on 31 Mar inclusive: 31 Mar - 27 days = 4 Mar
    assert range_start("4w", AS_OF) == date(2024, 3, 4)
    # 365 days ending 31 Mar 2024: 31 Mar 2024 - 364 days. With 29 Feb 2024 in between,
    # - 366 days = 31 Mar 2023, so - 364 days = 2 Apr 2023
    assert range_start("1y", AS_OF) == date(2023, 4, 2)
    assert range_start("all", AS_OF) is None
    with pytest.raises(ValueError):
        range_start("2w", AS_OF)


def test_clip_to_range_keeps_the_warmed_up_trend():
    # 60 days at 80 kg, then 90 kg on the first day of the 4-week range.
    start = range_start("4w", AS_OF)
    weights = [(start - timedelta(days=n), 80.0) for n in range(1, 61)] + [(start, 90.0)]
    shown = clip_to_range(trend_series(weights), "4w", AS_OF)
    # warmed-up trend: 80 + 0.1 * (90 - 80) = 81, not a restart at 90
    assert shown == [(start, pytest.approx(81.0))]


# --- Weight -------------------------------------------------------------------------------------


def test_weight_figure_points_trend_and_sinkers():
    daily = [(day(2), 80.0), (day(1), 81.0), (day(0), 79.0)]
    trend = trend_series(daily)  # 80, 80.1, 79.99
    figure = weight_figure(daily, trend)
    validate(figure)
    points = trace(figure, "Weigh-in (daily mean)")
    assert points["x"] == ["2024-03-29", "2024-03-30", "2024-03-31"]
    assert points["y"] == [80.0, 81.0, 79.0]
    # 80 + 0.1 * 1 = 80.1; 80.1 + 0.1 * (79 - 80.1) = 79.99
    assert trace(figure, "Trend")["y"] == [80.0, 80.1, 79.99]
    # The segment from each weigh-in to the trend is the dot's error bar: up when the trend
    # is above the dot, down when it is below (80.1 is 0.9 under 81; 79.99 is 0.99 over 79).
    assert [t["name"] for t in figure["data"]] == ["Weigh-in (daily mean)", "Trend"]
    segments = points["error_y"]
    assert segments["symmetric"] is False and segments["width"] == 0
    assert segments["array"] == [0, 0, 0.99]
    assert segments["arrayminus"] == [0, 0.9, 0]
    assert figure["layout"]["yaxis"]["title"]["text"] == "Weight (kg)"
    assert figure["layout"]["xaxis"]["type"] == "date"
    assert figure["layout"]["autosize"] is True


def test_weight_figure_in_pounds():
    figure = weight_figure([(day(0), 80.0)], [(day(0), 80.0)], units="lb")
    validate(figure)
    # 80 kg * 2.20462262185 = 176.369809748 -> 176.37 lb
    assert trace(figure, "Weigh-in (daily mean)")["y"] == [176.37]
    assert trace(figure, "Trend")["y"] == [176.37]
    assert figure["layout"]["yaxis"]["title"]["text"] == "Weight (lb)"
    assert "lb" in trace(figure, "Trend")["hovertemplate"]
    with pytest.raises(ValueError):
        weight_figure([], [], units="stone")


# --- Composition and body fat -------------------------------------------------------------------


def test_composition_figure_two_panels_and_units():
    composition = [(day(7), 19.75, 59.25), (day(0), 18.72, 59.28)]
    figure = composition_figure(composition)
    validate(figure)
    assert trace(figure, "Fat mass")["y"] == [19.75, 18.72]
    lean = trace(figure, "Lean mass")
    assert lean["y"] == [59.25, 59.28]
    assert lean["yaxis"] == "y2"
    assert figure["layout"]["yaxis"]["title"]["text"] == "Fat mass (kg)"
    assert figure["layout"]["yaxis2"]["title"]["text"] == "Lean mass (kg)"

    pounds = composition_figure(composition, units="lb")
    validate(pounds)
    # 19.75 * 2.20462262185 = 43.5413 -> 43.54; 59.25 * 2.20462262185 = 130.6239 -> 130.62
    assert trace(pounds, "Fat mass")["y"][0] == 43.54
    assert trace(pounds, "Lean mass")["y"][0] == 130.62
    assert pounds["layout"]["yaxis2"]["title"]["text"] == "Lean mass (lb)"


def test_body_fat_figure_trend_and_faint_readings():
    readings = [(day(14), 25.0), (day(7), 21.0), (day(0), 26.0)]
    trend = trend_series(readings)
    figure = body_fat_figure(readings, trend)
    validate(figure)
    raw = trace(figure, "Single reading")
    assert raw["y"] == [25.0, 21.0, 26.0]
    assert raw["marker"]["opacity"] < 0.5
    # gap 7: 1 - 0.9^7 = 0.5217031; 25 + 0.5217031 * (21 - 25) = 22.913188 -> 22.91
    # then 22.913188 + 0.5217031 * (26 - 22.913188) = 24.523562 -> 24.52
    assert trace(figure, "Trend")["y"] == [25.0, 22.91, 24.52]
    assert figure["layout"]["yaxis"]["title"]["text"] == "Body fat (%)"


# --- Protein ------------------------------------------------------------------------------------


def test_protein_figure_band_low_line_and_colours():
    figure = protein_figure([(day(1), 1.0), (day(0), 1.8)])
    validate(figure)
    bars = figure["data"][0]
    assert bars["type"] == "bar"
    assert bars["y"] == [1.0, 1.8]
    assert bars["marker"]["color"] == [VERMILLION, BLUE]  # 1.0 < 1.2 is low
    band, low_line = figure["layout"]["shapes"]
    assert (band["type"], band["y0"], band["y1"]) == ("rect", 1.6, 2.2)
    assert (low_line["type"], low_line["y0"], low_line["y1"]) == ("line", 1.2, 1.2)
    assert figure["layout"]["yaxis"]["title"]["text"] == "Protein (g per kg body weight)"
    assert figure["layout"]["yaxis"]["range"][1] >= 2.2


def test_protein_figure_per_pound():
    figure = protein_figure([(day(0), 1.6)], units="lb")
    validate(figure)
    # 1.6 / 2.20462262185 = 0.725748 -> 0.73; 2.2 / 2.2046 = 0.997903 -> 1.0;
    # 1.2 / 2.2046 = 0.544311 -> 0.54
    assert figure["data"][0]["y"] == [0.73]
    band, low_line = figure["layout"]["shapes"]
    assert (band["y0"], band["y1"], low_line["y0"]) == (0.73, 1.0, 0.54)
    assert figure["layout"]["yaxis"]["title"]["text"] == "Protein (g per lb body weight)"


# --- Running ------------------------------------------------------------------------------------


def test_running_figure_marks_the_longest_run_week():
    weekly = [(date(2024, 3, 4), 13.0), (date(2024, 3, 11), 0.0), (date(2024, 3, 18), 25.0)]
    longest = RunPoint(date(2024, 3, 20), 21.1, 7200.0)
    figure = running_figure(weekly, longest)
    validate(figure)
    bars = figure["data"][0]
    assert bars["x"] == ["2024-03-04", "2024-03-11", "2024-03-18"]
    assert bars["y"] == [13.0, 0.0, 25.0]
    assert bars["marker"]["color"] == [BLUE, BLUE, VERMILLION]
    (note,) = figure["layout"]["annotations"]
    assert note["text"] == "Longest run: 21.1 km (20 Mar)"
    assert note["y"] == 25.0
    assert figure["layout"]["yaxis"]["title"]["text"] == "Distance per week (km)"


def test_running_figure_in_miles():
    weekly = [(date(2024, 3, 4), 10.0)]
    figure = running_figure(weekly, RunPoint(date(2024, 3, 5), 10.0, 3000.0), units="mi")
    validate(figure)
    # 10 km * 0.621371192 = 6.21371192 -> 6.21 mi
    assert figure["data"][0]["y"] == [6.21]
    assert figure["layout"]["annotations"][0]["text"] == "Longest run: 6.2 mi (5 Mar)"
    assert figure["layout"]["yaxis"]["title"]["text"] == "Distance per week (mi)"
    with pytest.raises(ValueError):
        running_figure(weekly, units="furlong")


def test_running_figure_without_longest_in_range():
    weekly = [(date(2024, 3, 4), 10.0)]
    figure = running_figure(weekly, RunPoint(date(2023, 1, 2), 42.2, 14400.0))
    validate(figure)
    assert figure["data"][0]["marker"]["color"] == [BLUE]
    assert "annotations" not in figure["layout"]


# --- Empty data ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("figure", "message"),
    [
        (weight_figure([], []), "No weigh-ins in this range yet"),
        (composition_figure([]), "Log weight and body fat % to see fat and lean mass"),
        (body_fat_figure([], []), "No body-fat readings in this range yet"),
        (protein_figure([]), "No protein logged in this range yet"),
        (running_figure([]), "No runs in this range yet"),
        (running_figure([(date(2024, 3, 4), 0.0)]), "No runs in this range yet"),
    ],
)
def test_empty_figures_say_what_is_missing(figure, message):
    validate(figure)
    assert figure["data"] == []
    assert figure["layout"]["annotations"][0]["text"] == message
    assert figure_is_empty(figure)


def test_non_empty_figure_is_not_empty():
    assert not figure_is_empty(weight_figure([(day(0), 80.0)], [(day(0), 80.0)]))


# --- Sparkline ----------------------------------------------------------------------------------


def test_sparkline_points():
    series = [(day(4), 80.0), (day(2), 79.0), (day(0), 78.0)]
    # inner box 100 x 20 inside a padding of 2: x = 2 + 100 * (0, 2, 4) / 4 = 2, 52, 102
    # y: max 80 at the top (2), 79 halfway (2 + 20 * 0.5 = 12), min 78 at the bottom (22)
    assert sparkline_points(series, width=104, height=24) == "2.0,2.0 52.0,12.0 102.0,22.0"


def test_sparkline_points_edge_cases():
    assert sparkline_points([]) == ""
    # a single day: a level line through the middle (2 + 20 / 2 = 12)
    assert sparkline_points([(day(0), 80.0)], width=104, height=24) == "2.0,12.0 102.0,12.0"
    # a flat series: level too
    flat = [(day(1), 80.0), (day(0), 80.0)]
    assert sparkline_points(flat, width=104, height=24) == "2.0,12.0 102.0,12.0"


# --- Everything for the Progress page -----------------------------------------------------------


def year_of_data():
    """A year and a bit of realistic daily logging, deterministic."""
    weights, body_fats, protein_days, runs = [], [], [], []
    for n in range(400, -1, -1):
        d = day(n)
        # two weigh-ins most days, with water noise
        weights.append((d, 88.0 - 0.02 * (400 - n) + 0.8 * math.sin(n * 1.3)))
        if n % 3 == 0:
            weights.append((d, 88.2 - 0.02 * (400 - n) + 0.5 * math.cos(n)))
        if n % 7 == 0:
            body_fats.append((d, 24.0 - 0.01 * (400 - n) + 2.0 * math.sin(n)))
        protein_days.append((d, 110.0 + 40.0 * math.sin(n * 0.7)))
        if n % 2 == 0:
            runs.append(RunPoint(d, 5.0 + 4.0 * abs(math.sin(n)), 1800.0 + 60.0 * (n % 5)))
    return weights, body_fats, protein_days, runs


def test_progress_charts_year_validates_and_stays_small():
    weights, body_fats, protein_days, runs = year_of_data()
    result = progress_charts(
        weights,
        body_fats,
        protein_days,
        runs,
        as_of=AS_OF,
        range_key="1y",
        weight_unit="lb",
        distance_unit="mi",
    )
    assert set(result.figures) == {
        "weight",
        "composition",
        "body_fat",
        "protein",
        "running",
        "dose",
    }
    for figure in result.figures.values():
        validate(figure)
        assert not figure_is_empty(figure)
    size = len(json.dumps(result.figures))
    assert size < 150_000, size
    # 365 daily points in the range (2 Apr 2023 .. 31 Mar 2024)
    assert len(trace(result.figures["weight"], "Weigh-in (daily mean)")["x"]) == 365
    assert result.start == date(2023, 4, 2)
    assert result.chart_range.label == "1 year"


def test_progress_charts_tables_match_the_figures():
    weights = [(day(1), 80.0), (day(0), 79.0), (day(0), 81.0), (day(40), 70.0)]
    body_fats = [(day(15), 25.0), (day(8), 25.0), (day(1), 25.0)]  # 3 in 6 weeks: a split
    protein_days = [(day(0), 64.0), (day(0), 64.0)]
    runs = [RunPoint(day(0), 10.0, 3000.0), RunPoint(day(3), 5.0, 1500.0)]
    result = progress_charts(weights, body_fats, protein_days, runs, as_of=AS_OF, range_key="4w")
    # trend: day 40 seeds 70; day 1 gap 39: 1 - 0.9^39 = 0.9835; 70 + 0.9835 * 10 = 79.835
    # day 0: mean 80 -> 79.835 + 0.1 * 0.165 = 79.8515; day 40 is outside the 4-week range
    weight_table = result.tables["weight"]
    assert weight_table.columns == ("Date", "Weigh-in (kg)", "Trend (kg)")
    assert weight_table.rows == [(day(1), "80.0", "79.8"), (day(0), "80.0", "79.9")]
    # composition: day 1: 79.835 * 25 % = 19.96 fat, 59.88 lean
    assert result.tables["composition"].rows[0] == (day(1), "20.0", "59.9")
    # Readings without a method are one "Other" series (typical error 5 points): band after
    # three readings = 5 * sqrt(29/81) = 2.99.
    assert result.tables["body_fat"].rows[-1] == (day(1), "Other", "25.0", "25.0", "±3.0")
    # protein: (64 + 64) / 79.8515 = 1.603 g/kg
    assert result.tables["protein"].rows == [(day(0), "1.60")]
    # runs: Thu 28 Mar and Sun 31 Mar are both in the week of Mon 25 Mar: 15 km
    assert result.tables["running"].rows[-1] == (date(2024, 3, 25), "15.0")
    for figure in result.figures.values():
        validate(figure)


def test_progress_charts_with_no_data():
    result = progress_charts([], [], [], [], as_of=AS_OF, range_key="all")
    assert result.start is None
    for figure in result.figures.values():
        validate(figure)
        assert figure_is_empty(figure)
    assert all(table.rows == [] for table in result.tables.values())


def test_sparkline_min_span_keeps_a_small_wobble_nearly_flat():
    from datetime import date

    from tracker.charts import sparkline_points

    series = [(date(2026, 1, 1), 80.0), (date(2026, 1, 29), 80.1)]
    # Scaled to its own range, 0.1 kg fills the height: y from 30.0 (bottom) to 2.0 (top).
    assert sparkline_points(series, 120, 32) == "2.0,30.0 118.0,2.0"
    # With a 2 kg minimum span the 0.1 kg rise is 1/20 of the 28 px inner height: 1.4 px.
    assert sparkline_points(series, 120, 32, min_span=2.0) == "2.0,16.7 118.0,15.3"


# --- First days: a handful of points still reads as days ----------------------------------------


def _check_day_axis(figure, first: date, last: date) -> None:
    xaxis = figure["layout"]["xaxis"]
    assert "title" not in xaxis  # no "Date" title to collide with the tick labels on phones
    assert xaxis["tickformat"] == "%-d %b"  # "28 Nov", never a time of day
    assert xaxis["dtick"] == 24 * 3600 * 1000
    start, end = (date.fromisoformat(value) for value in xaxis["range"])
    assert start < first and last < end  # a single point is not squeezed into a sliver of time
    go.Figure(figure)


def test_one_weigh_in_gives_a_chart_with_day_ticks_and_a_first_days_note():
    progress = progress_charts([(AS_OF, 80.0)], [], [(AS_OF, 120.0)], [], as_of=AS_OF)
    _check_day_axis(progress.figures["weight"], AS_OF, AS_OF)
    _check_day_axis(progress.figures["protein"], AS_OF, AS_OF)
    note = progress.figures["weight"]["layout"]["meta"]["note"]
    assert note.startswith("1 day logged so far") and "6 more days" in note


def test_first_days_note_disappears_after_a_week_of_weigh_ins():
    weights = [(day(n), 80.0 - n * 0.1) for n in range(7)]
    progress = progress_charts(weights, [], [], [], as_of=AS_OF)
    assert "note" not in progress.figures["weight"]["layout"].get("meta", {})
    assert "tickformat" in progress.figures["weight"]["layout"]["xaxis"]  # still a short span


def test_long_history_keeps_plotly_automatic_ticks():
    weights = [(day(n), 80.0) for n in range(60)]
    xaxis = weight_figure(weights, trend_series(weights))["layout"]["xaxis"]
    assert "dtick" not in xaxis and "range" not in xaxis


def test_one_run_shows_its_week_between_empty_weeks_with_labels_mid_week():
    run = RunPoint(day(2), 5.0, 1800.0)  # Friday 29 March 2024
    progress = progress_charts([], [], [], [run], as_of=AS_OF)
    xaxis = progress.figures["running"]["layout"]["xaxis"]
    assert xaxis["dtick"] == 7 * 24 * 3600 * 1000
    assert xaxis["tick0"] == "2024-03-25"  # the run's Monday
    assert xaxis["ticklabelmode"] == "period"
    assert xaxis["range"] == ["2024-03-18", "2024-04-08"]
    go.Figure(progress.figures["running"])


def test_first_fat_and_lean_days_are_a_friendly_message_then_marked_points():
    progress = progress_charts([(AS_OF, 80.0)], [(AS_OF, 25.0)], [], [], as_of=AS_OF)
    figure = progress.figures["composition"]
    assert figure_is_empty(figure)  # the page shows the "needs N readings" line instead
    assert "you have 1" in figure["layout"]["annotations"][0]["text"]
    few = composition_figure([(day(1), 20.0, 60.0), (AS_OF, 19.9, 60.0)])
    assert {trace["mode"] for trace in few["data"] if "mass" in trace["name"]} == {"lines+markers"}
    _check_day_axis(few, day(1), AS_OF)
