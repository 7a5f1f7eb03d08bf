"""Tests for the Progress page (tracker.views.progress): numbers against hand-computed values,
units, the htmx range switch, empty state, access, constant query count and script loading.

Time is frozen on Sunday 31 March 2024 (UTC, the users' zone), so "today" is fixed.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta
from html import escape

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.conftest import client_for
from tracker.charts import BODY_FAT_CAVEAT
from tracker.models import BodyFatEntry, ProteinEntry, RunEntry, User, WeightEntry
from tracker.views.progress import progress_context

TODAY = date(2024, 3, 31)  # a Sunday
NOW = datetime(2024, 3, 31, 12, 0, tzinfo=UTC)
URL = "/progress/"
FIGURE_IDS = (
    "progress-fig-weight",
    "progress-fig-composition",
    "progress-fig-body-fat",
    "progress-fig-protein",
    "progress-fig-running",
    "progress-fig-dose",
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def frozen_today():
    with time_machine.travel(NOW, tick=False):
        yield


def day(n: int) -> date:
    """n days before today."""
    return TODAY - timedelta(days=n)


def add_linear_loss(user: User) -> None:
    """28 days of weigh-ins whose trend is exactly 80 - 0.1 kg per day, plus protein and runs.

    With 10 % smoothing, T_t = T_(t-1) + 0.1 * (W_t - T_(t-1)). For T_t = 80 - 0.1 t we need
    W_t = T_(t-1) + 10 * (T_t - T_(t-1)) = 80 - 0.1 (t - 1) - 1.0 = 80 - 0.1 (t + 9) for t >= 1,
    and W_0 = 80 (the seed). Day t is 27 - t days before today, so today t = 27, trend 77.3 kg.
    """
    weights = [WeightEntry(user=user, day=day(27), weight_kg=80.0)]
    weights += [
        WeightEntry(user=user, day=day(27 - t), weight_kg=80.0 - 0.1 * (t + 9))
        for t in range(1, 28)
    ]
    WeightEntry.objects.bulk_create(weights)
    # 154.6 g / 77.3 kg trend = 2.00 g/kg today, the only logged protein day in the last 7.
    ProteinEntry.objects.create(user=user, day=TODAY, grams=154.6)
    # This ISO week (Mon 25 - Sun 31 Mar): 5 + 10 = 15 km. Last 28 days (4-31 Mar): + 11 km on
    # 10 Mar = 26 km, i.e. 6.5 km/week; acute:chronic = 15 / 6.5 = 2.3 -> a spike (> 1.5), and
    # 10 Mar is 21 days back, so there are 3 weeks of running to judge it against.
    for run_day, km in ((date(2024, 3, 10), 11.0), (date(2024, 3, 26), 5.0), (day(1), 10.0)):
        RunEntry.objects.create(user=user, day=run_day, distance_km=km, duration_s=round(km * 330))


def cards(html: str) -> dict[str, str]:
    """Card key -> the card's text with whitespace collapsed."""
    found = re.findall(r'<li class="card stat" id="progress-card-(\w+)">(.*?)</li>', html, re.S)
    return {key: " ".join(re.sub(r"<[^>]+>", " ", body).split()) for key, body in found}


def test_anonymous_is_sent_to_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_owner_sees_cards_and_all_six_figures(athlete, athlete_client):
    add_linear_loss(athlete)
    # Three readings in six weeks: enough for a fat/lean split.
    for n in (20, 13, 6):
        BodyFatEntry.objects.create(user=athlete, day=day(n), percent=25.0)
    response = athlete_client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    for figure_id in FIGURE_IDS:
        assert f'<script id="{figure_id}" type="application/json">' in html
        assert f'data-figure="{figure_id}"' in html
        figure = json.loads(re.search(rf'id="{figure_id}"[^>]*>(.*?)</script>', html, re.S)[1])
        assert figure["data"], figure_id
    assert '<script id="plot-config" type="application/json">' in html
    assert set(cards(html)) == {"trend_weight", "rate", "energy", "protein", "running"}
    # The caveat is shown beside the body-fat chart, and every chart has a data table.
    assert escape(BODY_FAT_CAVEAT) in html
    assert html.count("<summary>Show data table</summary>") == len(FIGURE_IDS)
    # Each table loads when opened, with a header row of its own.
    tables = re.findall(r'hx-get="(/progress/table/[^"]+)"', html)
    assert len(tables) == len(FIGURE_IDS)
    for url in tables:
        table = athlete_client.get(url.replace("&amp;", "&"), HTTP_HX_REQUEST="true")
        assert table.content.decode().count('<th scope="col"') >= 2, url
    # The trend starts at its seed, 80.0, on the first weigh-in (inside the 3-month range).
    assert (
        'role="img" aria-label="Weight trend from 80.0 to 77.3 kg over the last 3 months"' in html
    )
    current = r'<a class="tab" href="/progress/" aria-current="page">.*?<span>Progress</span>'
    assert re.search(current, html)


