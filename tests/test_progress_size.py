"""Progress and the client page stay light at years of history (issue 11): every range under the
300 KB page budget at three years of daily data, the SQL the same whatever the history's
length, long trend lines drawn weekly with exact values, and the pieces that make that cheap
giving the same answers as the straightforward versions."""

from __future__ import annotations

import datetime as dt
import json
import random
import re

import pytest

from coaching import benchmark
from tests.conftest import assert_same_sql, client_for
from tests.test_charts import AS_OF, year_of_data
from tracker.body_composition import composition_ready, composition_ready_days
from tracker.charts import DAILY_POINTS_MAX_DAYS, RANGES, progress_charts, weekly_points
from tracker.l10n import decimal
from tracker.presenters import chart_panels

pytestmark = pytest.mark.django_db

THREE_YEARS = 1095


@pytest.fixture
def years():
    """A coach and two clients with three years of daily weights and protein, weekly body fat
    and three runs a week (the benchmark's data, at the benchmark's length)."""
    return benchmark.build_synthetic_data(clients=2, days=THREE_YEARS, label="size-")


def _figures(html: str) -> dict[str, dict]:
    return {
        element_id: json.loads(body)
        for element_id, body in re.findall(
            r'<script id="([^"]+)" type="application/json">(.*?)</script>', html, re.S
        )
        if "-fig-" in element_id
    }


def test_every_range_of_progress_and_the_client_page_is_under_the_budget(years):
    sizes = benchmark.page_sizes(years)
    assert set(sizes) == {f"{page} {key}" for page in ("progress", "client_page") for key in RANGES}
    over = {name: size for name, size in sizes.items() if size > benchmark.PROGRESS_MAX_BYTES}
    assert not over, over
    # Three years of everything, all time, fits in well under the budget (about 140 KB).
    assert sizes["progress all"] < 200 * 1024


def test_all_time_draws_every_weigh_in_and_weekly_fat_and_lean_mass(years):
    athlete = years.athletes[0]
    html = client_for(athlete).get("/progress/", {"range": "all"}).content.decode()
    figures = _figures(html)
    weight = figures["progress-fig-weight"]["data"]
    dots, trend = weight[0], weight[1]
    # Every weigh-in day is a dot with its segment to the trend (an error bar), and the trend
    # line has a point on each of those days.
    assert len(dots["x"]) == len(trend["x"]) > 900
    assert len(dots["error_y"]["array"]) == len(dots["error_y"]["arrayminus"]) == len(dots["x"])
    # Fat and lean mass: one point a week (plus the first day), each on a real day.
    composition = figures["progress-fig-composition"]["data"]
    fat = next(trace for trace in composition if trace["name"] == "Fat mass")
    assert THREE_YEARS // 7 - 10 <= len(fat["x"]) <= THREE_YEARS // 7 + 2
    assert len(set(fat["x"])) == len(fat["x"])
    # The data table keeps every day: its row count is on the page.
    assert re.search(r"Open the data table \((9\d\d|1\d\d\d) rows\)", html)


def test_a_year_is_still_drawn_day_by_day(years):
    athlete = years.athletes[0]
    html = client_for(athlete).get("/progress/", {"range": "1y"}).content.decode()
    composition = _figures(html)["progress-fig-composition"]["data"]
    fat = next(trace for trace in composition if trace["name"] == "Fat mass")
    assert len(fat["x"]) > 300


def test_progress_and_client_page_sql_is_the_same_for_one_year_and_three(years):
    small = benchmark.build_synthetic_data(clients=1, days=365, label="small-", seed=3)
    athlete, short = years.athletes[0], small.athletes[0]
    pages = {
        "progress": (client_for(short), "/progress/", client_for(athlete), "/progress/"),
        "client page": (
            client_for(small.coach),
            f"/coach/clients/{short.pk}/",
            client_for(years.coach),
            f"/coach/clients/{athlete.pk}/",
        ),
    }
    for few, few_url, many, many_url in pages.values():
        for range_key in ("3m", "all"):
            assert_same_sql(
                lambda c=few, u=few_url, r=range_key: c.get(u, {"range": r}),
                lambda c=many, u=many_url, r=range_key: c.get(u, {"range": r}),
            )


def test_weekly_points_keep_each_weeks_last_day_with_its_value():
    start = dt.date(2023, 1, 2)  # a Monday
    rows = [(start + dt.timedelta(days=n), float(n)) for n in range(800)]
    kept = weekly_points(rows)
    assert kept[0] == rows[0] and kept[-1] == rows[-1]
    assert all(row in rows for row in kept)  # exact values, nothing averaged
    assert all(day.weekday() == 6 for day, _ in kept[1:-1])  # each week's Sunday
    assert len(kept) == 1 + 800 // 7 + 1
    # A year or less is left alone.
    year = rows[: DAILY_POINTS_MAX_DAYS + 1]
    assert weekly_points(year) == year


def test_composition_ready_days_agrees_with_composition_ready():
    rng = random.Random(5)
    start = dt.date(2024, 1, 1)
    readings = sorted({(start + dt.timedelta(days=rng.randrange(300)), 20.0) for _ in range(40)})
    days = [start + dt.timedelta(days=n) for n in range(-10, 320)]
    assert composition_ready_days(readings, days) == [
        composition_ready(readings, day) for day in days
    ]


@pytest.mark.parametrize("weight_unit", ["kg", "lb"])
@pytest.mark.parametrize("range_key", list(RANGES))
def test_protein_summary_for_screen_readers_averages_the_table_as_shown(weight_unit, range_key):
    # The label reads the chart's rounded bars instead of rounding the table's values again:
    # its mean must still be the mean of the numbers the table shows.
    weights, body_fats, protein_days, runs = year_of_data()
    progress = progress_charts(
        weights,
        body_fats,
        protein_days,
        runs,
        as_of=AS_OF,
        range_key=range_key,
        weight_unit=weight_unit,
    )
    panels = chart_panels(progress, weight_unit=weight_unit, distance_unit="km", id_prefix="t")
    protein = next(panel for panel in panels if panel.key == "protein")
    shown = [float(row[1]) for row in protein.table.rows]
    mean = decimal(sum(shown) / len(shown), 2)
    assert f"Protein on {len(shown)} logged days" in protein.aria_label
    assert f"averaging {mean} g/{weight_unit} of body weight" in protein.aria_label
