"""Query budgets of the benchmark scenarios (issue 7): the number of SQL queries per request does
not depend on how many clients a coach has or how much history they logged, and stays at 15 or
fewer; plus the benchmark's own output format and the roster's Python-built rows."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.template.defaultfilters import floatformat
from django.test import Client
from django.test.utils import CaptureQueriesContext

from coaching import benchmark, roster
from coaching.views import _one_decimal, roster_body
from tracker import trends
from tracker.body_composition import analyse_body_fat
from tracker.charts import RANGES
from tracker.models import User

SCENARIOS = (
    "roster",
    "client_page",
    "progress",
    "progress_all",
    "dashboard",
    "history",
    "log_weight",
    "goal_check",
)


def _queries_per_scenario(data: benchmark.SyntheticData) -> dict[str, int]:
    counts = {}
    for scenario in benchmark.build_scenarios(data, rotate=2):
        scenario.send(0)  # warm: session, compiled myth vocabulary
        with CaptureQueriesContext(connection) as queries:
            response = scenario.send(1)
        assert response.status_code == scenario.expected_status, scenario.name
        counts[scenario.name] = len(queries)
    return counts


@pytest.fixture
def small_and_large(db) -> tuple[dict[str, int], dict[str, int]]:
    small = benchmark.build_synthetic_data(clients=3, days=30, label="small")
    large = benchmark.build_synthetic_data(clients=12, days=200, label="large", seed=11)
    return _queries_per_scenario(small), _queries_per_scenario(large)


def test_every_scenario_of_the_issue_is_benchmarked(small_and_large):
    small, large = small_and_large
    assert tuple(small) == SCENARIOS
    assert tuple(large) == SCENARIOS


@pytest.mark.parametrize("name", SCENARIOS)
def test_query_count_does_not_grow_with_clients_or_days(small_and_large, name):
    small, large = small_and_large
    assert small[name] == large[name]
    assert large[name] <= benchmark.MAX_QUERIES


def test_healthz_answers_without_touching_the_database(db):
    with CaptureQueriesContext(connection) as queries:
        response = Client().get("/healthz/")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert len(queries) == 0
    assert "no-cache" in response["Cache-Control"]


def test_synthetic_data_has_the_shape_the_issue_asks_for(db):
    data = benchmark.build_synthetic_data(clients=2, days=28)
    assert len(data.athletes) == 2
    # Daily weights and protein (a few days skipped), weekly body fat, three runs a week.
    assert 2 * 20 <= data.rows["weights"] <= 2 * 28
    assert 2 * 20 <= data.rows["protein_days"] <= 2 * 28
    assert data.rows["body_fats"] == 2 * 4
    assert data.rows["runs"] == 2 * 12
    assert data.rows["goals"] == 4
    assert data.coach.client_links.count() == 2


def test_benchmark_json_has_the_documented_keys(db):
    data = benchmark.build_synthetic_data(clients=2, days=20)
    result = benchmark.run_benchmark(
        benchmark.build_scenarios(data), requests=2, warmup=1, static_url="/static/"
    )
    payload = result.as_json()
    assert payload["baseline_ms"] > 0
    assert tuple(payload["scenarios"]) == SCENARIOS
    for figures in payload["scenarios"].values():
        assert {"median_ms", "p95_ms", "queries", "bytes", "ratio"} <= set(figures)
    # The chart pages load plotly; the others only htmx and our own scripts.
    assert payload["scenarios"]["progress"]["js_gzip_bytes"] > benchmark.OTHER_PAGE_JS_MAX_GZIP
    assert (
        0 < payload["scenarios"]["dashboard"]["js_gzip_bytes"] <= (benchmark.OTHER_PAGE_JS_MAX_GZIP)
    )


def test_scaling_series_times_every_point_and_page_sizes_cover_every_range(db):
    points = benchmark.scaling_series(
        requests=1, warmup=1, clients=(2, 3), days=(10, 20), base_clients=2, base_days=20
    )
    assert [(p.series, p.clients, p.days, p.scenario) for p in points] == [
        ("clients", 2, 20, "roster"),
        ("clients", 3, 20, "roster"),
        ("days", 2, 10, "roster"),
        ("days", 2, 10, "progress_3m"),
        ("days", 2, 10, "progress_all"),
        ("days", 2, 20, "roster"),
        ("days", 2, 20, "progress_3m"),
        ("days", 2, 20, "progress_all"),
    ]
    # The roster at N shows N clients: the rows' count is in its HTML size.
    assert points[0].result.bytes < points[1].result.bytes
    table = benchmark.format_series(points)
    assert "| clients | 3 | 20 | roster |" in table and "| days | 2 | 10 | progress_all |" in table

    data = benchmark.build_synthetic_data(clients=1, days=40, label="sizes")
    sizes = benchmark.page_sizes(data)
    assert set(sizes) == {f"{page} {key}" for page in ("progress", "client_page") for key in RANGES}
    assert "| progress all |" in benchmark.format_page_sizes(sizes)


def test_percentile_is_nearest_rank():
    samples = [float(n) for n in range(1, 31)]
    assert benchmark.percentile(samples, 0.95) == 29.0
    assert benchmark.percentile([5.0], 0.95) == 5.0


@pytest.mark.parametrize("value", [0.05, 0.15, 0.25, 1.25, 1.35, 2.449, 2.45, 10.0, 3.96])
def test_roster_numbers_round_like_floatformat(value):
    assert _one_decimal(value) == floatformat(value, 1)


def test_roster_rows_escape_user_text(db, coach_user):
    athlete = User.objects.create_user("x@example.com", "pw", display_name="<b>Bo</b> & 'Al'")
    roster.CoachingLink.objects.create(coach=coach_user, athlete=athlete)
    html = roster_body(roster.roster_rows(coach_user), weight_unit="kg", distance_unit="km")
    assert "<b>Bo</b>" not in html
    assert "&lt;b&gt;Bo&lt;/b&gt; &amp; &#x27;Al&#x27;" in html
    assert f'href="/coach/clients/{athlete.pk}/"' in html
    assert "Never" in html  # no weigh-ins yet


def test_summary_from_trends_matches_progress_summary():
    """The roster computes each trend once and reuses it; the numbers must not change."""
    start = dt.date(2026, 1, 1)
    weights = [(start + dt.timedelta(days=n), 80 - n * 0.05 + (n % 3) * 0.3) for n in range(70)]
    body_fats = [(start + dt.timedelta(days=n), 25 - n * 0.02) for n in range(0, 70, 7)]
    protein = [(start + dt.timedelta(days=n), 120.0 + n) for n in range(60, 70)]
    runs = [trends.RunPoint(start + dt.timedelta(days=n), 8.0, 2800.0) for n in range(40, 70, 3)]
    as_of = start + dt.timedelta(days=65)  # later entries are ignored by both
    expected = trends.progress_summary(weights, body_fats, protein, runs, as_of)
    weight_trend = trends.trend_series(w for w in weights if w[0] <= as_of)
    body_fat = analyse_body_fat(body_fats, as_of)
    assert trends.summary_from_trends(
        weight_trend, body_fat.composition_trend, protein, runs, as_of, body_fat=body_fat
    ) == (expected)