def test_each_table_link_counts_its_rows_in_the_viewers_language(athlete, athlete_client):
    WeightEntry.objects.create(user=athlete, day=day(0), weight_kg=80.0)
    ProteinEntry.objects.bulk_create(
        ProteinEntry(user=athlete, day=day(n), grams=140.0) for n in range(3)
    )

    def page() -> str:
        return athlete_client.get(URL).content.decode()

    links = re.findall(r'<div class="table-slot"><p><a href="[^"]+">([^<]+)</a>', page())
    # Weight, then protein: one weigh-in and three protein days (the other charts are empty).
    assert links == ["Open the data table (1 row)", "Open the data table (3 rows)"]
    athlete.language = "it"
    athlete.save()
    italian = page()
    assert "Apri la tabella dati (1 riga)</a>" in italian
    assert "Apri la tabella dati (3 righe)</a>" in italian
    assert italian.count("<summary>Mostra la tabella dati</summary>") == 2


def test_numbers_match_hand_computed_values(athlete, athlete_client):
    add_linear_loss(athlete)
    shown = cards(athlete_client.get(URL).content.decode())
    # Trend today: 80 - 0.1 * 27 = 77.3 kg.
    assert shown["trend_weight"].startswith("Trend weight 77.3 kg Last weigh-in today")
    # Slope of an exactly linear trend: -0.1 kg/day = -0.70 kg/week;
    # -0.7 / 77.3 * 100 = -0.906 %/week, inside the 0.5-1.0 %/week loss band.
    assert shown["rate"] == (
        "28-day rate −0.70 kg/week Losing within the 0.5–1.0 %/week band "
        "−0.91 % of body weight per week"
    )
    # No body fat: -0.1 kg/day * 7700 kcal/kg = -770 kcal/day.
    assert shown["energy"] == (
        "Energy balance −770 kcal/day Deficit · estimate from weight trend only, last 28 days"
    )
    # 154.6 g / 77.3 kg = 2.00 g/kg.
    assert shown["protein"] == (
        "Protein 2.00 g/kg Within the 1.6–2.2 g/kg target 7-day average of 1 logged day"
    )
    assert shown["running"] == (
        "This week 15.0 km Load spike: 2.3× your 4-week average — build up gradually "
        "Since Monday · last 7 days 15.0 km vs 6.5 km/week over 4 weeks"
    )


def test_energy_balance_uses_fat_and_lean_mass_when_body_fat_is_logged(athlete, athlete_client):
    # Weight flat at 80 kg (trend 80). Body fat built like the weights above so its trend is
    # exactly 25 - 0.05 t %: readings 25, then 25 - 0.05 (t + 9).
    for t in range(28):
        WeightEntry.objects.create(user=athlete, day=day(27 - t), weight_kg=80.0)
        percent = 25.0 if t == 0 else 25.0 - 0.05 * (t + 9)
        BodyFatEntry.objects.create(user=athlete, day=day(27 - t), percent=percent)
    shown = cards(athlete_client.get(URL).content.decode())
    # fat = 80 * (25 - 0.05 t) / 100 = 20 - 0.04 t kg, lean = 60 + 0.04 t kg, per day:
    # -0.04 * 9440 + 0.04 * 1816 = -377.6 + 72.64 = -304.96 -> -305 kcal/day.
    assert shown["energy"] == (
        "Energy balance −305 kcal/day Deficit · estimate from fat and lean mass trend, last 28 days"
    )
    assert "Holding steady" in shown["rate"]


def test_units_follow_the_viewers_settings(athlete, athlete_client):
    athlete.weight_unit, athlete.distance_unit = "lb", "mi"
    athlete.save()
    add_linear_loss(athlete)
    html = athlete_client.get(URL).content.decode()
    shown = cards(html)
    # 77.3 kg * 2.20462 = 170.42 lb; -0.7 kg/week = -1.54 lb/week; 15 km * 0.62137 = 9.3 mi;
    # 2.00 g/kg / 2.20462 = 0.91 g/lb.
    assert shown["trend_weight"].startswith("Trend weight 170.4 lb")
    assert shown["rate"].startswith("28-day rate −1.54 lb/week")
    assert shown["running"].startswith("This week 9.3 mi")
    assert shown["protein"].startswith("Protein 0.91 g/lb")
    assert "Weight (lb)" in html
    assert "Distance per week (mi)" in html
    # The badge, the chart's words and its band all quote pounds, never g/kg.
    assert "Within the 0.73–1 g/lb target" in shown["protein"]
    assert "g/kg" not in shown["protein"]
    assert "The green band is the 0.73–1 g/lb target" in html
    assert "(under 0.54 g/lb)" in html
    assert "Target 0.73–1 g/lb" in html  # the chart's own label (UTF-8 in the figure JSON)


def test_coach_view_uses_the_coachs_units_and_is_read_only(athlete, coach_user):
    add_linear_loss(athlete)
    coach_user.weight_unit = "lb"
    page = progress_context(athlete, range_key="4w", viewer=coach_user)["progress"]
    assert page.is_own is False
    assert page.weight_unit == "lb"
    assert (page.cards[0].value, page.cards[0].unit) == ("170.4", "lb")
    assert page.chart_range.key == "4w"


def test_htmx_range_request_returns_only_the_charts_partial(athlete, athlete_client, htmx_headers):
    add_linear_loss(athlete)
    response = athlete_client.get(URL, {"range": "4w"}, **htmx_headers)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="progress-charts"')
    assert "<html" not in html and "progress-card-" not in html
    assert '<a id="progress-range-4w" href="?range=4w"' in html
    assert re.search(r'id="progress-range-4w"[^>]*aria-current="page"', html)
    assert not re.search(r'id="progress-range-3m"[^>]*aria-current', html)
    assert "over the last 4 weeks" in html
    assert "HX-Request" in response["Vary"]


def test_htmx_history_restore_gets_the_whole_page(athlete_client, htmx_headers):
    response = athlete_client.get(
        URL, {"range": "4w"}, HTTP_HX_HISTORY_RESTORE_REQUEST="true", **htmx_headers
    )
    assert "<html" in response.content.decode()


@pytest.mark.parametrize("query", [{"range": "13w"}, {"range": ""}, {}])
def test_unknown_or_missing_range_falls_back_to_three_months(athlete, athlete_client, query):
    add_linear_loss(athlete)
    response = athlete_client.get(URL, query)
    assert response.status_code == 200
    assert re.search(r'id="progress-range-3m"[^>]*aria-current="page"', response.content.decode())


def test_new_user_sees_a_friendly_empty_state(athlete_client):
    response = athlete_client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Log a few weigh-ins to see your trend" in html
    assert "data-figure=" not in html
    assert "plotly" not in html  # nothing to draw, so no 373 KB download


def test_missing_metrics_show_messages_instead_of_blank_charts(athlete, athlete_client):
    WeightEntry.objects.create(user=athlete, day=TODAY, weight_kg=80.0)
    html = athlete_client.get(URL).content.decode()
    assert 'data-figure="progress-fig-weight"' in html
    assert "No runs in this range yet." in html
    assert "Log weight and body fat % to see fat and lean mass." in html
    assert 'data-figure="progress-fig-running"' not in html
    assert cards(html)["rate"] == "28-day rate — Needs weigh-ins spread over at least a week."


def test_plotly_is_served_from_static_only_on_the_progress_page(athlete, athlete_client):
    WeightEntry.objects.create(user=athlete, day=TODAY, weight_kg=80.0)
    progress_html = athlete_client.get(URL).content.decode()
    # charts.js fetches plotly (from our static files) when the first chart nears the screen.
    assert (
        '<script src="/static/js/charts.js" '
        'data-plotly-src="/static/vendor/plotly-basic-3.7.0.min.js" defer></script>'
    ) in progress_html
    dashboard_html = athlete_client.get(reverse("dashboard")).content.decode()
    assert "plotly" not in dashboard_html and "charts.js" not in dashboard_html
    # Strict CSP: every script is either a file from our origin or json_script data.
    for tag in re.findall(r"<script[^>]*>", progress_html):
        assert 'src="/static/' in tag or 'type="application/json"' in tag, tag


def _add_history(user: User, count: int) -> None:
    WeightEntry.objects.bulk_create(
        WeightEntry(user=user, day=day(n), weight_kg=80.0 + (n % 5) * 0.1) for n in range(count)
    )
    BodyFatEntry.objects.bulk_create(
        BodyFatEntry(user=user, day=day(n), percent=20.0 + (n % 3)) for n in range(count)
    )
    ProteinEntry.objects.bulk_create(
        ProteinEntry(user=user, day=day(n), grams=140.0) for n in range(count)
    )
    RunEntry.objects.bulk_create(
        RunEntry(user=user, day=day(n), distance_km=5.0, duration_s=1800) for n in range(count)
    )


def _page_queries(user: User) -> int:
    client = client_for(user)
    for range_key in ("4w", "all"):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(URL, {"range": range_key})
        assert response.status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_the_number_of_entries(athlete, other_athlete):
    _add_history(athlete, 10)
    _add_history(other_athlete, 500)
    small, large = _page_queries(athlete), _page_queries(other_athlete)
    # Session and user, one values_list query per metric, one for the all-time last days, and
    # one for the runs the dose card asks an effort for (these runs have none).
    assert small == large == 8


def test_flat_weight_reads_as_steady_without_negative_zero(athlete, athlete_client):
    # 80, 80, 80 ... for 28 days: trend 80 throughout, slope 0, so 0 kg/week and 0 kcal/day
    # (and never "−0", which float noise in the slope could otherwise produce).
    WeightEntry.objects.bulk_create(
        WeightEntry(user=athlete, day=day(n), weight_kg=80.0) for n in range(28)
    )
    shown = cards(athlete_client.get(URL).content.decode())
    assert shown["trend_weight"].startswith("Trend weight 80.0 kg")
    assert shown["rate"] == (
        "28-day rate 0.00 kg/week Holding steady 0.00 % of body weight per week"
    )
    assert shown["energy"].startswith("Energy balance 0 kcal/day About balanced")


def test_one_body_fat_reading_is_not_enough_for_a_fat_lean_split(athlete, athlete_client):
    add_linear_loss(athlete)
    BodyFatEntry.objects.create(user=athlete, day=day(20), percent=25.0)
    html = athlete_client.get(URL).content.decode()
    assert "Fat and lean mass need 3 smart scale readings in 6 weeks (you have 1)" in html
    assert "estimate from weight trend only" in cards(html)["energy"]


def test_other_methods_are_their_own_points_and_do_not_move_the_trend(athlete, athlete_client):
    add_linear_loss(athlete)
    for n in (20, 13, 6):
        BodyFatEntry.objects.create(user=athlete, day=day(n), percent=25.2)
    BodyFatEntry.objects.create(
        user=athlete, day=day(6), percent=19.5, method=BodyFatEntry.Method.DEXA
    )
    html = athlete_client.get(URL).content.decode()
    figure = json.loads(re.search(r'id="progress-fig-body-fat"[^>]*>(.*?)</script>', html, re.S)[1])
    names = [t["name"] for t in figure["data"]]
    assert "DEXA scan (own series, not in the trend)" in names
    trend = next(t for t in figure["data"] if t["name"] == "Trend")
    assert trend["y"] == [25.2, 25.2, 25.2]
    # 77.3 kg x 25.2 % = 19.5 kg fat, untouched by the 19.5 % scan.
    assert "19.5 kg fat, 57.8 kg lean (25.2 % trend ±" in cards(html)["trend_weight"]
    assert "Main method: Smart scale (BIA) (used most lately)" in html
    athlete.body_fat_method = "dexa"
    athlete.save()
    html = athlete_client.get(URL).content.decode()
    assert "Main method: DEXA scan (your choice in Settings)" in html
    assert "need 3 DEXA scan readings in 6 weeks (you have 1)" in html


@pytest.mark.parametrize(
    ("kcal", "words", "signal"),
    [
        (-75.0, "About balanced", "maintenance"),
        (-99.6, "Deficit", "deficit"),  # shown as −100: judged on the whole kcal people see
        (-250.0, "Deficit", "deficit"),
        (99.0, "About balanced", "maintenance"),
        (140.0, "Surplus", "surplus"),
    ],
)
def test_energy_card_and_running_dose_diet_signal_draw_the_same_line(kcal, words, signal):
    """The energy card and the running card's diet signal must never disagree (−75 kcal/day
    once read "Deficit" on one and "maintenance" on the other)."""
    from types import SimpleNamespace

    from tracker import presenters, trends

    energy = trends.EnergyBalance(
        kcal, trends.BASIS_WEIGHT_ONLY, date(2026, 1, 1), date(2026, 2, 1)
    )
    card = presenters._energy_card(SimpleNamespace(energy=energy))  # only .energy is read
    assert card.detail.startswith(words)
    assert trends.diet_signal(energy) == signal
